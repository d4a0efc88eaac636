//! The audit log: every governance decision is one JSON line in `audit/YYYY-MM-DD.jsonl`, with
//! its reasons and numbers. Lines are appended with one `write` (a sync's decisions in one
//! batch) on a file opened in append mode and synced, so concurrent writers never interleave
//! inside a line and a crash loses at most the batch being written. `nanoclaw log` reads them back, filtered.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// What was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Applied automatically.
    Apply,
    /// Turned into a proposal for a person.
    Escalate,
    /// Refused.
    Reject,
    /// A person approved a proposal (it was applied).
    Approve,
    /// A person rejected a proposal.
    Dismiss,
    /// An outbox entry was replaced by a newer version before it was sent.
    Supersede,
}

impl Decision {
    /// The `snake_case` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Apply => "apply",
            Decision::Escalate => "escalate",
            Decision::Reject => "reject",
            Decision::Approve => "approve",
            Decision::Dismiss => "dismiss",
            Decision::Supersede => "supersede",
        }
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    /// When (unix ms).
    pub at_ms: u64,
    /// What was decided.
    pub decision: Decision,
    /// The pattern (or outbox entry) id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The agent identity (interest group) it concerns.
    pub identity: String,
    /// Its tier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<u8>,
    /// Why, as short machine-readable reasons (`similarity 0.62 <= 0.85`).
    pub reasons: Vec<String>,
    /// The numbers that decided it.
    #[serde(default)]
    pub numbers: serde_json::Map<String, serde_json::Value>,
    /// Flags raised (`parent_budget_over_80_percent`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
}

/// The audit directory.
#[derive(Debug, Clone)]
pub struct AuditLog {
    dir: PathBuf,
}

impl AuditLog {
    /// The log in `dir` (`<home>/audit`).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        AuditLog { dir: dir.into() }
    }

    /// Appends one entry to the file of `day` (`YYYY-MM-DD`).
    ///
    /// # Errors
    /// [`Error::Io`]: a decision that cannot be logged must not be acted on.
    pub fn append(&self, day: &str, entry: &AuditEntry) -> Result<()> {
        self.append_all(day, std::slice::from_ref(entry))
    }

    /// Appends `entries` to the file of `day` with one write and one sync (a sync's decisions
    /// are logged as one batch). If a crash or a full disk left the file's last line unfinished,
    /// a newline is written first, so that broken line is skipped on reading and never swallows
    /// the next entry.
    ///
    /// # Errors
    /// [`Error::Io`]: decisions that cannot be logged must not be acted on.
    pub fn append_all(&self, day: &str, entries: &[AuditEntry]) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        std::fs::create_dir_all(&self.dir).map_err(|e| Error::io(&self.dir, e))?;
        let path = self.dir.join(format!("{day}.jsonl"));
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        let mut buf = Vec::with_capacity(entries.len() * 256);
        if ends_unfinished(&mut f).map_err(|e| Error::io(&path, e))? {
            buf.push(b'\n');
        }
        for entry in entries {
            serde_json::to_writer(&mut buf, entry).map_err(|e| Error::Invalid(e.to_string()))?;
            buf.push(b'\n');
        }
        f.write_all(&buf).map_err(|e| Error::io(&path, e))?;
        f.sync_data().map_err(|e| Error::io(&path, e))
    }

    /// Reads every entry, oldest day first, skipping (and counting) lines that do not parse.
    ///
    /// # Errors
    /// [`Error::Io`] when the directory cannot be read.
    pub fn read_all(&self) -> Result<(Vec<AuditEntry>, usize)> {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&self.dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(Error::io(&self.dir, e)),
        };
        files.sort();
        let mut out = Vec::new();
        let mut bad = 0;
        for f in files {
            read_file(&f, &mut out, &mut bad)?;
        }
        Ok((out, bad))
    }
}

/// Whether a (regular) file is non-empty and does not end with a newline.
fn ends_unfinished(f: &mut std::fs::File) -> std::io::Result<bool> {
    use std::io::{Read as _, Seek as _, SeekFrom};
    let meta = f.metadata()?;
    if !meta.is_file() || meta.len() == 0 {
        return Ok(false);
    }
    f.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    f.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}

fn read_file(path: &Path, out: &mut Vec<AuditEntry>, bad: &mut usize) -> Result<()> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match serde_json::from_str(line) {
            Ok(e) => out.push(e),
            Err(_) => *bad += 1,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(d: Decision) -> AuditEntry {
        AuditEntry {
            at_ms: 1,
            decision: d,
            id: "ab".into(),
            title: "t".into(),
            identity: "g".into(),
            tier: Some(1),
            reasons: vec!["because".into()],
            numbers: serde_json::Map::new(),
            flags: vec![],
        }
    }

    #[test]
    fn appends_and_reads_back_skipping_garbage() {
        let dir = tempfile::tempdir().unwrap();
        let log = AuditLog::new(dir.path());
        log.append("2024-01-01", &entry(Decision::Apply)).unwrap();
        log.append("2024-01-02", &entry(Decision::Reject)).unwrap();
        std::fs::write(dir.path().join("2024-01-03.jsonl"), "not json\n").unwrap();
        let (all, bad) = log.read_all().unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].decision, Decision::Reject);
        assert_eq!(bad, 1);
    }
}
