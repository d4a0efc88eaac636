//! Leases: a resource (the sync, an applied pattern) is owned by whoever created its lease file
//! first, until the lease expires.
//!
//! A lease is taken atomically: its JSON is written to a private temp file, then hard-linked to
//! `leases/<resource>.lease`, which fails if the name exists (so two takers can never both
//! win, and no reader ever sees a half-written lease). An expired (or unreadable) lease can be
//! taken over: it is renamed aside, the renamed bytes are compared with the ones judged expired
//! (so a fresh lease that won a race is put back, not stolen), then the link is tried again. A
//! lease whose holder was a process of this host that no longer runs (killed, crashed) is
//! treated as expired, so a `kill -9` never locks a home until the lease's time runs out.
//! Dropping a [`Lease`] releases it if it is still ours.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// What a lease file holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaseRecord {
    /// The leased resource.
    pub resource: String,
    /// Who holds it (`nanoclaw sync pid 123 on host`).
    pub owner: String,
    /// Its time to live, in milliseconds.
    pub ttl_ms: u64,
    /// When it was taken (unix ms).
    pub created_ms: u64,
    /// When it expires (unix ms).
    pub expires_ms: u64,
    /// A random token that tells this taking from any other.
    pub token: String,
    /// The holder's process id (0 when unknown).
    #[serde(default)]
    pub pid: u32,
    /// The holder's host name.
    #[serde(default)]
    pub host: String,
}

impl LeaseRecord {
    /// Whether the holder is a process of this host that no longer runs (a crash or `kill -9`):
    /// its lease may be taken over before it expires.
    pub fn holder_is_gone(&self) -> bool {
        if self.pid == 0 || self.host != host_name() || self.pid == std::process::id() {
            return false;
        }
        let proc = Path::new("/proc");
        proc.is_dir() && !proc.join(self.pid.to_string()).exists()
    }
}

/// This host's name (empty when unknown).
fn host_name() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// A held lease. Released on drop (only if the file is still this lease).
#[derive(Debug)]
pub struct Lease {
    path: PathBuf,
    record: LeaseRecord,
    released: bool,
}

/// The file name for a resource: safe characters kept, anything else hashed.
fn file_name(resource: &str) -> String {
    let safe = !resource.is_empty()
        && resource.len() <= 100
        && resource
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        && !resource.starts_with('.');
    if safe {
        format!("{resource}.lease")
    } else {
        format!("{}.lease", blake3::hash(resource.as_bytes()).to_hex())
    }
}

