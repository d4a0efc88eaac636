//! [`Pool`]: everything a request handler needs, opened once at start-up and shared as
//! [`AppState`] (a cheap `Arc` clone). Opening loads the enrollment salt and the enrolled
//! parents, rebuilds the match index from the stored patterns, and starts the writer thread;
//! [`Pool::spawn_background`] starts the expiry sweeper and the rate-limit pruner.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use scanner::Scanner;
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::auth::Verifier;
use crate::clock::Clock;
use crate::config::Config;
use crate::index::MatchIndex;
use crate::limits::RateLimits;
use crate::metrics::Metrics;
use crate::store::{
    META, Op, PARENT, PatternState, RECORD, SledStore, Store, StoreError, StoredPattern, Writer,
    meta_key, migrate_legacy, parse_record_key, record_key, records_due_end,
};

/// How long an agent counts as "seen" for health figures.
pub const AGENT_WINDOW_MS: u64 = 60 * 60 * 1000;

/// A broker that could not start.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The data directory or the store.
    #[error("data directory {path}: {message}")]
    Data {
        /// The directory.
        path: String,
        /// What failed.
        message: String,
    },
    /// The scanner's rules.
    #[error("scanner: {0}")]
    Scanner(String),
}

/// The shared state of a running broker.
pub struct Pool {
    /// The configuration it runs with.
    pub config: Config,
    /// Its clock.
    pub clock: Clock,
    /// When it started, unix ms.
    pub started_ms: u64,
    /// Durable storage (reads; writes go through `writer`).
    pub store: Arc<dyn Store>,
    /// The single writer.
    pub writer: Writer,
    /// The match index.
    pub index: RwLock<MatchIndex>,
    /// The content scanner.
    pub scanner: Scanner,
    /// Signed-request checks.
    pub verifier: Verifier,
    /// Per-parent rate limits.
    pub limits: RateLimits,
    /// The global concurrency limit.
    pub concurrency: Arc<Semaphore>,
    /// Metrics.
    pub metrics: Arc<Metrics>,
    /// The admin bearer token.
    pub admin_token: String,
    /// Agents seen, with when (in memory only).
    pub agents: Mutex<HashMap<[u8; 32], u64>>,
    /// Refusals by code, for admin stats.
    pub rejections: Mutex<std::collections::BTreeMap<&'static str, u64>>,
    /// When a write last failed, unix ms (0: never).
    pub last_write_error_ms: AtomicU64,
}

/// The handle handlers receive.
pub type AppState = Arc<Pool>;

