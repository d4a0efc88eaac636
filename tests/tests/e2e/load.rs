//! The load harness, run small: `pool-load` starts its own broker, publishes with as many
//! publishers as asked, queries with its query clients, and writes figures that add up. (Its
//! real use is by hand, for BENCHMARKS.md; this keeps it from rotting.)

use serde_json::Value;

#[test]
fn pool_load_runs_small_and_reports_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("figures.json");
    let out = std::process::Command::new(pool_tests::binary("pool-load"))
        .args([
            "--patterns",
            "40,90",
            "--seconds",
            "1",
            "--concurrency",
            "3",
        ])
        .args(["--publish-concurrency", "5", "--parents", "2", "--json"])
        .arg(&json)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("concurrency 3 (publish 5)"), "{stdout}");
    let figures: Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(figures["publish_concurrency"], 5);
    assert_eq!(figures["concurrency"], 3);
    for (phase, requests) in [("publish_to_40", 40), ("publish_to_90", 50)] {
        assert_eq!(figures[phase]["requests"], requests, "{phase}: {figures}");
        assert_eq!(figures[phase]["errors"], 0, "{phase}: {figures}");
    }
    for phase in ["query_at_40", "query_at_90"] {
        assert!(figures[phase]["requests"].as_u64().unwrap() > 0, "{phase}");
        assert_eq!(figures[phase]["errors"], 0, "{phase}: {figures}");
    }
    assert!(figures["broker_rss_mib"].as_f64().unwrap() > 0.0);
}
