//! Recovery in the middle of a run: when latency climbs while agents drain, one schedule of
//! health probes is shared by all of them (the pool is not probed once per agent), all resume
//! when it recovers, a forced (simulated) latency is never probed away, and a schedule that
//! ran out is not started again in the same run.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::Router;
use axum::routing::get;
use nanoclaw::breaker::{Sensor, Simulation, write_simulation};
use nanoclaw::client::PoolClient;
use nanoclaw::config::{BreakerConfig, PoolConfig, RetryConfig};
use nanoclaw::halt::Halt;
use nanoclaw::sync::Recovery;
use tokio_util::sync::CancellationToken;

/// A pool whose health endpoint answers at once and counts the probes.
async fn serve(probes: Arc<AtomicUsize>) -> String {
    let app = Router::new().route(
        "/pool/health",
        get(move || {
            probes.fetch_add(1, Ordering::SeqCst);
            async { "{}" }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

fn breaker(attempts: u32) -> BreakerConfig {
    BreakerConfig {
        probe_attempts: attempts,
        probe_base_ms: 10,
        probe_max_ms: 20,
        ..BreakerConfig::default()
    }
}

fn client(url: &str, sensor: Sensor) -> PoolClient {
    let pool = PoolConfig {
        url: url.into(),
        ..PoolConfig::default()
    };
    PoolClient::new(
        &pool,
        &RetryConfig::default(),
        Arc::new(sensor),
        Halt::manual(CancellationToken::new()),
    )
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_probe_schedule_is_shared_and_every_agent_resumes() {
    let probes = Arc::new(AtomicUsize::new(0));
    let url = serve(probes.clone()).await;
    let config = breaker(10);
    let sensor = Sensor::new(config.clone());
    for _ in 0..5 {
        sensor.record(Duration::from_secs(10));
    }
    let client = client(&url, sensor);
    let recovery = Arc::new(Recovery::default());
    let waiters: Vec<_> = (0..5)
        .map(|_| {
            let (client, recovery, config) = (client.clone(), recovery.clone(), config.clone());
            tokio::spawn(async move { recovery.wait_healthy(&client, &config).await })
        })
        .collect();
    for w in waiters {
        assert!(w.await.unwrap(), "every agent resumes");
    }
    // (10 + 10 + three fast probes) / 5 < 5 s: three probes in all, not three per agent.
    assert_eq!(probes.load(Ordering::SeqCst), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_schedule_that_runs_out_is_not_restarted_and_a_simulation_is_not_probed() {
    let probes = Arc::new(AtomicUsize::new(0));
    let url = serve(probes.clone()).await;
    let config = breaker(2);
    let sensor = Sensor::new(config.clone());
    for _ in 0..5 {
        sensor.record(Duration::from_secs(40));
    }
    let client = client(&url, sensor);
    let recovery = Recovery::default();
    // (40 x 3 + 2 fast) / 5 = 24 s: still Degraded after the two probes the schedule allows.
    assert!(!recovery.wait_healthy(&client, &config).await);
    assert_eq!(probes.load(Ordering::SeqCst), 2);
    assert!(!recovery.wait_healthy(&client, &config).await);
    assert_eq!(
        probes.load(Ordering::SeqCst),
        2,
        "not probed again this run"
    );

    let dir = tempfile::tempdir().unwrap();
    write_simulation(dir.path(), Some(Simulation { latency_ms: 6_000 })).unwrap();
    let simulated = self::client(&url, Sensor::load(dir.path(), config.clone()));
    assert!(!Recovery::default().wait_healthy(&simulated, &config).await);
    assert_eq!(
        probes.load(Ordering::SeqCst),
        2,
        "a forced latency is not probed"
    );
}
