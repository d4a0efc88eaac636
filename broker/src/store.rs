//! Durable storage behind a small trait, and the one writer task that owns every write.
//!
//! All state lives in one ordered key space, so that one atomic batch can touch several
//! entries together:
//!
//! | key | value |
//! |---|---|
//! | `r` ‖ expiresAt (u64 BE) ‖ id (32 bytes) | [`StoredPattern`] as JSON |
//! | `e` ‖ blake3(salt ‖ parent key) | [`ParentRecord`] as JSON: an enrolled parent |
//! | `m` ‖ name | metadata (the enrollment salt) |
//!
//! Pattern records are keyed by expiry, then id, so they are their own expiry index: the sweeper
//! deletes a prefix of that range, and a publish is one insert near the end of the key space
//! (patterns live for similar times, so their keys arrive in nearly ascending order). Keyed by
//! id alone, records landed on random leaves of sled's tree, and every publish rewrote a leaf
//! full of other records: the single ordered key cut sled's commit time by about a quarter (see
//! BENCHMARKS.md, session 7). A pattern's id leads to its key through the match index, which
//! holds every stored pattern's expiry.
//!
//! Session 6 and older data directories keep records under `p` ‖ id with an empty expiry entry
//! `x` ‖ expiresAt ‖ id; [`migrate_legacy`] moves them to `r` when the pool opens.
//!
//! The [`Writer`] is a dedicated thread fed by a channel. It takes every job waiting, applies
//! them as one batch, flushes once (group commit) and only then answers each job and runs its
//! follow-up (the in-memory index update). One writer means one flush at a time, which avoids
//! sled 0.34's deadlock between concurrent `flush_async` calls.

use std::sync::Arc;

use pool_proto::Pattern;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use tokio::sync::{mpsc, oneshot};

/// Prefix of pattern records, keyed by expiry then id.
pub const RECORD: u8 = b'r';
/// Prefix of enrolled parents.
pub const PARENT: u8 = b'e';
/// Prefix of metadata.
pub const META: u8 = b'm';
/// Prefix of pattern records in the legacy layout (keyed by id alone).
pub const LEGACY_PATTERN: u8 = b'p';
/// Prefix of the legacy layout's separate expiry entries (empty values).
pub const LEGACY_EXPIRY: u8 = b'x';

/// A storage failure. The broker answers `internal` and logs the cause.
#[derive(Debug, Clone, Error)]
#[error("storage: {0}")]
pub struct StoreError(pub String);

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        StoreError(e.to_string())
    }
}

/// One write of a batch.
#[derive(Debug, Clone)]
pub enum Op {
    /// Set `key` to `value`.
    Put(Vec<u8>, Vec<u8>),
    /// Remove `key`.
    Delete(Vec<u8>),
}

/// Key-value pairs read from the store, in key order.
pub type Entries = Vec<(Vec<u8>, Vec<u8>)>;

/// What the broker needs of a durable ordered key-value store.
pub trait Store: Send + Sync + 'static {
    /// Reads one key.
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError>;
    /// Reads up to `limit` entries with keys in `[from, to)`, in key order.
    fn range(&self, from: &[u8], to: &[u8], limit: usize) -> Result<Entries, StoreError>;
    /// Reads up to `limit` keys in `[from, to)`, in key order, without copying their values.
    fn keys(&self, from: &[u8], to: &[u8], limit: usize) -> Result<Vec<Vec<u8>>, StoreError>;
    /// Applies `ops` atomically and makes them durable before returning.
    fn commit(&self, ops: &[Op]) -> Result<(), StoreError>;
    /// Bytes the store occupies on disk, when known.
    fn size_on_disk(&self) -> Option<u64>;
}

/// The sled implementation.
pub struct SledStore {
    db: sled::Db,
}

impl SledStore {
    /// Opens (or creates) the store in `dir`, with a page cache of `cache_bytes`.
    ///
    /// # Errors
    /// When sled cannot open the directory (missing permissions, another broker holds it).
    pub fn open(dir: &std::path::Path, cache_bytes: u64) -> Result<Self, StoreError> {
        let db = sled::Config::new()
            .path(dir.join("pool.sled"))
            .cache_capacity(cache_bytes)
            .mode(sled::Mode::HighThroughput)
            .open()?;
        Ok(SledStore { db })
    }
}

