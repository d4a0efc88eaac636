//! `pool-tests`: the harness shared by the end-to-end tests and the load tools.
//!
//! [`Broker::start`] runs the real `pool-broker` binary on `127.0.0.1:0` with a temporary data
//! directory, reads the address it prints, and gives a [`Client`] that signs requests like a
//! real agent. Every wait has a deadline, so a broken broker fails a test instead of hanging it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use pool_proto::wire::{PublishRequest, QueryRequest};
use pool_proto::{Delegation, Keypair, Limits, Pattern, PatternDraft, PublicKey, RequestAuth};
use serde_json::Value;

pub mod rawhttp;

/// Where cargo put the workspace's binaries (the directory of the running test's profile).
pub fn bin_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    let mut dir = exe.parent().expect("exe dir").to_path_buf();
    if dir.ends_with("deps") {
        dir.pop();
    }
    dir
}

/// The path of a workspace binary, checked to exist and to be newer than its sources.
///
/// `cargo test --workspace` builds every package's binaries before any test runs. A test crate
/// run alone (`cargo test -p pool-tests`) does not build other packages' binaries, and cargo
/// holds the build directory's lock while tests run, so building from here would wait forever.
/// A missing or stale binary therefore fails at once, naming the command that fixes it, rather
/// than testing old code.
pub fn binary(name: &str) -> PathBuf {
    let path = bin_dir().join(name);
    let packages: &[&str] = match name {
        "pool-broker" => &["broker", "pool-proto", "scanner"],
        "nanoclaw" => &["nanoclaw", "pool-proto", "scanner"],
        "pool-scan" => &["scanner"],
        _ => &[],
    };
    let profile = match bin_dir().file_name().and_then(|n| n.to_str()) {
        Some("debug") | None => String::new(),
        Some("release") => " --release".to_string(),
        Some(other) => format!(" --profile {other}"),
    };
    let fix = format!(
        "run `cargo build --workspace --bins{profile}` (or the whole `cargo test --workspace`)"
    );
    let Some(built) = modified(&path) else {
        panic!("{} does not exist: {fix}", path.display());
    };
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.parent().unwrap_or(manifest);
    for package in packages {
        let dir = root.join(package);
        let newest = [dir.join("src"), dir.join("rules"), dir.join("Cargo.toml")]
            .iter()
            .filter_map(|p| newest_under(p))
            .max();
        if let Some((_, source)) = newest.filter(|(when, _)| *when > built) {
            panic!(
                "{} is older than {}: {fix}",
                path.display(),
                source.display()
            );
        }
    }
    path
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The newest modification time of a file at or under `path`, and that file.
fn newest_under(path: &Path) -> Option<(std::time::SystemTime, PathBuf)> {
    if path.is_file() {
        return modified(path).map(|t| (t, path.to_path_buf()));
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|e| newest_under(&e.path()))
        .max()
}

/// Now, unix ms.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// How to start a broker.
#[derive(Debug, Clone)]
pub struct BrokerOptions {
    /// `open` or `allowlist`.
    pub enrollment: &'static str,
    /// Extra `POOL_BROKER__…` environment settings.
    pub env: Vec<(String, String)>,
    /// Reuse this data directory (restart tests) instead of a fresh one.
    pub data: Option<PathBuf>,
}

impl Default for BrokerOptions {
    fn default() -> Self {
        BrokerOptions {
            enrollment: "allowlist",
            env: Vec::new(),
            data: None,
        }
    }
}

impl BrokerOptions {
    /// Adds a `POOL_BROKER__KEY=value` setting (`key` without the prefix, e.g.
    /// `RATE_LIMIT__QUERY_BURST`).
    pub fn set(mut self, key: &str, value: impl ToString) -> Self {
        self.env
            .push((format!("POOL_BROKER__{key}"), value.to_string()));
        self
    }
}

/// A running `pool-broker` process. Dropping it kills the process.
pub struct Broker {
    child: Option<Child>,
    /// Its base URL, `http://127.0.0.1:PORT`.
    pub url: String,
    /// Its metrics URL.
    pub metrics_url: String,
    /// Its data directory.
    pub data: PathBuf,
    _tmp: Option<tempfile::TempDir>,
    /// The admin bearer token.
    pub admin_token: String,
    stderr_log: PathBuf,
}

impl Broker {
    /// Starts a broker and waits (at most 30 s) until it prints its address.
    pub fn start(opts: BrokerOptions) -> Broker {
        let (tmp, data) = match &opts.data {
            Some(d) => (None, d.clone()),
            None => {
                let t = tempfile::tempdir().expect("tempdir");
                let d = t.path().join("data");
                (Some(t), d)
            }
        };
        std::fs::create_dir_all(&data).expect("data dir");
        let stderr_log = data.with_extension(format!("stderr-{}.log", rand_suffix()));
        let stderr = std::fs::File::create(&stderr_log).expect("stderr log");
        let mut cmd = Command::new(binary("pool-broker"));
        cmd.args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--metrics-listen",
            "127.0.0.1:0",
            "--enrollment",
            opts.enrollment,
        ])
        .arg("--data")
        .arg(&data)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr);
        for (k, v) in &opts.env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawning pool-broker");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            let mut found = (None, None);
            for line in lines.by_ref() {
                let Ok(line) = line else { break };
                if let Some(u) = line.strip_prefix("pool-broker listening on ") {
                    found.0 = Some(u.to_string());
                }
                if let Some(u) = line.strip_prefix("pool-broker metrics on ") {
                    found.1 = Some(u.to_string());
                }
                if let (Some(a), Some(m)) = &found {
                    let _ = tx.send((a.clone(), m.clone()));
                    break;
                }
            }
            // Keep draining so the broker never blocks on a full pipe.
            for _ in lines {}
        });
        let (url, metrics_url) = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(v) => v,
            Err(_) => {
                let _ = child.kill();
                let log = std::fs::read_to_string(&stderr_log).unwrap_or_default();
                panic!("pool-broker did not print its address within 30 s; stderr:\n{log}");
            }
        };
        let token_path = data.join("admin.token");
        let admin_token = std::fs::read_to_string(&token_path)
            .expect("admin token")
            .trim()
            .to_string();
        Broker {
            child: Some(child),
            url,
            metrics_url,
            data,
            _tmp: tmp,
            admin_token,
            stderr_log,
        }
    }

    /// Starts a broker with default options.
    pub fn start_default() -> Broker {
        Broker::start(BrokerOptions::default())
    }

    /// What the broker wrote on stderr so far.
    pub fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr_log).unwrap_or_default()
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().map_or(0, Child::id)
    }

    /// `kill -9`: no chance to flush anything.
    pub fn kill9(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// SIGTERM, then wait (at most 30 s) for a clean exit; returns whether it exited 0.
    pub fn terminate(&mut self) -> bool {
        let Some(mut c) = self.child.take() else {
            return false;
        };
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(c.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(Some(status)) = c.try_wait() {
                return status.success();
            }
            if Instant::now() > deadline {
                let _ = c.kill();
                let _ = c.wait();
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Keeps the data directory alive after the process is gone (for restarts).
    pub fn keep_data(&mut self) -> Option<tempfile::TempDir> {
        self._tmp.take()
    }

    /// Enrolls a parent through the admin API.
    pub async fn enroll(&self, parent: &PublicKey) {
        let resp = reqwest::Client::new()
            .post(format!("{}/admin/parents", self.url))
            .bearer_auth(&self.admin_token)
            .json(&serde_json::json!({ "publicKey": parent.to_b64u(), "name": "test parent" }))
            .send()
            .await
            .expect("enroll request");
        assert_eq!(
            resp.status().as_u16(),
            201,
            "enroll failed: {:?}",
            resp.text().await
        );
    }

    /// An admin GET, returning status and JSON.
    pub async fn admin_get(&self, path: &str) -> (u16, Value) {
        self.admin(reqwest::Method::GET, path).await
    }

    /// An admin POST with no body, returning status and JSON.
    pub async fn admin_post(&self, path: &str) -> (u16, Value) {
        self.admin(reqwest::Method::POST, path).await
    }

    async fn admin(&self, method: reqwest::Method, path: &str) -> (u16, Value) {
        let resp = reqwest::Client::new()
            .request(method, format!("{}{path}", self.url))
            .bearer_auth(&self.admin_token)
            .send()
            .await
            .expect("admin request");
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        self.kill9();
        let _ = std::fs::remove_file(&self.stderr_log);
    }
}

fn rand_suffix() -> String {
    format!("{:x}", rand_u64())
}

fn rand_u64() -> u64 {
    let mut b = [0u8; 8];
    // A fresh key is a convenient source of OS randomness without another dependency.
    b.copy_from_slice(&Keypair::generate().public().as_bytes()[..8]);
    u64::from_le_bytes(b)
}

/// An HTTP answer: status, headers and JSON body.
#[derive(Debug, Clone)]
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// Response headers (lower-case names).
    pub headers: reqwest::header::HeaderMap,
    /// The JSON body (`Null` if it was not JSON).
    pub body: Value,
}

impl Answer {
    /// The `error.code` of an error body.
    pub fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or("")
    }
}

/// A signing client for one agent of one parent, like a nanoclaw agent but with every knob
/// exposed for tests (timestamps, nonces, raw bodies).
pub struct Client {
    http: reqwest::Client,
    /// The broker's base URL.
    pub url: String,
    /// The parent key.
    pub parent: std::sync::Arc<Keypair>,
    /// The agent key.
    pub agent: Keypair,
    /// The agent's delegation.
    pub delegation: Delegation,
}

/// A signed request encoded to bytes, ready to send on a [`rawhttp::Conn`] (see
/// [`Client::prepare`]).
#[derive(Debug, Clone)]
pub struct Prepared(Vec<u8>);

impl Prepared {
    /// The request as it goes on the wire.
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }
}

