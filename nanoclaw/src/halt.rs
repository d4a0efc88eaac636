//! The kill switch. `nanoclaw halt` writes `HALT` in the parent home; every agent and the
//! spawner check it before any network action, and a watcher task polls it every 100 ms and
//! cancels a [`CancellationToken`] that every request and every wait races with, so in-flight
//! requests are abandoned within a second of the halt, whatever they are stuck on. The flag is
//! a file, not a message, so it bypasses every queue and works across processes.
//!
//! The file's presence is what counts: unreadable or corrupt content still means "halted" (the
//! safe reading), and so does a home whose `HALT` cannot even be checked.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio_util::sync::{CancellationToken, DropGuard};

use crate::error::{Error, Result};
use crate::home::atomic_write;

/// How often the watcher looks at the flag.
pub const POLL: Duration = Duration::from_millis(100);

/// What `HALT` holds (for people; its presence is the switch).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HaltInfo {
    /// When it was set (unix ms).
    pub at_ms: u64,
    /// Who set it.
    pub by: String,
    /// Why.
    pub reason: String,
}

/// Sets the kill switch.
///
/// # Errors
/// [`Error::Io`].
pub fn set(path: &Path, info: &HaltInfo) -> Result<()> {
    let bytes = serde_json::to_vec_pretty(info).map_err(|e| Error::Invalid(e.to_string()))?;
    atomic_write(path, &bytes)
}

/// Lifts the kill switch; returns whether it was set.
///
/// # Errors
/// [`Error::Io`].
pub fn clear(path: &Path) -> Result<bool> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Reads the kill switch: `None` when not set, else why (a corrupt or unreadable flag is
/// reported as such, and still counts as set).
pub fn read(path: &Path) -> Option<String> {
    match std::fs::read(path) {
        Ok(bytes) => Some(match serde_json::from_slice::<HaltInfo>(&bytes) {
            Ok(i) => format!(
                "set {} by {}: {}",
                crate::clock::rfc3339(i.at_ms),
                i.by,
                i.reason
            ),
            Err(_) => "HALT file present with unreadable content".into(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => Some(format!("HALT cannot be checked ({e}); treating as halted")),
    }
}

/// A live view of the kill switch: a token cancelled as soon as `HALT` appears.
#[derive(Debug, Clone)]
pub struct Halt {
    path: PathBuf,
    token: CancellationToken,
    _stop: std::sync::Arc<DropGuard>,
}

impl Halt {
    /// Starts watching `path` (must be called within a tokio runtime). The watcher stops when
    /// the last clone of the returned value is dropped.
    pub fn watch(path: PathBuf) -> Self {
        let token = CancellationToken::new();
        let stop = CancellationToken::new();
        let (t, s, p) = (token.clone(), stop.clone(), path.clone());
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(POLL);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = s.cancelled() => return,
                    _ = tick.tick() => {}
                }
                if read(&p).is_some() {
                    tracing::warn!(flag = %p.display(), "kill switch set: abandoning all pool work");
                    t.cancel();
                    return;
                }
            }
        });
        Halt {
            path,
            token,
            _stop: std::sync::Arc::new(stop.drop_guard()),
        }
    }

    /// A switch that only its token can trip (for tests and embedders without a home).
    pub fn manual(token: CancellationToken) -> Self {
        Halt {
            path: PathBuf::new(),
            token,
            _stop: std::sync::Arc::new(CancellationToken::new().drop_guard()),
        }
    }

    /// Fails with [`Error::Halted`] if the switch is set, looking at the file itself (not only
    /// at the watcher), so a halt set a moment ago is never missed before a network action.
    ///
    /// # Errors
    /// [`Error::Halted`].
    pub fn check(&self) -> Result<()> {
        if self.token.is_cancelled() {
            return Err(Error::Halted {
                reason: read(&self.path).unwrap_or_else(|| "halted".into()),
            });
        }
        if !self.path.as_os_str().is_empty()
            && let Some(reason) = read(&self.path)
        {
            self.token.cancel();
            return Err(Error::Halted { reason });
        }
        Ok(())
    }

    /// Whether the switch has tripped.
    pub fn is_halted(&self) -> bool {
        self.token.is_cancelled()
    }

    /// The token every request races with.
    pub fn token(&self) -> &CancellationToken {
        &self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_watcher_trips_the_token_when_the_flag_appears() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("HALT");
        let halt = Halt::watch(path.clone());
        assert!(halt.check().is_ok());
        set(
            &path,
            &HaltInfo {
                at_ms: 1,
                by: "test".into(),
                reason: "stop".into(),
            },
        )
        .unwrap();
        // Wait on the token itself: the watcher must cancel it.
        halt.token().cancelled().await;
        let err = halt.check().unwrap_err().to_string();
        assert!(
            err.contains("stop") && err.contains("nanoclaw resume"),
            "{err}"
        );
        assert!(clear(&path).unwrap());
        assert!(!clear(&path).unwrap());
    }

    #[test]
    fn a_corrupt_flag_still_halts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("HALT");
        std::fs::write(&path, b"\xff\x00garbage").unwrap();
        assert!(read(&path).unwrap().contains("unreadable"));
    }
}
