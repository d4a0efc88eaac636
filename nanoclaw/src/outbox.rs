//! The durable outbox: patterns the parent queued for publication, kept in sled under
//! `<home>/outbox/` until the pool has stored them.
//!
//! Each entry is a [`Draft`] (what the parent wrote) under its content id, with a state:
//! `pending`, or `in_flight` with the exact signed pattern that was sent. Moving an entry to
//! `sent`, `superseded` or `failed` is one sled transaction followed by a flush, so a crash (or
//! `kill -9`) at any point leaves every entry in exactly one place. An entry left `in_flight` by
//! a crash may or may not have been stored; the drain reconciles it by asking the pool for its
//! pattern id before it signs it again, so nothing is stored twice.
//!
//! [`Outbox::coalesce`] runs before every drain: the same content is one entry by construction
//! (its id is the content's hash), and a newer draft with the same title and interests
//! supersedes an older pending one, which is moved to `superseded` (and audited), never
//! silently dropped. A corrupt record is reported and left in place, never deleted; an outbox
//! whose database lost records (a damaged data file opens as empty) is refused, thanks to a
//! marker kept both inside it and in `outbox/MARKER`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use pool_proto::{Impact, Pattern};
use serde::{Deserialize, Serialize};
use sled::Transactional as _;

use crate::error::{Error, Result};
use crate::home::atomic_write;

/// What the parent wrote and queued.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// Title.
    pub title: String,
    /// Markdown body.
    pub body: String,
    /// Normalised interests.
    pub interests: Vec<String>,
    /// Tier 0-3.
    pub tier: u8,
    /// Declared impact, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<Impact>,
}

impl Draft {
    /// The content id: blake3 of a domain tag and the draft's JSON (field order is fixed by
    /// the struct), in hex.
    pub fn content_id(&self) -> String {
        let mut h = blake3::Hasher::new();
        h.update(b"nanoclaw:outbox:v1\0");
        h.update(&serde_json::to_vec(self).unwrap_or_default());
        h.finalize().to_hex().to_string()
    }

    /// The coalescing key: title and sorted interests.
    pub fn version_key(&self) -> String {
        let mut i = self.interests.clone();
        i.sort();
        format!("{}\u{0}{}", self.title, i.join("\u{1}"))
    }

    /// The draft as a `pool-proto` draft, ready to be signed by an agent.
    pub fn to_proto(&self) -> pool_proto::PatternDraft {
        pool_proto::PatternDraft {
            title: self.title.clone(),
            body: self.body.clone(),
            interests: self.interests.clone(),
            tier: self.tier,
            impact: self.impact,
        }
    }
}

/// Where an entry is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum ItemState {
    /// Waiting to be sent.
    Pending,
    /// Sent (or being sent) as exactly this pattern; its fate is unknown until acknowledged.
    InFlight {
        /// The signed pattern that went out.
        pattern: Box<Pattern>,
        /// When it went out (unix ms).
        since_ms: u64,
    },
}

/// One outbox entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OutboxItem {
    /// Content id.
    pub id: String,
    /// The agent identity that publishes it.
    pub identity: String,
    /// The content.
    pub draft: Draft,
    /// When it was queued (unix ms).
    pub queued_ms: u64,
    /// Queue order (ties of `queued_ms`).
    pub seq: u64,
    /// Its state.
    pub state: ItemState,
}

/// An entry that reached the pool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SentRecord {
    /// Content id.
    pub id: String,
    /// The stored pattern's id.
    pub pattern_id: String,
    /// Title.
    pub title: String,
    /// Identity.
    pub identity: String,
    /// When it was acknowledged (unix ms).
    pub at_ms: u64,
    /// When it went out (unix ms), when known: the drain's pace is judged by these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_ms: Option<u64>,
}

/// An entry replaced by a newer version, or refused for good.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetAside {
    /// The entry as it was.
    pub item: OutboxItem,
    /// Why: `superseded by <id>` or the pool's refusal.
    pub reason: String,
    /// When (unix ms).
    pub at_ms: u64,
}

