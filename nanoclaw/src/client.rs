//! The pool client: signed requests over reqwest, 429/503 backoff, latency sensing, the kill
//! switch, and distrust of every answer.
//!
//! * Every request is signed by an agent ([`RequestSigner`]) as DESIGN.md section 4 says, with
//!   a fresh timestamp and nonce per attempt.
//! * 429 and 503 are retried with exponential backoff with full jitter, never sooner than the
//!   pool's `Retry-After`, and never past the agent's deadline.
//! * Each response's latency (send to response head) feeds the [`Sensor`].
//! * Every request and every wait races with the kill switch's token, so a halt abandons it
//!   at once; an agent's deadline bounds it too.
//! * Answers are hostile input: bodies are read with a size cap, JSON is parsed strictly, and
//!   [`PoolClient::query`] verifies every pattern's id, signature and shape before anyone sees
//!   it. One bad pattern makes the whole answer a [`ClientError::Lying`].

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use pool_proto::wire::{
    ErrorCode, HealthResponse, PublishRequest, PublishResponse, QueryRequest, QueryResponse,
};
use pool_proto::{Limits, Pattern, ProtoError, RequestAuth};
use thiserror::Error;
use tokio::time::Instant;

use crate::breaker::Sensor;
use crate::clock::now_ms;
use crate::config::{PoolConfig, RetryConfig};
use crate::halt::Halt;

/// Why a pool request failed.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ClientError {
    /// No connection could be made, or it broke.
    #[error(
        "cannot reach the pool at {url}: {message} (fix: check pool.url in config.toml and that the broker runs)"
    )]
    Unreachable {
        /// The URL.
        url: String,
        /// What the transport said.
        message: String,
    },
    /// No answer in time.
    #[error("the pool at {url} did not answer within {after_ms} ms")]
    Timeout {
        /// The URL.
        url: String,
        /// How long we waited.
        after_ms: u64,
    },
    /// The pool answered with an error.
    #[error("the pool refused {what}: {code} (HTTP {status}): {message} (fix: {fix})")]
    Refused {
        /// What was asked.
        what: &'static str,
        /// HTTP status.
        status: u16,
        /// The error code (`snake_case`), or `http_<status>` when the body had none.
        code: String,
        /// The pool's message.
        message: String,
        /// `Retry-After`, in seconds, when given.
        retry_after: Option<u64>,
        /// What to do about it.
        fix: &'static str,
    },
    /// The pool's answer is malformed, oversized, or carries forged patterns.
    #[error("the pool sent a bad answer to {what}: {problem}; nothing from it was used")]
    Lying {
        /// What was asked.
        what: &'static str,
        /// What is wrong with the answer.
        problem: String,
    },
    /// The kill switch tripped.
    #[error("halted by the kill switch")]
    Halted,
    /// The agent's deadline passed.
    #[error("the agent's time to live ran out")]
    Expired,
    /// The request could not be signed.
    #[error("cannot sign the request: {0}")]
    Sign(ProtoError),
    /// The breaker is Critical: nothing is sent.
    #[error(
        "the pool is critically slow (mean acknowledgement {mean_ms} ms): nothing is sent until it recovers"
    )]
    Critical {
        /// The rolling mean latency.
        mean_ms: u64,
    },
}

impl ClientError {
    /// The wire error code, when the pool gave one.
    pub fn code(&self) -> Option<&str> {
        match self {
            ClientError::Refused { code, .. } => Some(code),
            _ => None,
        }
    }

    /// Whether the request may have reached the pool and been acted on (a publish that ends
    /// like this must be reconciled, not assumed lost).
    pub fn maybe_delivered(&self) -> bool {
        matches!(
            self,
            ClientError::Timeout { .. }
                | ClientError::Halted
                | ClientError::Expired
                | ClientError::Unreachable { .. }
                | ClientError::Lying { .. }
        )
    }
}

/// What to do about each refusal code.
fn fix_for(code: &str) -> &'static str {
    match code {
        "unknown_parent" => {
            "ask the pool operator to enroll this parent's public key (`nanoclaw status` prints it)"
        }
        "delegation_expired" => {
            "the agent outlived its delegation: check this machine's clock and agents.ttl_secs"
        }
        "clock_skew" => "this machine's clock differs from the pool's: synchronise it (NTP)",
        "bad_signature" => {
            "requests are altered on the way, or the parent key is damaged: check proxies and parent.key"
        }
        "replayed" => "a request was repeated; it is safe to run the sync again",
        "rate_limited" | "overloaded" => {
            "the pool is busy; the client backed off and gave up: run the sync later"
        }
        "scanner_rejected" => {
            "the pool's scanner judged the pattern unsafe: edit it and queue it again"
        }
        "below_quality_floor" => {
            "the pattern is too thin for the pool: expand it and queue it again"
        }
        "bad_field" | "bad_json" | "too_large" => {
            "the pattern breaks the protocol's limits: fix it and queue it again"
        }
        "unsupported_version" | "unsupported_safety" => {
            "upgrade nanoclaw to a version the pool speaks"
        }
        "unauthorized" => {
            "the request was not accepted as signed: check the clock and the parent key"
        }
        _ => "see the pool operator's logs for the request id",
    }
}

