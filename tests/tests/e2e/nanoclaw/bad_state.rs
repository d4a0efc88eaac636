//! Issue 5's bad input, end to end through the `nanoclaw` binary: a full disk, a corrupt kill
//! switch flag and a corrupt outbox each give a clear message, a non-zero exit and a safe
//! state (nothing half-applied, nothing lost from the outbox, no crash).

use std::process::Output;

use pool_tests::Broker;

use super::support::*;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A parent whose disk fills while it logs its decisions (today's audit file answers every
/// write with ENOSPC, as `/dev/full` does): the sync exits 1 naming the file and the fix,
/// applies nothing, and its own queued draft is still accounted for (sent or pending).
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_fails_the_sync_cleanly_and_applies_nothing() {
    let broker = Broker::start_default();
    let tmp = tempfile::tempdir().unwrap();
    let topic = "tax filing";
    let fast = |c: &mut nanoclaw::config::Config| c.agents.start_jitter_ms = 0;
    let author = enrolled(
        &broker,
        &tmp.path().join("author"),
        &broker.url,
        &[topic],
        fast,
    )
    .await;
    queue(
        &author,
        &group(topic),
        "Receipts folder",
        &good_body(topic, "receipts"),
        &[topic],
        1,
    );
    let out = nanoclaw(&author).arg("flush").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));

    let home = enrolled(
        &broker,
        &tmp.path().join("full"),
        &broker.url,
        &[topic],
        fast,
    )
    .await;
    let mine = queue(
        &home,
        &group(topic),
        "Quarterly estimates",
        &good_body(topic, "quarterly"),
        &[topic],
        1,
    );
    let day = nanoclaw::clock::day_key(nanoclaw::clock::now_ms(), 0);
    let audit_file = home.path("audit").join(format!("{day}.jsonl"));
    std::os::unix::fs::symlink("/dev/full", &audit_file).unwrap();
    let out = nanoclaw(&home).arg("sync").output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("{day}.jsonl")) && err.contains("free space"),
        "{err}"
    );
    assert!(
        applied(&home).is_empty(),
        "nothing applied without its audit line"
    );
    let sent = sent_ids(&home);
    let outbox =
        nanoclaw::outbox::Outbox::open(&home.path("outbox"), std::time::Duration::from_secs(10))
            .unwrap();
    let (pending, corrupt) = outbox.items().unwrap();
    assert_eq!(corrupt, 0);
    assert_eq!(
        sent.len() + pending.iter().filter(|i| i.id == mine).count(),
        1,
        "the draft is sent or still pending"
    );
    drop(outbox);

    // Space again: the next sync applies what the failed one could not.
    std::fs::remove_file(&audit_file).unwrap();
    let out = nanoclaw(&home).arg("sync").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!applied(&home).is_empty());
}

/// A `HALT` file with garbage in it still halts (the safe reading), says so, and `resume`
/// lifts it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_corrupt_halt_flag_halts_and_says_so() {
    let broker = Broker::start_default();
    let tmp = tempfile::tempdir().unwrap();
    let home = enrolled(
        &broker,
        &tmp.path().join("p"),
        &broker.url,
        &["tax filing"],
        |_| {},
    )
    .await;
    std::fs::write(home.halt_path(), b"\xff\x00not json").unwrap();
    let out = nanoclaw(&home).arg("sync").output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("unreadable content"),
        "{}",
        stderr(&out)
    );
    let st = nanoclaw(&home).arg("status").output().unwrap();
    assert_eq!(st.status.code(), Some(4));
    assert!(
        nanoclaw(&home)
            .arg("resume")
            .output()
            .unwrap()
            .status
            .success()
    );
    let out = nanoclaw(&home).arg("sync").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// An outbox whose files are garbage, or only whose data file is: sync and flush refuse with a
/// message naming the outbox and what to do, exit 1 (never a panic, never an outbox silently
/// read as empty), and leave the files in place for recovery.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_corrupt_outbox_is_refused_and_kept() {
    let broker = Broker::start_default();
    let tmp = tempfile::tempdir().unwrap();
    let topic = "tax filing";
    let home = enrolled(
        &broker,
        &tmp.path().join("p"),
        &broker.url,
        &[topic],
        |_| {},
    )
    .await;
    queue(
        &home,
        &group(topic),
        "Receipts folder",
        &good_body(topic, "receipts"),
        &[topic],
        1,
    );
    let outbox = home.path("outbox");
    let mut damaged = Vec::new();
    for f in files_under(&[outbox.as_path()]) {
        let len = std::fs::metadata(&f).unwrap().len() as usize;
        std::fs::write(&f, vec![0xA5; len.max(64)]).unwrap();
        damaged.push(f);
    }
    assert!(!damaged.is_empty());
    for cmd in [&["sync"][..], &["flush"][..]] {
        let out = nanoclaw(&home).args(cmd).output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{cmd:?}: {err}");
        assert!(err.contains("outbox"), "{cmd:?}: {err}");
        assert!(!err.contains("panicked"), "{cmd:?}: {err}");
    }
    for f in &damaged {
        assert!(f.exists(), "{} was kept", f.display());
    }

    // Only the data (log and snapshot) damaged: sled alone would open it as an empty outbox,
    // losing the draft silently; the marker makes it a refusal.
    let home = enrolled(
        &broker,
        &tmp.path().join("q"),
        &broker.url,
        &[topic],
        |_| {},
    )
    .await;
    queue(
        &home,
        &group(topic),
        "Receipts folder",
        &good_body(topic, "receipts"),
        &[topic],
        1,
    );
    let outbox = home.path("outbox");
    for f in files_under(&[outbox.as_path()]) {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        if name == "db" || name.starts_with("snap.") {
            let len = std::fs::metadata(&f).unwrap().len() as usize;
            std::fs::write(&f, vec![0x5A; len]).unwrap();
        }
    }
    let out = nanoclaw(&home).arg("sync").output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("corrupt") && err.contains("mv outbox"),
        "{err}"
    );
}