impl Store for SledStore {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.db.get(key)?.map(|v| v.to_vec()))
    }

    fn range(&self, from: &[u8], to: &[u8], limit: usize) -> Result<Entries, StoreError> {
        self.db
            .range(from..to)
            .take(limit)
            .map(|kv| {
                kv.map(|(k, v)| (k.to_vec(), v.to_vec()))
                    .map_err(StoreError::from)
            })
            .collect()
    }

    fn keys(&self, from: &[u8], to: &[u8], limit: usize) -> Result<Vec<Vec<u8>>, StoreError> {
        self.db
            .range(from..to)
            .keys()
            .take(limit)
            .map(|k| k.map(|k| k.to_vec()).map_err(StoreError::from))
            .collect()
    }

    fn commit(&self, ops: &[Op]) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        for op in ops {
            match op {
                Op::Put(k, v) => batch.insert(k.as_slice(), v.as_slice()),
                Op::Delete(k) => batch.remove(k.as_slice()),
            }
        }
        self.db.apply_batch(batch)?;
        self.db.flush()?;
        Ok(())
    }

    fn size_on_disk(&self) -> Option<u64> {
        self.db.size_on_disk().ok()
    }
}

/// The lifecycle state of a stored pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PatternState {
    /// Served to queries while it lives.
    Live,
    /// Held back by an operator; never served until restored.
    Quarantined,
}

/// A pattern as stored: the signed pattern plus what admission learned of it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredPattern {
    /// The signed pattern, exactly as published.
    pub pattern: Pattern,
    /// The scanner's quality score.
    pub quality: f32,
    /// The scanner engine that judged it.
    pub engine: String,
    /// Findings that did not block it (kept for operators).
    pub findings: Vec<scanner::Finding>,
    /// Live or quarantined.
    pub state: PatternState,
    /// When the broker stored it, unix ms.
    pub stored_at: u64,
}

/// An enrolled parent as stored: a name and a date, keyed by a salted hash of its key. The
/// parent key itself is never written.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParentRecord {
    /// The operator's name for it.
    pub name: String,
    /// When it was enrolled, unix ms.
    pub enrolled_at: u64,
}

/// Key of a pattern record: expiry, then id.
pub fn record_key(expires_at: u64, id: &[u8; 32]) -> Vec<u8> {
    let mut k = Vec::with_capacity(41);
    k.push(RECORD);
    k.extend_from_slice(&expires_at.to_be_bytes());
    k.extend_from_slice(id);
    k
}

/// The first key after every record that expires at or before `at`.
pub fn records_due_end(at: u64) -> Vec<u8> {
    let mut k = vec![RECORD];
    k.extend_from_slice(&at.saturating_add(1).to_be_bytes());
    k
}

/// Key of an enrolled parent.
pub fn parent_key(hash: &[u8; 32]) -> Vec<u8> {
    let mut k = Vec::with_capacity(33);
    k.push(PARENT);
    k.extend_from_slice(hash);
    k
}

/// Key of a metadata entry.
pub fn meta_key(name: &str) -> Vec<u8> {
    let mut k = vec![META];
    k.extend_from_slice(name.as_bytes());
    k
}

/// Splits a record key into (expiresAt, id).
pub fn parse_record_key(key: &[u8]) -> Option<(u64, [u8; 32])> {
    if key.len() != 41 || key[0] != RECORD {
        return None;
    }
    let at = u64::from_be_bytes(key[1..9].try_into().ok()?);
    let id: [u8; 32] = key[9..41].try_into().ok()?;
    Some((at, id))
}

/// Moves records of the legacy layout (`p` ‖ id, plus `x` ‖ expiresAt ‖ id) to `r` keys, one
/// atomic, flushed batch per page, so that a crash part-way leaves every record in exactly one
/// of the two forms and the next open carries on. A legacy record that does not parse stays
/// where it is (it was never served either), and is logged. Returns how many records moved.
///
/// # Errors
/// The store's error.
pub fn migrate_legacy(store: &dyn Store) -> Result<u64, StoreError> {
    let mut moved = 0;
    let mut from = vec![LEGACY_PATTERN];
    loop {
        let page = store.range(&from, &[LEGACY_PATTERN + 1], 1024)?;
        let Some((last, _)) = page.last() else {
            return Ok(moved);
        };
        from = last.clone();
        from.push(0);
        let mut ops = Vec::with_capacity(page.len() * 3);
        for (key, value) in page {
            let id = <[u8; 32]>::try_from(&key[1..]).ok();
            let record = serde_json::from_slice::<StoredPattern>(&value);
            let (Some(id), Ok(record)) = (id, record) else {
                tracing::error!("a legacy pattern record does not parse; it stays unserved");
                continue;
            };
            let at = record.pattern.expires_at;
            let mut legacy_expiry = vec![LEGACY_EXPIRY];
            legacy_expiry.extend_from_slice(&at.to_be_bytes());
            legacy_expiry.extend_from_slice(&id);
            ops.push(Op::Put(record_key(at, &id), value));
            ops.push(Op::Delete(key));
            ops.push(Op::Delete(legacy_expiry));
            moved += 1;
        }
        store.commit(&ops)?;
    }
}

