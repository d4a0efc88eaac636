//! Cold start and backup: `import` loads signed patterns from JSON lines into a stopped pool's
//! data directory (each verified, shape-checked and scanned like a publish), and `export`
//! writes the live set out in the same format.

use std::io::{BufRead, Write};

use pool_proto::Pattern;
use scanner::ScanInput;

use crate::state::AppState;
use crate::store::{PatternState, RECORD, StoredPattern};

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// Patterns newly stored.
    pub stored: u64,
    /// Patterns already present.
    pub present: u64,
    /// Lines refused, with their line number and reason.
    pub refused: Vec<(usize, String)>,
}

/// Imports JSON lines of signed patterns.
///
/// # Errors
/// Reading the input or writing the store.
pub async fn import(pool: &AppState, input: impl BufRead) -> anyhow::Result<ImportReport> {
    let mut report = ImportReport::default();
    let now = pool.now_ms();
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let p: Pattern = match serde_json::from_str(&line) {
            Ok(p) => p,
            Err(e) => {
                report.refused.push((n + 1, format!("not a pattern: {e}")));
                continue;
            }
        };
        if let Err(e) = p
            .check_shape(&pool.config.limits, now)
            .and_then(|()| p.verify())
        {
            report.refused.push((n + 1, e.to_string()));
            continue;
        }
        let Some(id) = p.id_bytes() else { continue };
        if pool
            .index
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&id)
            .is_some()
        {
            report.present += 1;
            continue;
        }
        let scan = pool.scanner.scan(&ScanInput {
            id: Some(&p.id),
            title: &p.title,
            body: &p.body,
            interests: &p.interests,
        });
        let scan = match scan {
            Ok(s) if s.is_clean() || !pool.config.admission.scan => s,
            Ok(s) => {
                let rules: Vec<String> = s.findings.iter().map(|f| f.rule.clone()).collect();
                report
                    .refused
                    .push((n + 1, format!("scanner refused it: {}", rules.join(", "))));
                continue;
            }
            Err(e) => {
                report.refused.push((n + 1, format!("scanner failed: {e}")));
                continue;
            }
        };
        let record = StoredPattern {
            quality: scan.quality,
            engine: scan.engine,
            findings: scan.findings,
            state: PatternState::Live,
            stored_at: now,
            pattern: p,
        };
        pool.put_pattern(id, &record).await?;
        report.stored += 1;
    }
    Ok(report)
}

/// Writes every live, unquarantined pattern as one JSON line; returns how many.
///
/// # Errors
/// Reading the store or writing the output.
pub fn export(pool: &AppState, mut out: impl Write) -> anyhow::Result<u64> {
    let now = pool.now_ms();
    let mut from = vec![RECORD];
    let mut n = 0;
    loop {
        let page = pool.store.range(&from, &[RECORD + 1], 1024)?;
        let Some((last, _)) = page.last() else { break };
        from = last.clone();
        from.push(0);
        for (_, v) in page {
            let r: StoredPattern = serde_json::from_slice(&v)?;
            if r.state == PatternState::Live && r.pattern.expires_at > now {
                serde_json::to_writer(&mut out, &r.pattern)?;
                out.write_all(b"\n")?;
                n += 1;
            }
        }
    }
    out.flush()?;
    Ok(n)
}
