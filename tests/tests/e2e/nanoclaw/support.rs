//! Helpers for the nanoclaw end-to-end tests: parent homes, good and bad pattern bodies, the
//! nanoclaw binary, a key-fingerprint disk scanner, and a TCP proxy with latency, stall and
//! drop modes.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use nanoclaw::config::Config;
use nanoclaw::home::{Home, atomic_write};
use nanoclaw::outbox::{Draft, Outbox};
use pool_proto::PublicKey;
use pool_tests::Broker;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

/// Ten topics, one interest group each.
pub const TOPICS: [&str; 10] = [
    "bitcoin fees",
    "founder scaling",
    "rust async",
    "kubernetes upgrades",
    "postgres indexing",
    "email marketing",
    "tax filing",
    "garden irrigation",
    "sourdough baking",
    "marathon training",
];

/// The group (agent identity) name `nanoclaw init` gives a topic.
pub fn group(topic: &str) -> String {
    topic.replace(' ', "-")
}

/// A body the scanners judge clean and of good quality.
pub fn good_body(topic: &str, salt: &str) -> String {
    format!(
        "# {topic} checklist ({salt})\n\n1. Measure {topic} costs for 3 days before changing anything.\n\
         2. Compare the 2 cheapest {topic} options and write the numbers down.\n\
         - Keep a short log of each {topic} change and who made it.\n\
         - Review the log every 7 days and drop what did not help.\n"
    )
}

/// A parent home in `dir` for `url`, with one group per entry of `groups`, fast agent starts,
/// and `tweak` applied to the config.
pub fn parent_home(
    dir: &Path,
    url: &str,
    groups: &[&str],
    tweak: impl FnOnce(&mut Config),
) -> (Home, PublicKey) {
    let groups: Vec<String> = groups.iter().map(|s| s.to_string()).collect();
    let mut config = Config::new(url, &groups).unwrap();
    config.agents.start_jitter_ms = 100;
    config.agents.ttl_secs = 120;
    tweak(&mut config);
    let home = Home::new(dir);
    let key = home.init(&config).unwrap();
    atomic_write(&home.config_path(), config.to_commented_toml().as_bytes()).unwrap();
    assert_eq!(
        home.config().unwrap(),
        config,
        "the written config reads back"
    );
    (home, key.public())
}

/// A started, enrolled parent.
pub async fn enrolled(
    broker: &Broker,
    dir: &Path,
    url: &str,
    groups: &[&str],
    tweak: impl FnOnce(&mut Config),
) -> Home {
    let (home, public) = parent_home(dir, url, groups, tweak);
    broker.enroll(&public).await;
    home
}

/// Queues a draft in a home's outbox.
pub fn queue(
    home: &Home,
    identity: &str,
    title: &str,
    body: &str,
    interests: &[&str],
    tier: u8,
) -> String {
    let outbox = Outbox::open(&home.path("outbox"), Duration::from_secs(10)).unwrap();
    let draft = Draft {
        title: title.into(),
        body: body.into(),
        interests: interests
            .iter()
            .map(|s| pool_proto::normalise_interest(s))
            .collect(),
        tier,
        impact: None,
    };
    outbox
        .enqueue(identity, draft, pool_tests::now_ms())
        .unwrap()
        .id
}

/// Ids of the patterns applied in a home.
pub fn applied(home: &Home) -> Vec<String> {
    nanoclaw::govern::list_ids(&home.path("applied"), "md").unwrap()
}

/// Ids of the proposals waiting in a home.
pub fn proposals(home: &Home) -> Vec<String> {
    nanoclaw::govern::list_ids(&home.path("proposals"), "json").unwrap()
}

/// The pattern ids the pool acknowledged for a home's outbox.
pub fn sent_ids(home: &Home) -> Vec<(String, String)> {
    let outbox = Outbox::open(&home.path("outbox"), Duration::from_secs(10)).unwrap();
    outbox
        .sent_records()
        .unwrap()
        .into_iter()
        .map(|r| (r.title, r.pattern_id))
        .collect()
}

/// The audit log of a home.
pub fn audit(home: &Home) -> Vec<nanoclaw::audit::AuditEntry> {
    nanoclaw::audit::AuditLog::new(home.path("audit"))
        .read_all()
        .unwrap()
        .0
}

/// A `nanoclaw` command on `home`.
pub fn nanoclaw(home: &Home) -> std::process::Command {
    let mut c = std::process::Command::new(pool_tests::binary("nanoclaw"));
    c.arg("--home")
        .arg(home.root())
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::null());
    c
}