/// What the last drain did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DrainRecord {
    /// When it ended (unix ms).
    pub at_ms: u64,
    /// Entries the pool stored.
    pub sent: usize,
    /// Entries found already stored (after a crash).
    pub reconciled: usize,
    /// Entries superseded by coalescing.
    pub superseded: usize,
    /// Entries refused for good.
    pub failed: usize,
    /// Entries left pending.
    pub remaining: usize,
    /// Why it stopped early, if it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped: Option<String>,
}

/// Outcome of [`Outbox::enqueue`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enqueued {
    /// Content id.
    pub id: String,
    /// False when the same content was already queued or sent.
    pub new: bool,
}

/// Counts for `status`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    /// Pending (and in-flight) entries per (identity, tier).
    pub pending: BTreeMap<(String, u8), usize>,
    /// Entries in flight.
    pub in_flight: usize,
    /// Entries sent.
    pub sent: usize,
    /// Entries superseded.
    pub superseded: usize,
    /// Entries refused for good.
    pub failed: usize,
    /// Records that could not be read.
    pub corrupt: usize,
}

/// The sled-backed outbox.
#[derive(Debug)]
pub struct Outbox {
    path: PathBuf,
    db: sled::Db,
    items: sled::Tree,
    sent: sled::Tree,
    superseded: sled::Tree,
    failed: sled::Tree,
    meta: sled::Tree,
}

fn corrupt(path: &Path) -> Error {
    Error::Outbox {
        path: path.into(),
        message: "corrupt (it does not hold what was written to it): nothing was sent or removed; move the directory aside (mv outbox outbox.corrupt) to start an empty outbox, and keep it to recover drafts".into(),
    }
}

fn enc<T: Serialize>(v: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(v).map_err(|e| Error::Invalid(e.to_string()))
}