/// What signs an agent's requests. Implemented only by the agent, which keeps its key private.
pub trait RequestSigner: Send + Sync {
    /// Signs one request.
    ///
    /// # Errors
    /// [`ProtoError`] when the request cannot be encoded.
    fn sign(
        &self,
        method: &str,
        path: &str,
        timestamp_ms: u64,
        body: &[u8],
    ) -> Result<RequestAuth, ProtoError>;

    /// The instant after which nothing may be sent.
    fn deadline(&self) -> Instant;
}

/// A response as read: status, `Retry-After`, body.
struct Raw {
    status: u16,
    retry_after: Option<u64>,
    body: Vec<u8>,
}

/// The pool client. Cheap to clone; one per run, shared by every agent.
#[derive(Clone)]
pub struct PoolClient {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base: String,
    timeout: Duration,
    max_response: usize,
    retry: RetryConfig,
    sensor: Arc<Sensor>,
    halt: Halt,
    limits: Limits,
}

impl std::fmt::Debug for PoolClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PoolClient({})", self.inner.base)
    }
}

impl PoolClient {
    /// A client for the pool of `config`.
    ///
    /// # Errors
    /// [`ClientError::Unreachable`] when the HTTP client cannot be built.
    pub fn new(
        config: &PoolConfig,
        retry: &RetryConfig,
        sensor: Arc<Sensor>,
        halt: Halt,
    ) -> Result<Self, ClientError> {
        let timeout = Duration::from_secs(config.timeout_secs.max(1));
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10).min(timeout))
            .pool_idle_timeout(Duration::from_secs(30))
            .user_agent(concat!("nanoclaw/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ClientError::Unreachable {
                url: config.url.clone(),
                message: e.to_string(),
            })?;
        Ok(PoolClient {
            inner: Arc::new(Inner {
                http,
                base: config.url.trim_end_matches('/').to_string(),
                timeout,
                max_response: config.max_response_bytes,
                retry: retry.clone(),
                sensor,
                halt,
                limits: Limits::default(),
            }),
        })
    }

    /// The latency sensor.
    pub fn sensor(&self) -> &Arc<Sensor> {
        &self.inner.sensor
    }

    /// The kill switch.
    pub fn halt(&self) -> &Halt {
        &self.inner.halt
    }

    /// The base URL.
    pub fn base(&self) -> &str {
        &self.inner.base
    }

    /// `POST /patterns/query`, with every returned pattern verified.
    ///
    /// # Errors
    /// [`ClientError`]; [`ClientError::Lying`] when any pattern is forged or malformed.
    pub async fn query(
        &self,
        signer: &dyn RequestSigner,
        request: &QueryRequest,
    ) -> Result<QueryResponse, ClientError> {
        let what = "a query";
        let body = serde_json::to_vec(request).map_err(|e| ClientError::Lying {
            what,
            problem: e.to_string(),
        })?;
        let raw = self
            .signed(
                signer,
                what,
                "/patterns/query",
                body,
                self.inner.max_response,
            )
            .await?;
        let resp: QueryResponse = self.decode(what, raw)?;
        let limit = request
            .limit
            .unwrap_or(pool_proto::wire::DEFAULT_QUERY_LIMIT) as usize;
        if resp.patterns.len() > limit {
            return Err(ClientError::Lying {
                what,
                problem: format!("{} patterns for a limit of {limit}", resp.patterns.len()),
            });
        }
        let now = now_ms();
        let mut seen = HashSet::new();
        for q in &resp.patterns {
            check_pattern(&q.pattern, &self.inner.limits, now).map_err(|e| ClientError::Lying {
                what,
                problem: format!("pattern {:?}: {e}", short(&q.pattern.id)),
            })?;
            if !seen.insert(q.pattern.id.as_str()) {
                return Err(ClientError::Lying {
                    what,
                    problem: format!("pattern {} appears twice", short(&q.pattern.id)),
                });
            }
            if !q.similarity.is_finite() || !q.quality.is_finite() {
                return Err(ClientError::Lying {
                    what,
                    problem: "a similarity or quality is not a number".into(),
                });
            }
        }
        Ok(resp)
    }

    /// `POST /patterns/publish` of a pattern the signer authored.
    ///
    /// # Errors
    /// [`ClientError`]; [`ClientError::Lying`] when the pool acknowledges another id.
    pub async fn publish(
        &self,
        signer: &dyn RequestSigner,
        pattern: &Pattern,
    ) -> Result<PublishResponse, ClientError> {
        let what = "a publish";
        let request = PublishRequest {
            pattern: pattern.clone(),
            from_agent_id: pattern.author.clone(),
            timestamp: now_ms(),
        };
        let body = serde_json::to_vec(&request).map_err(|e| ClientError::Lying {
            what,
            problem: e.to_string(),
        })?;
        let raw = self
            .signed(signer, what, "/patterns/publish", body, 64 * 1024)
            .await?;
        let resp: PublishResponse = self.decode(what, raw)?;
        if resp.id != pattern.id || !resp.stored {
            return Err(ClientError::Lying {
                what,
                problem: format!(
                    "acknowledged id {} (stored: {}) for pattern {}",
                    short(&resp.id),
                    resp.stored,
                    short(&pattern.id)
                ),
            });
        }
        Ok(resp)
    }

    /// `GET /pool/health` (unsigned): the breaker's cheap probe. Its latency feeds the sensor.
    ///
    /// # Errors
    /// [`ClientError`].
    pub async fn health(&self) -> Result<HealthResponse, ClientError> {
        let what = "a health probe";
        self.check_halt()?;
        let url = format!("{}/pool/health", self.inner.base);
        let req = self.inner.http.get(&url).timeout(self.inner.timeout);
        let deadline = Instant::now() + self.inner.timeout;
        let raw = self.exchange(what, &url, req, deadline, 64 * 1024).await?;
        self.decode(what, raw)
    }

    fn check_halt(&self) -> Result<(), ClientError> {
        self.inner.halt.check().map_err(|_| ClientError::Halted)
    }

    /// Sends one signed POST, retrying 429 and 503.
    async fn signed(
        &self,
        signer: &dyn RequestSigner,
        what: &'static str,
        path: &str,
        body: Vec<u8>,
        max_bytes: usize,
    ) -> Result<Raw, ClientError> {
        let url = format!("{}{path}", self.inner.base);
        let deadline = signer.deadline();
        let attempts = self.inner.retry.attempts.max(1);
        let mut attempt = 0;
        loop {
            self.check_halt()?;
            if Instant::now() >= deadline {
                return Err(ClientError::Expired);
            }
            let auth = signer
                .sign("POST", path, now_ms(), &body)
                .map_err(ClientError::Sign)?;
            let mut req = self
                .inner
                .http
                .post(&url)
                .timeout(self.inner.timeout)
                .header("content-type", "application/json")
                .body(body.clone());
            for (name, value) in auth.headers() {
                req = req.header(name, value);
            }
            let raw = self.exchange(what, &url, req, deadline, max_bytes).await?;
            attempt += 1;
            if !(raw.status == 429 || raw.status == 503) || attempt >= attempts {
                return Ok(raw);
            }
            let delay = backoff_delay(&self.inner.retry, attempt - 1, raw.retry_after);
            if Instant::now() + delay >= deadline {
                // Waiting would outlive the agent: report the refusal as it is.
                return Ok(raw);
            }
            tracing::debug!(
                status = raw.status,
                ?delay,
                attempt,
                "pool busy: backing off"
            );
            tokio::select! {
                _ = self.inner.halt.token().cancelled() => return Err(ClientError::Halted),
                _ = tokio::time::sleep(delay) => {}
            }
        }
    }

    /// One exchange: send, time the head, read the body under the cap, race the kill switch
    /// and the deadline.
    async fn exchange(
        &self,
        what: &'static str,
        url: &str,
        req: reqwest::RequestBuilder,
        deadline: Instant,
        max_bytes: usize,
    ) -> Result<Raw, ClientError> {
        let started = Instant::now();
        let sensor = &self.inner.sensor;
        let work = async {
            let resp = match req.send().await {
                Ok(r) => r,
                Err(e) => {
                    if e.is_timeout() {
                        sensor.record(started.elapsed());
                        return Err(ClientError::Timeout {
                            url: url.to_string(),
                            after_ms: started.elapsed().as_millis() as u64,
                        });
                    }
                    return Err(ClientError::Unreachable {
                        url: url.to_string(),
                        message: error_chain(&e),
                    });
                }
            };
            sensor.record(started.elapsed());
            let status = resp.status().as_u16();
            let retry_after = resp
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok());
            if resp.content_length().is_some_and(|n| n > max_bytes as u64) {
                return Err(ClientError::Lying {
                    what,
                    problem: format!("the answer is larger than {max_bytes} bytes"),
                });
            }
            let mut resp = resp;
            let mut body = Vec::new();
            loop {
                match resp.chunk().await {
                    Ok(Some(chunk)) => {
                        if body.len() + chunk.len() > max_bytes {
                            return Err(ClientError::Lying {
                                what,
                                problem: format!("the answer is larger than {max_bytes} bytes"),
                            });
                        }
                        body.extend_from_slice(&chunk);
                    }
                    Ok(None) => break,
                    Err(e) if e.is_timeout() => {
                        return Err(ClientError::Timeout {
                            url: url.to_string(),
                            after_ms: started.elapsed().as_millis() as u64,
                        });
                    }
                    Err(e) => {
                        return Err(ClientError::Unreachable {
                            url: url.to_string(),
                            message: error_chain(&e),
                        });
                    }
                }
            }
            Ok(Raw {
                status,
                retry_after,
                body,
            })
        };
        tokio::select! {
            biased;
            _ = self.inner.halt.token().cancelled() => Err(ClientError::Halted),
            _ = tokio::time::sleep_until(deadline) => {
                sensor.record(started.elapsed());
                Err(ClientError::Expired)
            }
            r = work => r,
        }
    }

    /// Turns a raw answer into `T` or the pool's refusal.
    fn decode<T: serde::de::DeserializeOwned>(
        &self,
        what: &'static str,
        raw: Raw,
    ) -> Result<T, ClientError> {
        if (200..300).contains(&raw.status) {
            return serde_json::from_slice(&raw.body).map_err(|e| ClientError::Lying {
                what,
                problem: format!("malformed JSON ({e})"),
            });
        }
        let (code, message) = match serde_json::from_slice::<serde_json::Value>(&raw.body) {
            Ok(v) => {
                let code = v["error"]["code"].as_str().map(str::to_string);
                let message = v["error"]["message"]
                    .as_str()
                    .map(|m| m.chars().take(300).collect());
                (code, message)
            }
            Err(_) => (None, None),
        };
        let code = code
            .filter(|c| c.len() <= 40 && c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
            .unwrap_or_else(|| format!("http_{}", raw.status));
        let known = ErrorCode::ALL.iter().any(|c| c.as_str() == code);
        Err(ClientError::Refused {
            what,
            status: raw.status,
            fix: if known { fix_for(&code) } else { fix_for("") },
            message: message.unwrap_or_else(|| {
                String::from_utf8_lossy(&raw.body[..raw.body.len().min(200)]).into_owned()
            }),
            code,
            retry_after: raw.retry_after,
        })
    }
}