/// Work to run on the writer thread once a job's batch is durable (index updates).
pub type AfterCommit = Box<dyn FnOnce() + Send>;

struct Job {
    ops: Vec<Op>,
    after: Option<AfterCommit>,
    reply: oneshot::Sender<Result<(), StoreError>>,
}

/// The handle to the writer thread. Cloning it is cheap; when every clone is dropped, the thread
/// finishes the jobs already queued and exits.
#[derive(Clone)]
pub struct Writer {
    tx: mpsc::Sender<Job>,
}

/// Figures the writer reports to metrics.
pub trait WriterObserver: Send + Sync + 'static {
    /// One group commit of `jobs` jobs finished after `seconds`.
    fn batch(&self, jobs: usize, seconds: f64, ok: bool);
}

impl Writer {
    /// Starts the writer thread over `store`. At most `max_batch` jobs go into one commit. With
    /// a non-zero `linger`, a batch that is not full waits that long once for more jobs before
    /// it commits: fewer, larger flushes for a little latency.
    pub fn spawn(
        store: Arc<dyn Store>,
        queue: usize,
        max_batch: usize,
        linger: std::time::Duration,
        observer: Arc<dyn WriterObserver>,
    ) -> (Writer, std::thread::JoinHandle<()>) {
        let (tx, mut rx) = mpsc::channel::<Job>(queue.max(1));
        let handle = std::thread::Builder::new()
            .name("pool-writer".into())
            .spawn(move || {
                while let Some(first) = rx.blocking_recv() {
                    let mut jobs = vec![first];
                    let mut drain = |jobs: &mut Vec<Job>| {
                        while jobs.len() < max_batch.max(1) {
                            match rx.try_recv() {
                                Ok(job) => jobs.push(job),
                                Err(_) => break,
                            }
                        }
                    };
                    drain(&mut jobs);
                    if !linger.is_zero() && jobs.len() < max_batch.max(1) {
                        std::thread::sleep(linger);
                        drain(&mut jobs);
                    }
                    let started = std::time::Instant::now();
                    let ops: Vec<Op> = jobs
                        .iter_mut()
                        .flat_map(|j| std::mem::take(&mut j.ops))
                        .collect();
                    let result = store.commit(&ops);
                    observer.batch(jobs.len(), started.elapsed().as_secs_f64(), result.is_ok());
                    for job in jobs {
                        if result.is_ok()
                            && let Some(after) = job.after
                        {
                            after();
                        }
                        // The requester may have gone (client hung up); the write stands anyway.
                        let _ = job.reply.send(result.clone());
                    }
                }
            })
            .unwrap_or_else(|e| panic!("cannot start the writer thread: {e}"));
        (Writer { tx }, handle)
    }