fn data_err(path: &Path, e: impl std::fmt::Display) -> OpenError {
    OpenError::Data {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

impl Pool {
    /// Opens the pool in `config.data` and starts the writer thread (returned so that the
    /// caller can wait for the last writes at shutdown).
    ///
    /// # Errors
    /// [`OpenError`] when the data directory, the store, the token or the scanner fails.
    pub fn open(
        config: Config,
        clock: Clock,
    ) -> Result<(AppState, std::thread::JoinHandle<()>), OpenError> {
        let dir = config.data.clone();
        std::fs::create_dir_all(&dir).map_err(|e| data_err(&dir, e))?;
        let store: Arc<dyn Store> = Arc::new(
            SledStore::open(&dir, config.storage.cache_mb * 1024 * 1024)
                .map_err(|e| data_err(&dir, e))?,
        );
        let admin_token = load_admin_token(&config).map_err(|e| data_err(&dir, e))?;
        let salt = load_salt(store.as_ref()).map_err(|e| data_err(&dir, e))?;
        let scanner = Scanner::with_config(config.scanner.clone())
            .map_err(|e| OpenError::Scanner(e.to_string()))?;
        let started_ms = clock.now_ms();

        let mut enrolled = HashSet::new();
        for (k, _) in store
            .range(&[PARENT], &[PARENT + 1], usize::MAX)
            .map_err(|e| data_err(&dir, e))?
        {
            if let Ok(hash) = <[u8; 32]>::try_from(&k[1..]) {
                enrolled.insert(hash);
            }
        }
        let moved = migrate_legacy(store.as_ref()).map_err(|e| data_err(&dir, e))?;
        if moved > 0 {
            tracing::info!(moved, "moved pattern records to the expiry-ordered layout");
        }
        let index = rebuild_index(store.as_ref()).map_err(|e| data_err(&dir, e))?;
        let metrics = Arc::new(Metrics::default());
        let (writer, handle) = Writer::spawn(
            store.clone(),
            config.storage.writer_queue,
            config.storage.max_batch,
            std::time::Duration::from_micros(config.storage.linger_us),
            metrics.clone(),
        );
        let pool = Pool {
            verifier: Verifier::new(
                config.enrollment,
                salt,
                enrolled,
                config.admission.clock_window_secs,
                started_ms,
                config.admission.nonce_cache_max,
            ),
            limits: RateLimits::new(&config.rate_limit),
            concurrency: Arc::new(Semaphore::new(config.rate_limit.max_concurrent.max(1))),
            config,
            clock,
            started_ms,
            store,
            writer,
            index: RwLock::new(index),
            scanner,
            metrics,
            admin_token,
            agents: Mutex::new(HashMap::new()),
            rejections: Mutex::new(Default::default()),
            last_write_error_ms: AtomicU64::new(0),
        };
        Ok((Arc::new(pool), handle))
    }

    /// Now, unix ms.
    pub fn now_ms(&self) -> u64 {
        self.clock.now_ms()
    }

    /// Counts a refusal in metrics and stats.
    pub fn count_rejection(&self, code: pool_proto::ErrorCode) {
        self.metrics.reject(code);
        *self
            .rejections
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(code.as_str())
            .or_default() += 1;
    }

    /// Notes an agent as seen now.
    pub fn saw_agent(&self, agent: &pool_proto::PublicKey) {
        let now = self.now_ms();
        self.agents
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(*agent.as_bytes(), now);
    }

    /// Distinct agents seen in the last hour.
    pub fn agents_last_hour(&self) -> u64 {
        let since = self.now_ms().saturating_sub(AGENT_WINDOW_MS);
        self.agents
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .values()
            .filter(|t| **t > since)
            .count() as u64
    }

    /// Live patterns now.
    pub fn live_patterns(&self) -> u64 {
        self.index
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .live(self.now_ms()) as u64
    }

    /// Whether the pool is degraded: a write failed in the last minute or the writer is backed
    /// up past half its queue.
    pub fn degraded(&self) -> bool {
        let last = self.last_write_error_ms.load(Ordering::Relaxed);
        (last != 0 && self.now_ms().saturating_sub(last) < 60_000)
            || self.writer.backlog() * 2 > self.writer.capacity()
    }

    /// Makes `ops` durable, recording a failure for health.
    ///
    /// # Errors
    /// The store's error.
    pub async fn commit(
        &self,
        ops: Vec<Op>,
        after: Option<crate::store::AfterCommit>,
    ) -> Result<(), StoreError> {
        let r = self.writer.commit(ops, after).await;
        if r.is_err() {
            self.last_write_error_ms
                .store(self.now_ms().max(1), Ordering::Relaxed);
        }
        r
    }

    /// Stores a pattern record durably, then (on the writer thread, before answering) puts it
    /// in the match index or refreshes its quality and quarantine flag there. The one way
    /// publish, import and the admin API write patterns.
    ///
    /// # Errors
    /// The store's error; nothing is indexed then.
    pub async fn put_pattern(
        self: &Arc<Self>,
        id: [u8; 32],
        record: &StoredPattern,
    ) -> Result<(), StoreError> {
        let ops = put_ops(&id, record)?;
        let p = &record.pattern;
        let (interests, expires, created) = (p.interests.clone(), p.expires_at, p.created_at);
        let (quality, quarantined) = (record.quality, record.state == PatternState::Quarantined);
        let pool = self.clone();
        self.commit(
            ops,
            Some(Box::new(move || {
                pool.index
                    .write()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(id, &interests, expires, created, quality, quarantined);
            })),
        )
        .await
    }

    /// The stored record of the pattern `id` that expires at `expires_at`, as bytes (see
    /// [`crate::answer`]).
    ///
    /// # Errors
    /// The store's error.
    pub fn load_raw(&self, expires_at: u64, id: &[u8; 32]) -> Result<Option<Vec<u8>>, StoreError> {
        self.store.get(&record_key(expires_at, id))
    }

    /// Reads a stored pattern by id. Its record's key comes from the match index, which holds
    /// every stored pattern that parses; a pattern not (or no longer) there is `None`.
    ///
    /// # Errors
    /// The store's error, or a record that does not parse.
    pub fn load(&self, id: &[u8; 32]) -> Result<Option<StoredPattern>, StoreError> {
        let expires_at = self
            .index
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(id)
            .map(|e| e.expires_at);
        let Some(expires_at) = expires_at else {
            return Ok(None);
        };
        match self.load_raw(expires_at, id)? {
            None => Ok(None),
            Some(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| StoreError(format!("pattern record does not parse: {e}"))),
        }
    }

    /// Deletes every pattern expired at `now_ms` (in batches); returns how many.
    ///
    /// # Errors
    /// The store's error.
    pub async fn sweep(self: &Arc<Self>, now_ms: u64) -> Result<u64, StoreError> {
        let mut total = 0;
        loop {
            let due = self
                .store
                .keys(&[RECORD], &records_due_end(now_ms), 10_000)?;
            if due.is_empty() {
                return Ok(total);
            }
            let ids: Vec<[u8; 32]> = due
                .iter()
                .filter_map(|k| parse_record_key(k).map(|(_, id)| id))
                .collect();
            let ops: Vec<Op> = due.into_iter().map(Op::Delete).collect();
            let pool = self.clone();
            let n = ops.len() as u64;
            self.commit(
                ops,
                Some(Box::new(move || {
                    let mut index = pool.index.write().unwrap_or_else(|p| p.into_inner());
                    for id in &ids {
                        index.remove(id);
                    }
                })),
            )
            .await?;
            self.metrics.expired.inc_by(n);
            total += n;
        }
    }

    /// Starts the sweeper and the pruner; both stop when `cancel` fires.
    pub fn spawn_background(self: &Arc<Self>, tracker: &TaskTracker, cancel: CancellationToken) {
        let pool = self.clone();
        let stop = cancel.clone();
        tracker.spawn(async move {
            let period = Duration::from_millis(pool.config.storage.sweep_interval_ms.max(10));
            loop {
                tokio::select! {
                    () = stop.cancelled() => return,
                    () = tokio::time::sleep(period) => {}
                }
                if let Err(e) = pool.sweep(pool.now_ms()).await {
                    tracing::warn!(error = %e, "expiry sweep failed; retrying next period");
                }
            }
        });
        let pool = self.clone();
        tracker.spawn(async move {
            let period = Duration::from_secs(pool.config.rate_limit.prune_interval_secs.max(1));
            loop {
                tokio::select! {
                    () = cancel.cancelled() => return,
                    () = tokio::time::sleep(period) => {}
                }
                let keys = pool.limits.prune();
                pool.metrics.limiter_keys.set(keys as i64);
                let since = pool.now_ms().saturating_sub(AGENT_WINDOW_MS);
                let mut agents = pool.agents.lock().unwrap_or_else(|p| p.into_inner());
                agents.retain(|_, t| *t > since);
                agents.shrink_to_fit();
            }
        });
    }
}

/// Rebuilds the match index from every stored pattern (expired ones included: queries filter
/// them and the sweeper deletes them).
fn rebuild_index(store: &dyn Store) -> Result<MatchIndex, StoreError> {
    let mut index = MatchIndex::default();
    let mut from = vec![RECORD];
    loop {
        let page = store.range(&from, &[RECORD + 1], 4096)?;
        let Some((last, _)) = page.last() else { break };
        from = last.clone();
        from.push(0);
        for (k, v) in &page {
            let Some((_, id)) = parse_record_key(k) else {
                continue;
            };
            match serde_json::from_slice::<StoredPattern>(v) {
                Ok(r) => index.insert(
                    id,
                    &r.pattern.interests,
                    r.pattern.expires_at,
                    r.pattern.created_at,
                    r.quality,
                    r.state == PatternState::Quarantined,
                ),
                Err(e) => {
                    tracing::error!(error = %e, "a stored pattern record does not parse; it is not served")
                }
            }
        }
    }
    Ok(index)
}

/// The per-pool salt that enrolled parent keys are hashed with (created on first start).
fn load_salt(store: &dyn Store) -> Result<[u8; 32], StoreError> {
    let key = meta_key("enroll-salt");
    if let Some(v) = store.get(&key)? {
        return <[u8; 32]>::try_from(v.as_slice())
            .map_err(|_| StoreError("the enrollment salt is corrupt".into()));
    }
    let salt: [u8; 32] = rand::random();
    store.commit(&[Op::Put(key, salt.to_vec())])?;
    Ok(salt)
}

/// Reads the admin token from its file, or keeps a random one in `DATA/admin.token`.
fn load_admin_token(config: &Config) -> std::io::Result<String> {
    let path = config
        .admin_token_file
        .clone()
        .unwrap_or_else(|| config.data.join("admin.token"));
    match std::fs::read_to_string(&path) {
        Ok(t) if !t.trim().is_empty() => Ok(t.trim().to_string()),
        Ok(_) => Err(std::io::Error::other(format!(
            "admin token file {} is empty",
            path.display()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && config.admin_token_file.is_none() => {
            let token: String = (0..32)
                .map(|_| format!("{:02x}", rand::random::<u8>()))
                .collect();
            write_private(&path, token.as_bytes())?;
            Ok(token)
        }
        Err(e) => Err(std::io::Error::new(
            e.kind(),
            format!("admin token file {}: {e}", path.display()),
        )),
    }
}

/// Writes a file readable by its owner only.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// The op that stores `record` (one key: its expiry, then its id).
fn put_ops(id: &[u8; 32], record: &StoredPattern) -> Result<Vec<Op>, StoreError> {
    let bytes = serde_json::to_vec(record).map_err(|e| StoreError(e.to_string()))?;
    Ok(vec![Op::Put(
        record_key(record.pattern.expires_at, id),
        bytes,
    )])
}

/// Unused-prefix guard: keeps the key-space table in `store` honest.
const _: () = assert!(META != RECORD && PARENT != RECORD && META != PARENT);
