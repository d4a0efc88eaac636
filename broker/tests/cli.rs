//! The `pool-broker` command line: help, configuration errors, `health` against nothing, an
//! `import` → `export` round trip on a data directory (import verifies and scans every line),
//! and the move of a legacy data directory's records to the expiry-ordered layout.
#![allow(missing_docs, clippy::unwrap_used)]

use std::process::Command;

use pool_proto::{Keypair, Limits, PatternDraft};

fn broker() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pool-broker"))
}

fn drill(n: u64, author: &Keypair, ttl_ms: u64) -> pool_proto::Pattern {
    PatternDraft {
        title: format!("Checklist for database failover drills, round {n}"),
        body: format!(
            "1. Announce drill {n} in the on-call channel.\n2. Promote the replica and time the switch.\n\
             3. Verify writes land on the new primary, then record the timings in the runbook."
        ),
        interests: vec!["postgres".into(), "site reliability".into()],
        tier: 1,
        impact: None,
    }
    .sign(author, now_ms(), ttl_ms, &Limits::default())
    .unwrap()
}

/// Runs `pool-broker export` on `data`; returns the exported lines' pattern ids, in order.
fn export_ids(dir: &std::path::Path, data: &std::path::Path) -> Vec<String> {
    let output = dir.join("out.jsonl");
    let out = broker()
        .arg("export")
        .arg(&output)
        .arg("--data")
        .arg(data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&output)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<pool_proto::Pattern>(l).unwrap())
        .inspect(|p| p.verify().unwrap())
        .map(|p| p.id)
        .collect()
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
}

#[test]
fn every_subcommand_has_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["health", "--help"],
        vec!["import", "--help"],
        vec!["export", "--help"],
        vec!["admin", "--help"],
        vec!["admin", "parents", "--help"],
        vec!["default-config", "--help"],
    ] {
        let out = broker().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Usage"),
            "{args:?}"
        );
    }
}

#[test]
fn default_config_is_printed_and_bad_config_is_named() {
    let out = broker().arg("default-config").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[rate_limit]") && text.contains("quality_floor = 7.0"));

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[rate_limit]\nquery_burts = 5\n").unwrap();
    let out = broker()
        .args(["serve", "--config"])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("query_burts"), "{err}");

    let out = broker()
        .args(["serve", "--data"])
        .arg(dir.path().join("d"))
        .env("POOL_BROKER__ADMISSION__QUALITY_FLOOR", "high")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("quality_floor"));
}

#[test]
fn health_of_an_unreachable_broker_fails_clearly() {
    let out = broker()
        .args(["health", "--url", "http://127.0.0.1:9"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot reach"));
}

#[test]
fn import_then_export_round_trips_and_refuses_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let author = Keypair::generate();
    let mut lines = Vec::new();
    let mut ids = Vec::new();
    for n in 0..5 {
        let p = drill(n, &author, 3_600_000);
        ids.push(p.id.clone());
        lines.push(serde_json::to_string(&p).unwrap());
    }
    let mut forged: pool_proto::Pattern = serde_json::from_str(&lines[0]).unwrap();
    forged.title.push_str(" (edited)");
    lines.push(serde_json::to_string(&forged).unwrap());
    lines.push("not json".into());
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();

    let out = broker()
        .arg("import")
        .arg(&input)
        .arg("--data")
        .arg(&data)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("imported 5 patterns (0 already present, 2 refused)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("line 6") && stdout.contains("line 7"),
        "{stdout}"
    );

    let again = broker()
        .arg("import")
        .arg(&input)
        .arg("--data")
        .arg(&data)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("imported 0 patterns (5 already present")
    );

    let mut got = export_ids(dir.path(), &data);
    got.sort();
    ids.sort();
    assert_eq!(got, ids);
}

/// A data directory written by session 6 and older brokers (records under `p` ‖ id, empty
/// expiry entries under `x` ‖ expiresAt ‖ id) is moved to `r` ‖ expiresAt ‖ id when the pool
/// opens: every record is served again, nothing stays behind, and a record that does not parse
/// is left where it was.
#[test]
fn a_legacy_data_directory_is_moved_to_the_expiry_ordered_layout() {
    use pool_broker::store::{Op, PatternState, SledStore, Store, StoredPattern, parse_record_key};

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let author = Keypair::generate();
    let patterns: Vec<_> = (0..3)
        .map(|n| drill(n, &author, 3_600_000 - n * 1000))
        .collect();
    let legacy = |prefix: u8, parts: &[&[u8]]| {
        let mut k = vec![prefix];
        parts.iter().for_each(|p| k.extend_from_slice(p));
        k
    };
    {
        let store = SledStore::open(&data, 1 << 20).unwrap();
        let mut ops = Vec::new();
        for p in &patterns {
            let id = p.id_bytes().unwrap();
            let record = StoredPattern {
                pattern: p.clone(),
                quality: 8.0,
                engine: "legacy".into(),
                findings: Vec::new(),
                state: PatternState::Live,
                stored_at: p.created_at,
            };
            let at = p.expires_at.to_be_bytes();
            ops.push(Op::Put(
                legacy(b'p', &[&id]),
                serde_json::to_vec(&record).unwrap(),
            ));
            ops.push(Op::Put(legacy(b'x', &[&at, &id]), Vec::new()));
        }
        ops.push(Op::Put(legacy(b'p', &[&[7; 32]]), b"not a record".to_vec()));
        store.commit(&ops).unwrap();
    }

    let got = export_ids(dir.path(), &data);
    // Exported in storage order: soonest expiry first.
    let want: Vec<String> = patterns.iter().rev().map(|p| p.id.clone()).collect();
    assert_eq!(got, want);

    let store = SledStore::open(&data, 1 << 20).unwrap();
    let left = store.range(b"p", b"q", 10).unwrap();
    assert_eq!(left.len(), 1, "only the unparseable record stays");
    assert_eq!(left[0].1, b"not a record");
    assert!(store.range(b"x", b"y", 10).unwrap().is_empty());
    let moved = store.range(b"r", b"s", 10).unwrap();
    assert_eq!(moved.len(), 3);
    for (k, _) in &moved {
        let (at, id) = parse_record_key(k).unwrap();
        assert!(
            patterns
                .iter()
                .any(|p| p.expires_at == at && p.id_bytes() == Some(id))
        );
    }
}
