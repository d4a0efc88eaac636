//! Issue 5 end to end: the client's brakes, with a real broker behind a real TCP proxy.

use std::time::{Duration, Instant};

use nanoclaw::audit::Decision;
use nanoclaw::breaker::Health;
use nanoclaw::sync::{SyncOptions, run};
use pool_tests::{Broker, BrokerOptions};

use super::support::*;

/// Live patterns the broker holds, from its unauthenticated health endpoint.
async fn live_patterns(broker: &Broker) -> u64 {
    let h: serde_json::Value = reqwest::get(format!("{}/pool/health", broker.url))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    h["patterns"].as_u64().unwrap()
}

/// Titles and bodies of what the broker returns for `interests` (asked by a fresh agent).
async fn stored(broker: &Broker, interests: &[&str]) -> Vec<(String, String)> {
    let parent = std::sync::Arc::new(pool_proto::Keypair::generate());
    broker.enroll(&parent.public()).await;
    let c = pool_tests::Client::new(&broker.url, parent, Duration::from_secs(60));
    let a = c.query(interests).await;
    assert_eq!(a.status, 200, "{:?}", a.body);
    a.body["patterns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["title"].as_str().unwrap().to_string(),
                p["body"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A counter from the broker's metrics: the sum of the lines that contain every `needle`.
async fn metric(broker: &Broker, needles: &[&str]) -> f64 {
    let mut url = broker.metrics_url.clone();
    if !url.ends_with("/metrics") {
        url.push_str("/metrics");
    }
    let text = reqwest::get(url).await.unwrap().text().await.unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && needles.iter().all(|n| l.contains(n)))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

/// Under an injected 6 s latency the breaker turns Degraded and publishes are buffered, none
/// sent; after recovery a flush coalesces (the older version is superseded and audited) and
/// drains once; the broker holds exactly the newest version and the other entry.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_pool_buffers_then_recovery_drains_once_coalesced() {
    let broker = Broker::start_default();
    let proxy = Proxy::start(&broker.url).await;
    proxy.set(Mode::Delay(Duration::from_secs(6)));
    let tmp = tempfile::tempdir().unwrap();
    let topic = "sourdough baking";
    let home = enrolled(
        &broker,
        &tmp.path().join("parent"),
        &proxy.url(),
        &[topic],
        |_| {},
    )
    .await;
    queue(
        &home,
        "sourdough-baking",
        "Starter plan",
        &good_body(topic, "version one"),
        &[topic],
        0,
    );
    queue(
        &home,
        "sourdough-baking",
        "Starter plan",
        &good_body(topic, "version two"),
        &[topic],
        0,
    );
    queue(
        &home,
        "sourdough-baking",
        "Oven plan",
        &good_body(topic, "oven"),
        &[topic],
        0,
    );

    let s = run(&home, &SyncOptions::default()).await.unwrap();
    assert_eq!(s.health, Health::Degraded, "{s:?}");
    assert_eq!(
        (s.published, s.buffered, s.superseded, s.pending),
        (0, 2, 1, 2),
        "{s:?}"
    );
    assert_eq!(
        live_patterns(&broker).await,
        0,
        "nothing was sent while degraded"
    );

    proxy.set(Mode::Pass);
    let s = run(
        &home,
        &SyncOptions {
            publish_only: true,
            ..SyncOptions::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(s.health, Health::Healthy, "probes saw the recovery: {s:?}");
    assert_eq!((s.published, s.pending), (2, 0), "{s:?}");
    let mut got = stored(&broker, &[topic]).await;
    got.sort();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].0, "Oven plan");
    assert_eq!(got[1].0, "Starter plan");
    assert!(got[1].1.contains("version two"), "the newer version won");
    let log = audit(&home);
    assert_eq!(
        log.iter()
            .filter(|e| e.decision == Decision::Supersede)
            .count(),
        1
    );
    let again = run(
        &home,
        &SyncOptions {
            publish_only: true,
            ..SyncOptions::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(again.published, 0, "drained once");
    assert_eq!(live_patterns(&broker).await, 2);
}

/// `kill -9` of a flush in the middle of its drain loses nothing and stores nothing twice: the
/// next flush reconciles what was in flight and sends the rest.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_nine_mid_drain_loses_nothing_and_stores_nothing_twice() {
    let broker = Broker::start_default();
    let tmp = tempfile::tempdir().unwrap();
    let topic = "marathon training";
    let home = enrolled(
        &broker,
        &tmp.path().join("parent"),
        &broker.url,
        &[topic],
        |c| {
            c.breaker.drain_rate_per_sec = 3.0;
            c.breaker.drain_jitter_ms = 0;
        },
    )
    .await;
    for i in 0..8 {
        queue(
            &home,
            "marathon-training",
            &format!("Long run week {i}"),
            &good_body(topic, &format!("week {i}")),
            &[topic],
            0,
        );
    }
    let mut child = nanoclaw(&home)
        .arg("flush")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while live_patterns(&broker).await < 3 {
        assert!(Instant::now() < deadline, "the drain never started");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let out = nanoclaw(&home).arg("flush").output().unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        live_patterns(&broker).await,
        8,
        "every entry stored exactly once"
    );
    assert_eq!(metric(&broker, &["patterns_stored"]).await, 8.0);
    let mut titles: Vec<String> = stored(&broker, &[topic])
        .await
        .into_iter()
        .map(|t| t.0)
        .collect();
    titles.sort();
    titles.dedup();
    assert_eq!(titles.len(), 8);
    assert!(
        String::from_utf8_lossy(&nanoclaw(&home).arg("status").output().unwrap().stdout)
            .contains("outbox   0 pending")
    );
}

/// `nanoclaw halt` stops a sync whose request is stuck on a stalled network: the sync exits
/// with the halt code soon after, and the outbox is kept. The halt-to-exit time is printed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn halt_stops_a_sync_stuck_on_a_stalled_request() {
    let broker = Broker::start_default();
    let proxy = Proxy::start(&broker.url).await;
    proxy.set(Mode::Stall);
    let tmp = tempfile::tempdir().unwrap();
    let topic = "tax filing";
    let home = enrolled(
        &broker,
        &tmp.path().join("parent"),
        &proxy.url(),
        &[topic],
        |c| c.agents.start_jitter_ms = 0,
    )
    .await;
    queue(
        &home,
        "tax-filing",
        "Receipts folder",
        &good_body(topic, "receipts"),
        &[topic],
        0,
    );
    let mut child = nanoclaw(&home)
        .arg("sync")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let before = proxy.chunks.load(std::sync::atomic::Ordering::SeqCst);
    wait_until(
        "a request stuck in the proxy",
        Duration::from_secs(30),
        || proxy.chunks.load(std::sync::atomic::Ordering::SeqCst) > before,
    )
    .await;
    let halted_at = Instant::now();
    assert!(
        nanoclaw(&home)
            .arg("halt")
            .output()
            .unwrap()
            .status
            .success()
    );
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            halted_at.elapsed() < Duration::from_secs(20),
            "the sync ignored the halt"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    println!("halt-to-exit: {} ms", halted_at.elapsed().as_millis());
    assert_eq!(status.code(), Some(4));
    let st = nanoclaw(&home).arg("status").output().unwrap();
    assert_eq!(st.status.code(), Some(4), "status says halted");
    let text = String::from_utf8_lossy(&st.stdout);
    assert!(
        text.contains("HALTED") && text.contains("1 pending"),
        "{text}"
    );
    // While halted nothing starts; resume lifts it.
    assert_eq!(
        nanoclaw(&home).arg("sync").output().unwrap().status.code(),
        Some(4)
    );
    assert!(
        nanoclaw(&home)
            .arg("resume")
            .output()
            .unwrap()
            .status
            .success()
    );
    assert_eq!(live_patterns(&broker).await, 0);
}

/// A tight query rate limit answers 429 with Retry-After; the agents back off, honour it, and
/// all finish.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_are_backed_off_with_retry_after() {
    let broker = Broker::start(
        BrokerOptions::default()
            .set("RATE_LIMIT__QUERY_BURST", 2)
            .set("RATE_LIMIT__QUERY_PER_MINUTE", 60),
    );
    let tmp = tempfile::tempdir().unwrap();
    let home = enrolled(
        &broker,
        &tmp.path().join("parent"),
        &broker.url,
        &TOPICS[..6],
        |c| {
            c.agents.start_jitter_ms = 0;
            c.retry.attempts = 12;
        },
    )
    .await;
    let s = run(&home, &SyncOptions::default()).await.unwrap();
    assert_eq!(s.completed, 6, "{:?}", s.errors);
    assert!(
        metric(&broker, &["requests_rejected", "rate_limited"]).await >= 1.0,
        "the broker did rate-limit"
    );
}
