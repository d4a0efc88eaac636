//! The midnight herd, scaled for CI: 60 parents whose `nanoclaw sync` runs start at the same
//! instant against one real broker with its default limits. The client's start jitter,
//! retries and the broker's limits must together store every publish, answer no request with
//! a 5xx, and let every parent find the others' patterns. (The 1,000-parent version, with the
//! time to drain, is `pool-sim --scenario herd`.)

use std::sync::Arc;
use std::time::Duration;

use nanoclaw::config::Config;
use nanoclaw::home::Home;
use nanoclaw::outbox::{Draft, Outbox};
use nanoclaw::sync::{SyncOptions, run};
use pool_tests::{Broker, BrokerOptions, honest_draft, now_ms};

const PARENTS: usize = 60;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixty_parents_waking_at_once_all_publish_and_nothing_fails() {
    let broker = Broker::start(BrokerOptions::default());
    let dir = tempfile::tempdir().unwrap();
    let mut homes = Vec::new();
    for i in 0..PARENTS {
        let home = Home::new(dir.path().join(format!("parent-{i}")));
        let mut config =
            Config::new(&broker.url, &["devops, kubernetes operations".into()]).unwrap();
        // This test is about jitter and the broker's limits, not the latency breaker: a loaded
        // CI machine must not turn slow answers into buffered publishes.
        config.breaker.degraded_ms = 600_000;
        config.breaker.critical_ms = 600_000;
        config.pool.timeout_secs = 300;
        let key = home.init(&config).unwrap();
        broker.enroll(&key.public()).await;
        // Each parent has one learning queued for tonight.
        let d = honest_draft(50_000 + i as u64, &["devops", "kubernetes operations"]);
        let outbox = Outbox::open(&home.path("outbox"), Duration::from_secs(5)).unwrap();
        outbox
            .enqueue(
                "devops",
                Draft {
                    title: d.title,
                    body: d.body,
                    interests: d.interests,
                    tier: d.tier,
                    impact: d.impact,
                },
                now_ms(),
            )
            .unwrap();
        drop(outbox);
        homes.push(home);
    }

    // Every timer fires at the same second: all syncs start together.
    let barrier = Arc::new(tokio::sync::Barrier::new(PARENTS));
    let mut tasks = Vec::new();
    for home in homes {
        let barrier = barrier.clone();
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            run(&home, &SyncOptions::default()).await
        }));
    }
    let all = tokio::time::timeout(Duration::from_secs(180), async {
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await.unwrap());
        }
        out
    })
    .await
    .expect("the herd drained within 180 s");

    let mut published = 0;
    for (i, summary) in all.into_iter().enumerate() {
        let s = summary.unwrap_or_else(|e| panic!("parent {i}: sync failed: {e}"));
        assert!(s.errors.is_empty(), "parent {i}: {:?}", s.errors);
        assert_eq!((s.agents, s.completed), (1, 1), "parent {i}: {s:?}");
        assert_eq!(s.pending, 0, "parent {i} kept entries in its outbox");
        published += s.published;
    }
    assert_eq!(published, PARENTS, "every queued publish was stored");

    let (status, stats) = broker.admin_get("/admin/stats").await;
    assert_eq!(status, 200);
    assert_eq!(stats["stored"], PARENTS, "{stats}");
    let rejected = stats["rejected"].as_object().cloned().unwrap_or_default();
    for code in ["internal", "overloaded"] {
        assert!(
            rejected.get(code).is_none_or(|n| n == 0),
            "a herd request got {code}: {stats}"
        );
    }
    assert!(!broker.stderr().contains("panicked"), "{}", broker.stderr());
}
