//! `pool-tester` against the real broker (every check passes) and against a server that
//! answers 200 to everything (the tester names the failing checks precisely and exits 1).

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use pool_tests::{Broker, BrokerOptions};

/// Runs `pool-tester` with `args`, killing it if it runs past `deadline`.
fn run_tester(args: &[&str], deadline: Duration) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let (out, err) = (dir.path().join("out"), dir.path().join("err"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_pool-tester"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .expect("spawning pool-tester");
    let end = Instant::now() + deadline;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > end {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "pool-tester ran past {deadline:?}; output so far:\n{}",
                read(&out)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Output {
        status,
        stdout: std::fs::read(&out).unwrap(),
        stderr: std::fs::read(&err).unwrap(),
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

#[test]
fn the_real_broker_passes_every_check() {
    let broker = Broker::start(BrokerOptions::default());
    let dir = tempfile::tempdir().unwrap();
    let token = dir.path().join("admin.token");
    std::fs::write(&token, &broker.admin_token).unwrap();
    let out = run_tester(
        &[
            "--url",
            &broker.url,
            "--admin-token-file",
            token.to_str().unwrap(),
            "--metrics-url",
            &broker.metrics_url,
        ],
        Duration::from_secs(300),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "pool-tester failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary = stdout.lines().last().unwrap_or_default();
    assert!(
        summary.contains(" 0 failed, 0 skipped"),
        "summary: {summary}\n{stdout}"
    );
    assert!(!stdout.contains("FAIL "), "{stdout}");
    // Every area of the contract was exercised.
    for name in [
        "PASS health.fields",
        "PASS publish.roundtrip",
        "PASS query.unsupported_safety",
        "PASS auth.replayed_nonce",
        "PASS auth.expired_delegation",
        "PASS publish.scanner_rejected.secret",
        "PASS admin.quarantine_restore",
        "PASS rate_limit.publish",
    ] {
        assert!(stdout.contains(name), "{name} missing:\n{stdout}");
    }
    assert!(!broker.stderr().contains("panicked"), "{}", broker.stderr());
}

/// A server that answers `200 {}` to every request, whatever it is.
async fn yes_server() -> (String, tokio::task::JoinHandle<()>) {
    let app = axum::Router::new().fallback(|| async { axum::Json(serde_json::json!({})) });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, server)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_says_yes_to_everything_fails_precisely() {
    let (url, server) = yes_server().await;
    let out = tokio::task::spawn_blocking(move || {
        run_tester(&["--url", &url, "--open"], Duration::from_secs(120))
    })
    .await
    .unwrap();
    server.abort();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    for line in [
        "FAIL query.unsupported_safety: expected 400 unsupported_safety, got 200 {}",
        "FAIL auth.replayed_nonce: expected 409 replayed, got 200 {}",
        "FAIL auth.missing_header.claw-signature: expected 401 bad_signature, got 200 {}",
        "FAIL publish.oversized_body: a 70 KiB body (limit 64 KiB): expected 413 too_large, got 200 {}",
        "FAIL errors.not_found_shape: expected 404, got 200 {}",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in:\n{stdout}");
    }
    let summary = stdout.lines().last().unwrap_or_default();
    assert!(
        summary.contains(" failed") && !summary.contains(" 0 failed"),
        "{summary}"
    );
}

#[test]
fn an_unreachable_server_fails_fast_instead_of_hanging() {
    // A port that was free a moment ago: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let out = run_tester(&["--url", &url, "--open"], Duration::from_secs(120));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "FAIL health.fields: expected 200 JSON for GET /pool/health without auth, got no answer"
        ),
        "{stdout}"
    );
}
