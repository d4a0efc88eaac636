//! Prometheus metrics. Counters are updated on the request path (atomic adds); gauges that
//! describe the pool (live patterns, nonces, tracked parents) are sampled when `/metrics` is
//! scraped.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::store::WriterObserver;

/// Labels naming an endpoint.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabel {
    /// `publish`, `query`, `health`, `admin`.
    pub route: &'static str,
}

/// Labels naming an error code.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CodeLabel {
    /// The wire error code.
    pub code: &'static str,
}

/// Every metric the broker exports.
pub struct Metrics {
    registry: Registry,
    /// Patterns stored (new ids only).
    pub stored: Counter,
    /// Publishes of an id already stored.
    pub republished: Counter,
    /// Patterns deleted by the sweeper.
    pub expired: Counter,
    /// Refusals by error code.
    pub rejected: Family<CodeLabel, Counter>,
    /// Request latency by route.
    pub latency: Family<RouteLabel, Histogram>,
    /// Jobs per group commit.
    pub batch_jobs: Histogram,
    /// Seconds per group commit (apply and flush).
    pub batch_seconds: Histogram,
    /// Failed group commits.
    pub write_errors: Counter,
    /// Live patterns (sampled at scrape).
    pub live_patterns: Gauge,
    /// Distinct agents in the last hour (sampled at scrape).
    pub agents: Gauge,
    /// Remembered nonces (sampled at scrape).
    pub nonces: Gauge,
    /// Parents with rate-limit state (sampled at prune).
    pub limiter_keys: Gauge,
    /// Writer backlog (sampled at scrape).
    pub writer_backlog: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("pool");
        let stored = Counter::default();
        let republished = Counter::default();
        let expired = Counter::default();
        let rejected = Family::<CodeLabel, Counter>::default();
        let latency = Family::<RouteLabel, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.0001, 2.0, 18))
        });
        let batch_jobs = Histogram::new(exponential_buckets(1.0, 2.0, 12));
        let batch_seconds = Histogram::new(exponential_buckets(0.0001, 2.0, 16));
        let write_errors = Counter::default();
        let live_patterns = Gauge::default();
        let agents = Gauge::default();
        let nonces = Gauge::default();
        let limiter_keys = Gauge::default();
        let writer_backlog = Gauge::default();
        registry.register(
            "patterns_stored",
            "Patterns stored (new ids)",
            stored.clone(),
        );
        registry.register(
            "patterns_republished",
            "Publishes of an id already stored",
            republished.clone(),
        );
        registry.register(
            "patterns_expired",
            "Expired patterns deleted by the sweeper",
            expired.clone(),
        );
        registry.register(
            "requests_rejected",
            "Refused requests by error code",
            rejected.clone(),
        );
        registry.register(
            "request_duration_seconds",
            "Request latency by route",
            latency.clone(),
        );
        registry.register(
            "write_batch_jobs",
            "Writes made durable per group commit",
            batch_jobs.clone(),
        );
        registry.register(
            "write_batch_seconds",
            "Seconds per group commit",
            batch_seconds.clone(),
        );
        registry.register("write_errors", "Failed group commits", write_errors.clone());
        registry.register("patterns_live", "Live patterns", live_patterns.clone());
        registry.register(
            "agents_last_hour",
            "Distinct agents seen in the last hour",
            agents.clone(),
        );
        registry.register("nonces_held", "Request nonces remembered", nonces.clone());
        registry.register(
            "rate_limit_keys",
            "Parents with rate-limit state",
            limiter_keys.clone(),
        );
        registry.register(
            "writer_backlog",
            "Writes waiting for the writer",
            writer_backlog.clone(),
        );
        Metrics {
            registry,
            stored,
            republished,
            expired,
            rejected,
            latency,
            batch_jobs,
            batch_seconds,
            write_errors,
            live_patterns,
            agents,
            nonces,
            limiter_keys,
            writer_backlog,
        }
    }
}

impl Metrics {
    /// Counts a refusal.
    pub fn reject(&self, code: pool_proto::ErrorCode) {
        self.rejected
            .get_or_create(&CodeLabel {
                code: code.as_str(),
            })
            .inc();
    }

    /// The text exposition format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        // Encoding into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}

impl WriterObserver for Metrics {
    fn batch(&self, jobs: usize, seconds: f64, ok: bool) {
        self.batch_jobs.observe(jobs as f64);
        self.batch_seconds.observe(seconds);
        if !ok {
            self.write_errors.inc();
        }
    }
}