    /// Queues `ops` and waits until they are durable; then `after` has run.
    ///
    /// # Errors
    /// The store's error, or one saying the writer has stopped.
    pub async fn commit(&self, ops: Vec<Op>, after: Option<AfterCommit>) -> Result<(), StoreError> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send(Job { ops, after, reply })
            .await
            .map_err(|_| StoreError("the writer has stopped".into()))?;
        answer
            .await
            .map_err(|_| StoreError("the writer stopped before answering".into()))?
    }

    /// Jobs waiting for the writer.
    pub fn backlog(&self) -> usize {
        self.tx.max_capacity() - self.tx.capacity()
    }

    /// The queue's capacity.
    pub fn capacity(&self) -> usize {
        self.tx.max_capacity()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    struct Count(AtomicUsize);
    impl WriterObserver for Count {
        fn batch(&self, _jobs: usize, _seconds: f64, _ok: bool) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// Opens a store that this process has just closed. sled 0.34's IO threads may hold the
    /// directory's lock for a moment after the last handle is dropped, and sled offers no way
    /// to wait for them, so this polls (with a deadline) while the lock is still taken.
    fn reopen(dir: &std::path::Path) -> SledStore {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            match SledStore::open(dir, 1 << 20) {
                Ok(store) => return store,
                Err(e) if e.0.contains("could not acquire lock") => {
                    assert!(std::time::Instant::now() < deadline, "still locked: {e}");
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                Err(e) => panic!("reopen failed: {e}"),
            }
        }
    }

    #[tokio::test]
    async fn writes_are_durable_and_readable_after_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store: Arc<dyn Store> = Arc::new(SledStore::open(dir.path(), 1 << 20).unwrap());
            let (writer, handle) = Writer::spawn(
                store.clone(),
                16,
                8,
                std::time::Duration::ZERO,
                Arc::new(Count(AtomicUsize::new(0))),
            );
            let ran = Arc::new(AtomicUsize::new(0));
            let r = ran.clone();
            writer
                .commit(
                    vec![
                        Op::Put(b"pa".to_vec(), b"1".to_vec()),
                        Op::Put(b"pb".to_vec(), b"2".to_vec()),
                    ],
                    Some(Box::new(move || {
                        r.fetch_add(1, Ordering::SeqCst);
                    })),
                )
                .await
                .unwrap();
            assert_eq!(ran.load(Ordering::SeqCst), 1);
            writer
                .commit(vec![Op::Delete(b"pa".to_vec())], None)
                .await
                .unwrap();
            drop(writer);
            handle.join().unwrap();
        }
        let store = reopen(dir.path());
        assert_eq!(store.get(b"pa").unwrap(), None);
        assert_eq!(store.get(b"pb").unwrap(), Some(b"2".to_vec()));
        assert_eq!(store.range(b"p", b"q", 10).unwrap().len(), 1);
    }

    #[tokio::test]
    async fn lingering_gathers_jobs_that_arrive_one_by_one() {
        let dir = tempfile::tempdir().unwrap();
        let store: Arc<dyn Store> = Arc::new(SledStore::open(dir.path(), 1 << 20).unwrap());
        let batches = Arc::new(Count(AtomicUsize::new(0)));
        // A linger far longer than the test needs between its two jobs.
        let linger = std::time::Duration::from_millis(500);
        let (writer, _handle) = Writer::spawn(store.clone(), 1024, 256, linger, batches.clone());
        let sent = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let first = {
            let (w, sent) = (writer.clone(), sent.clone());
            tokio::spawn(async move {
                // On this single-threaded runtime the task runs on from here into the channel
                // send (which has room) before it yields: once the flag is up, the job is queued.
                sent.store(true, Ordering::SeqCst);
                w.commit(vec![Op::Put(b"a".to_vec(), vec![1])], None).await
            })
        };
        // Queued (the flag) and taken by the writer (an empty queue).
        let first_sent = |w: &Writer| sent.load(Ordering::SeqCst) && w.backlog() == 0;
        // The second job is queued only once the writer has taken the first.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !(first_sent(&writer) && batches.0.load(Ordering::SeqCst) == 0) {
            assert!(
                std::time::Instant::now() < deadline,
                "the writer never took the job"
            );
            tokio::task::yield_now().await;
        }
        writer
            .commit(vec![Op::Put(b"b".to_vec(), vec![2])], None)
            .await
            .unwrap();
        first.await.unwrap().unwrap();
        assert_eq!(store.range(b"a", b"c", 10).unwrap().len(), 2);
        assert_eq!(
            batches.0.load(Ordering::SeqCst),
            1,
            "both jobs in one commit"
        );
    }

    #[tokio::test]
    async fn concurrent_jobs_share_commits() {
        let dir = tempfile::tempdir().unwrap();
        let store: Arc<dyn Store> = Arc::new(SledStore::open(dir.path(), 1 << 20).unwrap());
        let batches = Arc::new(Count(AtomicUsize::new(0)));
        let (writer, _handle) = Writer::spawn(
            store.clone(),
            1024,
            256,
            std::time::Duration::ZERO,
            batches.clone(),
        );
        let jobs: Vec<_> = (0..200u32)
            .map(|i| {
                let w = writer.clone();
                tokio::spawn(async move {
                    w.commit(vec![Op::Put(i.to_be_bytes().to_vec(), vec![1])], None)
                        .await
                })
            })
            .collect();
        for j in jobs {
            j.await.unwrap().unwrap();
        }
        assert_eq!(store.range(&[0], &[0xff], 1000).unwrap().len(), 200);
        assert!(batches.0.load(Ordering::SeqCst) <= 200);
    }

    #[test]
    fn record_keys_sort_by_expiry_then_id() {
        let a = record_key(5, &[9; 32]);
        let b = record_key(6, &[0; 32]);
        assert!(a < b && a < record_key(5, &[10; 32]));
        assert!(a < records_due_end(5) && records_due_end(5) <= b);
        assert_eq!(parse_record_key(&a), Some((5, [9; 32])));
        assert_eq!(parse_record_key(b"r"), None);
        assert_eq!(parse_record_key(&expiry_like(b'x')), None);
    }

    fn expiry_like(prefix: u8) -> Vec<u8> {
        let mut k = record_key(5, &[1; 32]);
        k[0] = prefix;
        k
    }
}
