//! A lying pool: forged signatures, wrong ids, malformed JSON and oversized answers each give
//! the agent a clear error, and nothing from that answer is applied.
#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::routing::{get, post};
use nanoclaw::config::Config;
use nanoclaw::home::{Home, atomic_write};
use nanoclaw::sync::{SyncOptions, run};
use pool_proto::{Keypair, Limits, PatternDraft};

fn good_body() -> String {
    "# bitcoin fees checklist\n\n1. Measure bitcoin fees for 3 days.\n2. Compare the 2 cheapest options.\n- Keep a log.\n- Review every 7 days.\n".into()
}

async fn serve(answer: Arc<Mutex<String>>) -> String {
    let app = Router::new()
        .route(
            "/patterns/query",
            post(move || {
                let a = answer.clone();
                async move {
                    (
                        [("content-type", "application/json")],
                        a.lock().unwrap().clone(),
                    )
                }
            }),
        )
        .route("/pool/health", get(|| async { "{}" }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_lie_is_named_and_nothing_is_applied() {
    let now = nanoclaw::clock::now_ms();
    let good = PatternDraft {
        title: "Fees".into(),
        body: good_body(),
        interests: vec!["bitcoin fees".into()],
        tier: 0,
        impact: None,
    }
    .sign(&Keypair::generate(), now, 3_600_000, &Limits::default())
    .unwrap();
    let wrap = |p: &serde_json::Value| {
        let mut q = p.clone();
        q["similarity"] = 1.0.into();
        q["quality"] = 9.0.into();
        q["scan"] = serde_json::json!({"verdict": "clean", "engine": "x"});
        serde_json::json!({"patterns": [q], "poolMetrics": {"patterns": 1, "agents": 1, "candidates": 1, "tookMs": 1}}).to_string()
    };
    let good_json = serde_json::to_value(&good).unwrap();
    let mut forged = good_json.clone();
    forged["body"] = "changed after signing".into();
    let mut wrong_id = good_json.clone();
    wrong_id["id"] = "ab".repeat(32).into();
    let cases = [
        (wrap(&forged), "pattern"),
        (wrap(&wrong_id), "id"),
        ("{\"patterns\": [".to_string(), "malformed JSON"),
        (
            format!("{{\"pad\": \"{}\"}}", "x".repeat(5 * 1024 * 1024)),
            "larger than",
        ),
    ];
    let answer = Arc::new(Mutex::new(String::new()));
    let url = serve(answer.clone()).await;
    for (body, expect) in cases {
        *answer.lock().unwrap() = body;
        let dir = tempfile::tempdir().unwrap();
        let home = Home::new(dir.path());
        let mut config = Config::new(&url, &["bitcoin fees".into()]).unwrap();
        config.agents.start_jitter_ms = 0;
        home.init(&config).unwrap();
        atomic_write(&home.config_path(), config.to_commented_toml().as_bytes()).unwrap();
        let s = run(&home, &SyncOptions::default()).await.unwrap();
        assert_eq!((s.failed, s.applied, s.delivered), (1, 0, 0), "{s:?}");
        assert!(
            s.errors[0].contains("bad answer") && s.errors[0].contains(expect),
            "{}",
            s.errors[0]
        );
        assert!(
            std::fs::read_dir(home.path("applied"))
                .unwrap()
                .next()
                .is_none()
        );
    }
    // The honest answer is applied, proving the harness itself is sound.
    *answer.lock().unwrap() = wrap(&good_json);
    let dir = tempfile::tempdir().unwrap();
    let home = Home::new(dir.path());
    let mut config = Config::new(&url, &["bitcoin fees".into()]).unwrap();
    config.agents.start_jitter_ms = 0;
    home.init(&config).unwrap();
    atomic_write(&home.config_path(), config.to_commented_toml().as_bytes()).unwrap();
    let s = run(&home, &SyncOptions::default()).await.unwrap();
    assert_eq!((s.delivered, s.applied), (1, 1), "{s:?}");
}
