//! `pool-broker`: the pattern pool's HTTP service.
//!
//! The binary is thin glue over this library. [`serve`] takes listeners the caller bound (so
//! tests bind `127.0.0.1:0`) and a shutdown future; it runs the API and metrics servers until
//! shutdown, then lets in-flight requests finish, stops the background tasks and waits for the
//! writer to make the last acknowledged writes durable.
//!
//! Code map: [`api`] (routes, admission pipeline), [`answer`] (query answers from stored
//! records), [`admin`] (operator API), [`auth`] (signed
//! requests, bearer token), [`limits`] (rate limits), [`store`] (sled behind a trait, the group-
//! commit writer), [`index`] (matching), [`state`] (shared state, sweeper), [`config`],
//! [`metrics`], [`clock`], [`error`], [`transfer`] (import/export).

pub mod admin;
pub mod answer;
pub mod api;
pub mod auth;
pub mod clock;
pub mod config;
pub mod error;
pub mod index;
pub mod limits;
pub mod metrics;
pub mod state;
pub mod store;
pub mod transfer;

use std::future::Future;

use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

pub use config::Config;
pub use state::{AppState, Pool};

/// Runs the broker on `api` (and `metrics`, when given its own listener) until `shutdown`
/// completes, then drains: in-flight requests finish, background tasks stop, and the writer
/// thread finishes every queued write before this returns.
///
/// # Errors
/// When a listener fails.
pub async fn serve(
    pool: AppState,
    writer_thread: std::thread::JoinHandle<()>,
    api: TcpListener,
    metrics: Option<TcpListener>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let cancel = CancellationToken::new();
    let tracker = TaskTracker::new();
    pool.spawn_background(&tracker, cancel.clone());

    let mut app = api::app(pool.clone());
    if let Some(listener) = metrics {
        let stop = cancel.clone();
        let router = api::metrics_app(pool.clone());
        tracker.spawn(async move {
            let served = axum::serve(listener, router)
                .with_graceful_shutdown(async move { stop.cancelled().await });
            if let Err(e) = served.await {
                tracing::error!(error = %e, "metrics listener failed");
            }
        });
    } else {
        app = app.merge(api::metrics_app(pool.clone()));
    }
    let stop = cancel.clone();
    let result = axum::serve(api, app)
        .with_graceful_shutdown(async move {
            shutdown.await;
            tracing::info!("shutting down: finishing in-flight requests");
            stop.cancel();
        })
        .await;
    cancel.cancel();
    tracker.close();
    tracker.wait().await;
    // The last handle to the writer goes with the pool; the thread then drains and exits.
    drop(pool);
    tokio::task::spawn_blocking(move || {
        if writer_thread.join().is_err() {
            tracing::error!("the writer thread panicked");
        }
    })
    .await
    .ok();
    tracing::info!("stopped");
    result
}