impl Client {
    /// A fresh agent of `parent` with a delegation valid for `ttl`.
    pub fn new(url: &str, parent: std::sync::Arc<Keypair>, ttl: Duration) -> Client {
        let agent = Keypair::generate();
        let delegation =
            Delegation::issue(&parent, &agent.public(), now_ms() + ttl.as_millis() as u64);
        Client {
            http: http_client(),
            url: url.to_string(),
            parent,
            agent,
            delegation,
        }
    }

    /// Signs and sends `body` to `path` (POST), with the given timestamp.
    pub async fn post_raw_at(&self, path: &str, body: &[u8], timestamp_ms: u64) -> Answer {
        let auth = self.sign_post(path, body, timestamp_ms);
        self.send_signed(path, body, &auth).await
    }

    /// The authentication of a POST of `body` to `path` at `timestamp_ms`.
    fn sign_post(&self, path: &str, body: &[u8], timestamp_ms: u64) -> RequestAuth {
        RequestAuth::sign(
            &self.agent,
            &self.delegation,
            "POST",
            path,
            timestamp_ms,
            body,
        )
        .expect("sign")
    }

    /// Signs a POST of `body` to `path` at `timestamp_ms` and encodes it, without sending it:
    /// load tools sign their requests before a timed phase, so that the phase measures the
    /// broker rather than the tool's own signing (they share the machine).
    pub fn prepare(&self, path: &str, body: Vec<u8>, timestamp_ms: u64) -> Prepared {
        let auth = self.sign_post(path, &body, timestamp_ms);
        Prepared(rawhttp::encode_post(
            self.host(),
            path,
            auth.headers(),
            &body,
        ))
    }