impl Lease {
    /// Takes the lease on `resource` in `dir`, taking over an expired one.
    ///
    /// # Errors
    /// [`Error::LeaseHeld`] when someone else holds it; [`Error::Io`] on file errors.
    pub fn take(dir: &Path, resource: &str, owner: &str, ttl_ms: u64, now_ms: u64) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let path = dir.join(file_name(resource));
        let record = LeaseRecord {
            resource: resource.to_string(),
            owner: owner.to_string(),
            ttl_ms,
            created_ms: now_ms,
            expires_ms: now_ms.saturating_add(ttl_ms),
            token: format!("{:032x}", rand::random::<u128>()),
            pid: std::process::id(),
            host: host_name(),
        };
        let bytes = serde_json::to_vec(&record).map_err(|e| Error::Invalid(e.to_string()))?;
        let tmp = dir.join(format!(".{}.tmp", record.token));
        std::fs::write(&tmp, &bytes).map_err(|e| Error::io(&tmp, e))?;
        let outcome = Self::link_or_take_over(&tmp, &path, now_ms);
        let _ = std::fs::remove_file(&tmp);
        outcome?;
        Ok(Lease {
            path,
            record,
            released: false,
        })
    }

    fn link_or_take_over(tmp: &Path, path: &Path, now_ms: u64) -> Result<()> {
        // Two rounds: the first may find an expired lease and move it aside.
        for _ in 0..2 {
            match std::fs::hard_link(tmp, path) {
                Ok(()) => return Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(Error::io(path, e)),
            }
            let seen = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(Error::io(path, e)),
            };
            let current: Option<LeaseRecord> = serde_json::from_slice(&seen).ok();
            if let Some(c) = &current
                && c.expires_ms > now_ms
                && !c.holder_is_gone()
            {
                return Err(Error::LeaseHeld {
                    resource: c.resource.clone(),
                    owner: c.owner.clone(),
                    expires_ms: c.expires_ms,
                });
            }
            // Expired or unreadable: move it aside, and check that what moved is what we saw.
            let tomb = path.with_extension(format!("stale-{:016x}", rand::random::<u64>()));
            match std::fs::rename(path, &tomb) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(Error::io(path, e)),
            }
            let moved = std::fs::read(&tomb).unwrap_or_default();
            if moved != seen {
                // A fresh lease won a race with us: put it back and give up.
                let _ = std::fs::hard_link(&tomb, path);
                let _ = std::fs::remove_file(&tomb);
                let c: Option<LeaseRecord> = serde_json::from_slice(&moved).ok();
                return Err(Error::LeaseHeld {
                    resource: c.as_ref().map(|c| c.resource.clone()).unwrap_or_default(),
                    owner: c.as_ref().map(|c| c.owner.clone()).unwrap_or_default(),
                    expires_ms: c.map(|c| c.expires_ms).unwrap_or_default(),
                });
            }
            tracing::warn!(lease = %path.display(), "took over an expired or unreadable lease");
            let _ = std::fs::remove_file(&tomb);
        }
        let current: Option<LeaseRecord> = std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok());
        Err(Error::LeaseHeld {
            resource: current
                .as_ref()
                .map(|c| c.resource.clone())
                .unwrap_or_default(),
            owner: current
                .as_ref()
                .map(|c| c.owner.clone())
                .unwrap_or_default(),
            expires_ms: current.map(|c| c.expires_ms).unwrap_or_default(),
        })
    }

    /// The lease's record.
    pub fn record(&self) -> &LeaseRecord {
        &self.record
    }

    /// Whether the lease is still valid at `now_ms`.
    pub fn valid_at(&self, now_ms: u64) -> bool {
        now_ms < self.record.expires_ms
    }

    /// Releases the lease if the file is still ours.
    pub fn release(mut self) {
        self.release_inner();
    }

    fn release_inner(&mut self) {
        if self.released {
            return;
        }
        self.released = true;
        let ours = std::fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice::<LeaseRecord>(&b).ok())
            .is_some_and(|r| r.token == self.record.token);
        if ours {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.release_inner();
    }
}

/// Who we are, for lease owners: the process id and a label.
pub fn owner_label(what: &str) -> String {
    format!("{what} pid {}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_taker_is_refused_until_expiry_then_takes_over() {
        let dir = tempfile::tempdir().unwrap();
        let a = Lease::take(dir.path(), "abc", "a", 1_000, 10_000).unwrap();
        let err = Lease::take(dir.path(), "abc", "b", 1_000, 10_500).unwrap_err();
        assert!(
            matches!(err, Error::LeaseHeld { ref owner, .. } if owner == "a"),
            "{err}"
        );
        let b = Lease::take(dir.path(), "abc", "b", 1_000, 11_001).unwrap();
        assert_eq!(b.record().owner, "b");
        // The old holder's release must not remove the new holder's lease.
        a.release();
        assert!(Lease::take(dir.path(), "abc", "c", 1_000, 11_002).is_err());
        b.release();
        assert!(Lease::take(dir.path(), "abc", "c", 1_000, 11_003).is_ok());
    }

    #[test]
    fn unreadable_lease_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x.lease"), b"{broken").unwrap();
        let l = Lease::take(dir.path(), "x", "a", 1_000, 5).unwrap();
        assert!(l.valid_at(6));
        assert!(!l.valid_at(1_005));
    }

    #[test]
    fn many_threads_one_winner() {
        let dir = tempfile::tempdir().unwrap();
        let wins: usize = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|i| {
                    let d = dir.path();
                    s.spawn(move || {
                        Lease::take(d, "r", &format!("t{i}"), 60_000, 1)
                            .map(std::mem::forget)
                            .is_ok()
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| usize::from(h.join().unwrap()))
                .sum()
        });
        assert_eq!(wins, 1);
    }

    #[test]
    fn a_lease_of_a_dead_process_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let l = Lease::take(dir.path(), "s", "a", 60_000, 1).unwrap();
        let mut rec = l.record().clone();
        std::mem::forget(l);
        rec.pid = dead;
        std::fs::write(
            dir.path().join("s.lease"),
            serde_json::to_vec(&rec).unwrap(),
        )
        .unwrap();
        assert!(rec.holder_is_gone());
        assert!(Lease::take(dir.path(), "s", "b", 60_000, 2).is_ok());
    }

    #[test]
    fn odd_resource_names_are_hashed() {
        assert_eq!(file_name("sync"), "sync.lease");
        assert!(file_name("../etc/passwd").len() > 64);
    }
}