impl Outbox {
    /// Opens (or creates) the outbox at `path`, waiting up to `wait` while another process
    /// holds it (sled allows one process at a time).
    ///
    /// # Errors
    /// [`Error::Outbox`] naming the problem: still locked, or corrupt (with what to do).
    pub fn open(path: &Path, wait: Duration) -> Result<Self> {
        let started = std::time::Instant::now();
        let db = loop {
            match sled::Config::new().path(path).open() {
                Ok(db) => break db,
                Err(sled::Error::Io(e))
                    if e.kind() == std::io::ErrorKind::WouldBlock
                        || e.to_string().contains("lock") =>
                {
                    if started.elapsed() >= wait {
                        return Err(Error::Outbox {
                            path: path.into(),
                            message: "in use by another nanoclaw process (a sync, flush or publish); wait for it to finish and retry".into(),
                        });
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(sled::Error::Corruption { .. } | sled::Error::Unsupported(_)) => {
                    return Err(corrupt(path));
                }
                Err(e) => {
                    return Err(Error::Outbox {
                        path: path.into(),
                        message: format!(
                            "cannot open it ({e}); check free disk space and permissions"
                        ),
                    });
                }
            }
        };
        let tree = |name: &str| {
            db.open_tree(name).map_err(|e| Error::Outbox {
                path: path.into(),
                message: format!("cannot open tree {name} ({e})"),
            })
        };
        let outbox = Outbox {
            items: tree("items")?,
            sent: tree("sent")?,
            superseded: tree("superseded")?,
            failed: tree("failed")?,
            meta: tree("meta")?,
            db,
            path: path.into(),
        };
        outbox.check_marker()?;
        Ok(outbox)
    }

    /// Guards against an outbox that opens but lost its content: sled reads a damaged log as
    /// far as it can, so a garbage data file opens as an empty outbox. A random marker is kept
    /// both in the database and in `MARKER` beside it; if the file holds one the database does
    /// not, the database lost records and is refused (never silently used as empty).
    fn check_marker(&self) -> Result<()> {
        let file = self.path.join("MARKER");
        let stored = self.meta.get("marker").map_err(|e| self.err(e))?;
        match std::fs::read(&file) {
            Ok(bytes) => {
                if stored.as_deref() != Some(bytes.as_slice()) {
                    return Err(corrupt(&self.path));
                }
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let marker = match stored {
                    Some(m) => m.to_vec(),
                    None => {
                        let m = format!("{:032x}", rand::random::<u128>()).into_bytes();
                        self.meta
                            .insert("marker", m.clone())
                            .map_err(|e| self.err(e))?;
                        self.flush()?;
                        m
                    }
                };
                atomic_write(&file, &marker)
            }
            Err(e) => Err(Error::io(&file, e)),
        }
    }

    fn err(&self, e: impl std::fmt::Display) -> Error {
        Error::Outbox {
            path: self.path.clone(),
            message: format!("{e} (check free disk space; nothing was lost)"),
        }
    }

    fn flush(&self) -> Result<()> {
        self.db.flush().map(|_| ()).map_err(|e| self.err(e))
    }

    /// Queues a draft for `identity`. The same content twice is one entry.
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn enqueue(&self, identity: &str, draft: Draft, now_ms: u64) -> Result<Enqueued> {
        let id = draft.content_id();
        if self.items.contains_key(&id).map_err(|e| self.err(e))?
            || self.sent.contains_key(&id).map_err(|e| self.err(e))?
        {
            return Ok(Enqueued { id, new: false });
        }
        let seq = self.db.generate_id().map_err(|e| self.err(e))?;
        let item = OutboxItem {
            id: id.clone(),
            identity: identity.to_string(),
            draft,
            queued_ms: now_ms,
            seq,
            state: ItemState::Pending,
        };
        self.items
            .insert(id.as_bytes(), enc(&item)?)
            .map_err(|e| self.err(e))?;
        self.flush()?;
        Ok(Enqueued { id, new: true })
    }

    /// Every entry still to send (pending and in flight), in queue order, and how many
    /// records could not be read (they are left in place).
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn items(&self) -> Result<(Vec<OutboxItem>, usize)> {
        let mut out = Vec::new();
        let mut corrupt = 0;
        for kv in self.items.iter() {
            let (k, v) = kv.map_err(|e| self.err(e))?;
            match serde_json::from_slice::<OutboxItem>(&v) {
                Ok(item) if item.id.as_bytes() == k.as_ref() => out.push(item),
                _ => {
                    corrupt += 1;
                    tracing::warn!(
                        key = %String::from_utf8_lossy(&k),
                        "an outbox record cannot be read; it is left in place"
                    );
                }
            }
        }
        out.sort_by_key(|i| (i.queued_ms, i.seq));
        Ok((out, corrupt))
    }

    /// Coalesces pending entries: per title and interests, the newest pending entry stays and
    /// the older ones move to `superseded`. Returns what was set aside.
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn coalesce(&self, now_ms: u64) -> Result<Vec<SetAside>> {
        let (items, _) = self.items()?;
        let mut newest: BTreeMap<String, &OutboxItem> = BTreeMap::new();
        for item in items.iter().filter(|i| i.state == ItemState::Pending) {
            // `items` is in queue order, so a later one is newer.
            newest.insert(item.draft.version_key(), item);
        }
        let mut out = Vec::new();
        for item in items.iter().filter(|i| i.state == ItemState::Pending) {
            let winner = newest[&item.draft.version_key()];
            if winner.id == item.id {
                continue;
            }
            let aside = SetAside {
                item: item.clone(),
                reason: format!("superseded by {}", winner.id),
                at_ms: now_ms,
            };
            self.move_to(&self.superseded, &item.id, &aside)?;
            out.push(aside);
        }
        if !out.is_empty() {
            self.flush()?;
        }
        Ok(out)
    }

    /// Moves an entry from `items` to `tree` in one transaction.
    fn move_to<T: Serialize>(&self, tree: &sled::Tree, id: &str, record: &T) -> Result<()> {
        let bytes = enc(record)?;
        (&self.items, tree)
            .transaction(|(items, dest)| {
                items.remove(id.as_bytes())?;
                dest.insert(id.as_bytes(), bytes.clone())?;
                Ok::<(), sled::transaction::ConflictableTransactionError<()>>(())
            })
            .map_err(|e| self.err(format!("{e:?}")))
    }

    /// Records that `pattern` is about to be sent for entry `id` (flushed before sending).
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn mark_in_flight(&self, item: &OutboxItem, pattern: &Pattern, now_ms: u64) -> Result<()> {
        let mut next = item.clone();
        next.state = ItemState::InFlight {
            pattern: Box::new(pattern.clone()),
            since_ms: now_ms,
        };
        self.items
            .insert(item.id.as_bytes(), enc(&next)?)
            .map_err(|e| self.err(e))?;
        self.flush()
    }

    /// Puts an in-flight entry back to pending (the pool does not have its pattern).
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn mark_pending(&self, item: &OutboxItem) -> Result<()> {
        let mut next = item.clone();
        next.state = ItemState::Pending;
        self.items
            .insert(item.id.as_bytes(), enc(&next)?)
            .map_err(|e| self.err(e))?;
        self.flush()
    }

    /// Moves an entry to `sent`: acknowledged at `now_ms`, having gone out at `sent_ms`.
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn mark_sent(
        &self,
        item: &OutboxItem,
        pattern_id: &str,
        sent_ms: Option<u64>,
        now_ms: u64,
    ) -> Result<()> {
        let rec = SentRecord {
            id: item.id.clone(),
            pattern_id: pattern_id.to_string(),
            title: item.draft.title.clone(),
            identity: item.identity.clone(),
            at_ms: now_ms,
            sent_ms,
        };
        self.move_to(&self.sent, &item.id, &rec)?;
        self.flush()
    }

    /// Moves an entry to `failed` (the pool refused it for good).
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn mark_failed(&self, item: &OutboxItem, reason: &str, now_ms: u64) -> Result<()> {
        let rec = SetAside {
            item: item.clone(),
            reason: reason.to_string(),
            at_ms: now_ms,
        };
        self.move_to(&self.failed, &item.id, &rec)?;
        self.flush()
    }

    /// Removes every entry still to send and returns them (for `purge`, after the caller has
    /// shown them).
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn purge(&self, ids: &[String]) -> Result<usize> {
        let mut n = 0;
        for id in ids {
            if self
                .items
                .remove(id.as_bytes())
                .map_err(|e| self.err(e))?
                .is_some()
            {
                n += 1;
            }
        }
        self.flush()?;
        Ok(n)
    }

    /// Saves what the last drain did.
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn set_last_drain(&self, rec: &DrainRecord) -> Result<()> {
        self.meta
            .insert("last_drain", enc(rec)?)
            .map_err(|e| self.err(e))?;
        self.flush()
    }

    /// What the last drain did.
    pub fn last_drain(&self) -> Option<DrainRecord> {
        self.meta
            .get("last_drain")
            .ok()
            .flatten()
            .and_then(|v| serde_json::from_slice(&v).ok())
    }

    /// The pattern ids the pool acknowledged, per content id.
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn sent_records(&self) -> Result<Vec<SentRecord>> {
        let mut out = Vec::new();
        for kv in self.sent.iter() {
            let (_, v) = kv.map_err(|e| self.err(e))?;
            if let Ok(r) = serde_json::from_slice(&v) {
                out.push(r);
            }
        }
        Ok(out)
    }

    /// Entries set aside as superseded.
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn superseded_records(&self) -> Result<Vec<SetAside>> {
        let mut out = Vec::new();
        for kv in self.superseded.iter() {
            let (_, v) = kv.map_err(|e| self.err(e))?;
            if let Ok(r) = serde_json::from_slice(&v) {
                out.push(r);
            }
        }
        Ok(out)
    }

    /// Counts for `status`.
    ///
    /// # Errors
    /// [`Error::Outbox`].
    pub fn counts(&self) -> Result<OutboxCounts> {
        let (items, corrupt) = self.items()?;
        let mut c = OutboxCounts {
            corrupt,
            sent: self.sent.len(),
            superseded: self.superseded.len(),
            failed: self.failed.len(),
            ..OutboxCounts::default()
        };
        for i in &items {
            *c.pending
                .entry((i.identity.clone(), i.draft.tier))
                .or_insert(0) += 1;
            if matches!(i.state, ItemState::InFlight { .. }) {
                c.in_flight += 1;
            }
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(title: &str, body: &str) -> Draft {
        Draft {
            title: title.into(),
            body: body.into(),
            interests: vec!["bitcoin".into(), "fees".into()],
            tier: 1,
            impact: None,
        }
    }

    #[test]
    fn same_content_once_and_newer_version_supersedes() {
        let dir = tempfile::tempdir().unwrap();
        let ob = Outbox::open(&dir.path().join("outbox"), Duration::ZERO).unwrap();
        let a = ob.enqueue("g", draft("Fees", "v1"), 1).unwrap();
        assert!(a.new);
        assert!(!ob.enqueue("g", draft("Fees", "v1"), 2).unwrap().new);
        let b = ob.enqueue("g", draft("Fees", "v2"), 3).unwrap();
        ob.enqueue("g", draft("Other", "x"), 4).unwrap();
        let aside = ob.coalesce(5).unwrap();
        assert_eq!(aside.len(), 1);
        assert_eq!(aside[0].item.id, a.id);
        assert!(aside[0].reason.contains(&b.id));
        let (items, corrupt) = ob.items().unwrap();
        assert_eq!(corrupt, 0);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].id, b.id);
        assert_eq!(ob.superseded_records().unwrap().len(), 1);
    }

    #[test]
    fn states_survive_reopening_and_in_flight_is_not_superseded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("outbox");
        let key = pool_proto::Keypair::generate();
        {
            let ob = Outbox::open(&path, Duration::ZERO).unwrap();
            ob.enqueue("g", draft("Fees", "v1 body"), 1).unwrap();
            let (items, _) = ob.items().unwrap();
            let p = items[0]
                .draft
                .to_proto()
                .sign(
                    &key,
                    crate::clock::now_ms(),
                    60_000,
                    &pool_proto::Limits::default(),
                )
                .unwrap();
            ob.mark_in_flight(&items[0], &p, 2).unwrap();
            ob.enqueue("g", draft("Fees", "v2 body"), 3).unwrap();
        }
        let ob = Outbox::open(&path, Duration::ZERO).unwrap();
        assert!(ob.coalesce(4).unwrap().is_empty());
        let (items, _) = ob.items().unwrap();
        assert!(matches!(items[0].state, ItemState::InFlight { .. }));
        ob.mark_sent(&items[0], "pid", Some(2), 5).unwrap();
        let c = ob.counts().unwrap();
        assert_eq!((c.sent, c.in_flight), (1, 0));
        assert_eq!(c.pending.values().sum::<usize>(), 1);
    }

    #[test]
    fn a_corrupt_record_is_reported_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("outbox");
        let ob = Outbox::open(&path, Duration::ZERO).unwrap();
        ob.items.insert("junk", b"{not json".to_vec()).unwrap();
        ob.enqueue("g", draft("Fees", "v1"), 1).unwrap();
        let (items, corrupt) = ob.items().unwrap();
        assert_eq!((items.len(), corrupt), (1, 1));
        assert!(ob.items.contains_key("junk").unwrap());
    }

    #[test]
    fn a_damaged_data_file_is_refused_not_read_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("outbox");
        {
            let ob = Outbox::open(&path, Duration::ZERO).unwrap();
            ob.enqueue("g", draft("Fees", "v1"), 1).unwrap();
        }
        assert!(Outbox::open(&path, Duration::ZERO).is_ok(), "reopens fine");
        let db = path.join("db");
        let len = std::fs::metadata(&db).unwrap().len() as usize;
        std::fs::write(&db, vec![0x5A; len]).unwrap();
        let err = Outbox::open(&path, Duration::ZERO).unwrap_err().to_string();
        assert!(
            err.contains("corrupt") && err.contains("mv outbox"),
            "{err}"
        );
        assert!(path.join("MARKER").exists(), "kept for recovery");
    }

    #[test]
    fn a_second_opener_waits_then_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("outbox");
        let _held = Outbox::open(&path, Duration::ZERO).unwrap();
        let err = Outbox::open(&path, Duration::from_millis(100)).unwrap_err();
        assert!(err.to_string().contains("in use"), "{err}");
    }
}