    /// A lean connection to the broker for [`Prepared`] requests.
    pub fn conn(&self) -> rawhttp::Conn {
        let addr = self
            .host()
            .parse()
            .expect("the broker listens on an IP address");
        rawhttp::Conn::new(addr)
    }

    /// The broker's `host:port`.
    fn host(&self) -> &str {
        self.url.trim_start_matches("http://").trim_end_matches('/')
    }

    /// Sends `body` with the given authentication headers.
    pub async fn send_signed(&self, path: &str, body: &[u8], auth: &RequestAuth) -> Answer {
        let mut req = self
            .http
            .post(format!("{}{path}", self.url))
            .header("content-type", "application/json")
            .body(body.to_vec());
        for (k, v) in auth.headers() {
            req = req.header(k, v);
        }
        answer(req.send().await.expect("request")).await
    }

    /// Signs and sends a JSON body now.
    pub async fn post_json(&self, path: &str, body: &Value) -> Answer {
        let bytes = serde_json::to_vec(body).expect("json");
        self.post_raw_at(path, &bytes, now_ms()).await
    }

    /// Signs a draft as this agent (TTL `ttl_ms`).
    pub fn sign(&self, draft: &PatternDraft, ttl_ms: u64) -> Pattern {
        draft
            .sign(&self.agent, now_ms(), ttl_ms, &Limits::default())
            .expect("draft signs")
    }