/// Every file under `dirs`, recursively.
pub fn files_under(dirs: &[&Path]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = dirs.iter().map(|d| d.to_path_buf()).collect();
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            match e.file_type() {
                Ok(t) if t.is_dir() => stack.push(p),
                Ok(t) if t.is_file() => out.push(p),
                _ => {}
            }
        }
    }
    out
}

/// Files under `dirs` that hold a secret whose fingerprint is in `prints`: as raw bytes at any
/// offset, or as base64url or hex text.
pub fn files_holding_secrets(
    dirs: &[&Path],
    prints: &std::collections::HashSet<[u8; 32]>,
) -> Vec<PathBuf> {
    let hit = |b: &[u8]| -> bool {
        b.len() == 32
            && prints.contains(&nanoclaw::spawner::secret_fingerprint(
                b.try_into().unwrap(),
            ))
    };
    let mut out = Vec::new();
    for f in files_under(dirs) {
        let Ok(bytes) = std::fs::read(&f) else {
            continue;
        };
        let mut found = bytes.windows(32).any(hit);
        if !found {
            // Text encodings: every run of base64url or hex characters, at every offset.
            let text = String::from_utf8_lossy(&bytes);
            for token in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            {
                for start in 0..token.len().saturating_sub(42) {
                    if let Ok(b) =
                        pool_proto::identity::b64u_array::<32>("scan", &token[start..start + 43])
                        && hit(&b)
                    {
                        found = true;
                    }
                }
                for start in 0..token.len().saturating_sub(63) {
                    let hex = &token[start..start + 64];
                    let b: Option<Vec<u8>> = (0..32)
                        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok())
                        .collect();
                    if b.is_some_and(|b| hit(&b)) {
                        found = true;
                    }
                }
            }
        }
        if found {
            out.push(f);
        }
    }
    out
}

/// What the proxy does with traffic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Forward at once.
    Pass,
    /// Hold each chunk from the client this long before forwarding it.
    Delay(Duration),
    /// Accept and never forward anything.
    Stall,
    /// Close new connections at once.
    Drop,
}

/// A TCP proxy in front of the broker.
pub struct Proxy {
    /// Its address.
    pub addr: SocketAddr,
    mode: Arc<Mutex<Mode>>,
    /// Chunks received from clients (requests, roughly).
    pub chunks: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    /// Starts a proxy to `upstream` (`http://127.0.0.1:PORT`).
    pub async fn start(upstream: &str) -> Proxy {
        let up: SocketAddr = upstream.trim_start_matches("http://").parse().unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mode = Arc::new(Mutex::new(Mode::Pass));
        let chunks = Arc::new(AtomicUsize::new(0));
        let (m, c) = (mode.clone(), chunks.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else {
                    return;
                };
                let (m, c) = (m.clone(), c.clone());
                tokio::spawn(async move {
                    if *m.lock().unwrap() == Mode::Drop {
                        return;
                    }
                    let Ok(server) = TcpStream::connect(up).await else {
                        return;
                    };
                    let (mut cr, mut cw) = client.into_split();
                    let (mut sr, mut sw) = server.into_split();
                    let upward = async move {
                        let mut buf = vec![0u8; 64 * 1024];
                        loop {
                            let n = match cr.read(&mut buf).await {
                                Ok(0) | Err(_) => return,
                                Ok(n) => n,
                            };
                            c.fetch_add(1, Ordering::SeqCst);
                            let mode = *m.lock().unwrap();
                            match mode {
                                Mode::Pass => {}
                                Mode::Delay(d) => tokio::time::sleep(d).await,
                                Mode::Stall => std::future::pending::<()>().await,
                                Mode::Drop => return,
                            }
                            if sw.write_all(&buf[..n]).await.is_err() {
                                return;
                            }
                        }
                    };
                    let downward = async move {
                        let _ = tokio::io::copy(&mut sr, &mut cw).await;
                    };
                    tokio::join!(upward, downward);
                });
            }
        });
        Proxy {
            addr,
            mode,
            chunks,
            task,
        }
    }

    /// Its URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Changes what it does.
    pub fn set(&self, mode: Mode) {
        *self.mode.lock().unwrap() = mode;
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Polls `cond` every 20 ms until it holds, failing after `limit`.
pub async fn wait_until(what: &str, limit: Duration, mut cond: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + limit;
    while !cond() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