/// Checks a received pattern: shape, id and signature.
///
/// # Errors
/// The [`ProtoError`] that names what is wrong.
pub fn check_pattern(p: &Pattern, limits: &Limits, now_ms: u64) -> Result<(), ProtoError> {
    p.check_shape(limits, now_ms)?;
    p.verify()
}

/// The delay before retry number `attempt` (0-based): full jitter over an exponential cap,
/// and never less than `Retry-After`.
pub fn backoff_delay(retry: &RetryConfig, attempt: u32, retry_after_secs: Option<u64>) -> Duration {
    let cap = retry
        .base_ms
        .saturating_mul(1u64 << attempt.min(30))
        .min(retry.max_ms);
    let jitter = if cap == 0 {
        0
    } else {
        rand::random::<u64>() % (cap + 1)
    };
    let floor = retry_after_secs.unwrap_or(0).saturating_mul(1000);
    Duration::from_millis(jitter.max(floor))
}

fn short(id: &str) -> String {
    id.chars().take(12).collect()
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(inner) = src {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_full_jitter_under_the_cap_and_honours_retry_after() {
        let r = RetryConfig {
            attempts: 5,
            base_ms: 100,
            max_ms: 1_000,
        };
        for attempt in 0..8 {
            let cap = (100u64 << attempt).min(1_000);
            for _ in 0..50 {
                let d = backoff_delay(&r, attempt, None);
                assert!(d <= Duration::from_millis(cap));
            }
        }
        for _ in 0..50 {
            assert!(backoff_delay(&r, 0, Some(2)) >= Duration::from_secs(2));
        }
    }

    #[test]
    fn every_known_code_has_a_fix() {
        for c in ErrorCode::ALL {
            assert!(!fix_for(c.as_str()).is_empty());
        }
    }
}