    /// Publishes a signed pattern.
    pub async fn publish(&self, pattern: &Pattern) -> Answer {
        let req = PublishRequest {
            pattern: pattern.clone(),
            from_agent_id: self.agent.public().to_b64u(),
            timestamp: now_ms(),
        };
        self.post_json(
            "/patterns/publish",
            &serde_json::to_value(req).expect("json"),
        )
        .await
    }

    /// Queries by interests.
    pub async fn query(&self, interests: &[&str]) -> Answer {
        let req = QueryRequest {
            interests: interests.iter().map(|s| s.to_string()).collect(),
            version: pool_proto::wire::PROTOCOL_VERSION.into(),
            safety: "clawmoat-required".into(),
            limit: Some(100),
            min_similarity: None,
        };
        self.post_json("/patterns/query", &serde_json::to_value(req).expect("json"))
            .await
    }
}

/// A client with a deadline on every request.
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("http client")
}

/// Reads a response into an [`Answer`].
pub async fn answer(resp: reqwest::Response) -> Answer {
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let bytes = resp.bytes().await.unwrap_or_default();
    Answer {
        status,
        headers,
        body: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    }
}

/// An honest, specific playbook that passes the scanner and the quality floor; `n` makes it
/// unique.
pub fn honest_draft(n: u64, interests: &[&str]) -> PatternDraft {
    PatternDraft {
        title: format!("Rolling restart checklist for stateless web workers, variant {n}"),
        body: format!(
            "## Context\nWe run {n} stateless web workers behind a load balancer and restart them weekly.\n\n\
             ## Steps\n1. Drain one worker from the load balancer and wait for in-flight requests to finish.\n\
             2. Restart the worker and wait until its readiness probe passes twice in a row.\n\
             3. Put it back in rotation, then watch the error rate for five minutes before the next one.\n\n\
             ## Why\nRestarting one at a time keeps capacity above 90 percent and makes a bad build visible \
             after the first worker instead of the whole fleet."
        ),
        interests: interests.iter().map(|s| s.to_string()).collect(),
        tier: 1,
        impact: None,
    }
}

/// Waits until `check` is true, polling every 20 ms, for at most `deadline`. Returns whether it
/// became true. For observing another process's background work (a sweeper), never for
/// ordering one's own requests.
pub async fn eventually(deadline: Duration, mut check: impl AsyncFnMut() -> bool) -> bool {
    let end = Instant::now() + deadline;
    loop {
        if check().await {
            return true;
        }
        if Instant::now() > end {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Whether `needle` occurs in any file below `dir`.
pub fn dir_contains(dir: &Path, needle: &[u8]) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if dir_contains(&path, needle) {
                return true;
            }
        } else if let Ok(bytes) = std::fs::read(&path)
            && bytes.windows(needle.len()).any(|w| w == needle)
        {
            return true;
        }
    }
    false
}

/// Interests like real ones for load tools: 300 two-word topics (20 subjects × 15 aspects).
pub fn vocabulary() -> Vec<String> {
    const HEADS: [&str; 20] = [
        "founder",
        "bitcoin",
        "kubernetes",
        "postgres",
        "marketing",
        "hiring",
        "security",
        "support",
        "pricing",
        "research",
        "writing",
        "devops",
        "finance",
        "sales",
        "design",
        "rust",
        "python",
        "agents",
        "data",
        "growth",
    ];
    const TAILS: [&str; 15] = [
        "scaling",
        "operations",
        "tooling",
        "strategy",
        "metrics",
        "playbooks",
        "automation",
        "incidents",
        "costs",
        "onboarding",
        "reviews",
        "migrations",
        "testing",
        "policy",
        "treasury",
    ];
    HEADS
        .iter()
        .flat_map(|h| TAILS.iter().map(move |t| format!("{h} {t}")))
        .collect()
}

/// A small, fast, seedable generator (xorshift) for reproducible load.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (0 is replaced by a constant).
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One to three distinct interests from `vocab`.
    pub fn interests<'a>(&mut self, vocab: &'a [String]) -> Vec<&'a str> {
        let k = 1 + self.below(3);
        let mut out: Vec<&str> = Vec::with_capacity(k);
        for _ in 0..k {
            let i = vocab[self.below(vocab.len())].as_str();
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }
}

/// Latency figures of one phase.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Figures {
    /// Requests completed.
    pub requests: usize,
    /// Requests per second.
    pub per_sec: f64,
    /// Median latency, ms.
    pub p50_ms: f64,
    /// 99th percentile latency, ms.
    pub p99_ms: f64,
    /// Slowest, ms.
    pub max_ms: f64,
    /// Non-2xx answers.
    pub errors: usize,
    /// Server CPU time per request, µs (when the server is another process).
    pub server_cpu_us: Option<f64>,
    /// The load tool's own CPU time per request, µs (it shares the machine with the server).
    pub client_cpu_us: Option<f64>,
}

impl Figures {
    /// Figures from latencies (any order) over `elapsed`.
    pub fn from(mut latencies: Vec<Duration>, elapsed: Duration, errors: usize) -> Figures {
        latencies.sort_unstable();
        let pick = |q: f64| {
            if latencies.is_empty() {
                return 0.0;
            }
            let i = ((latencies.len() as f64 * q).ceil() as usize).clamp(1, latencies.len()) - 1;
            latencies[i].as_secs_f64() * 1000.0
        };
        Figures {
            requests: latencies.len(),
            per_sec: latencies.len() as f64 / elapsed.as_secs_f64().max(1e-9),
            p50_ms: pick(0.50),
            p99_ms: pick(0.99),
            max_ms: pick(1.0),
            errors,
            server_cpu_us: None,
            client_cpu_us: None,
        }
    }
}

impl std::fmt::Display for Figures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:>8} req  {:>9.0}/s  p50 {:>7.2} ms  p99 {:>7.2} ms  max {:>7.2} ms  errors {}",
            self.requests, self.per_sec, self.p50_ms, self.p99_ms, self.max_ms, self.errors
        )?;
        if let Some(us) = self.server_cpu_us {
            write!(f, "  broker CPU {us:.0} µs/req")?;
        }
        if let Some(us) = self.client_cpu_us {
            write!(f, "  load tool CPU {us:.0} µs/req")?;
        }
        Ok(())
    }
}

/// CPU time (user + system) a process has used so far, in seconds (Linux), if readable.
pub fn cpu_secs(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Resident memory of a process in MiB (Linux), if readable.
pub fn rss_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
