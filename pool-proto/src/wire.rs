//! The JSON bodies of protocol v1 (camelCase fields) and the error codes every non-2xx answer
//! carries. Both the broker and the client build on these types, so they cannot drift apart.

use serde::{Deserialize, Serialize};

use crate::pattern::Pattern;

/// The protocol version a client announces in a query; the broker accepts any `0.x.y`.
pub const PROTOCOL_VERSION: &str = "0.1.0";

/// The major protocol version this code speaks.
pub const PROTOCOL_MAJOR: u64 = 0;

/// The safety levels a query may ask for. Every pattern in the pool has passed the scanner, so
/// the one level offered is the one that says so.
pub const SAFETY_LEVELS: &[&str] = &["clawmoat-required"];

/// Default and maximum number of patterns a query returns.
pub const DEFAULT_QUERY_LIMIT: u32 = 20;
/// The largest `limit` a query may ask for.
pub const MAX_QUERY_LIMIT: u32 = 100;
/// Default lowest similarity a query returns.
pub const DEFAULT_MIN_SIMILARITY: f32 = 0.5;

/// `POST /patterns/publish` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PublishRequest {
    /// The signed pattern.
    pub pattern: Pattern,
    /// The publishing agent's key; must equal `pattern.author` and the request's signer.
    pub from_agent_id: String,
    /// When the agent sent it, unix ms.
    pub timestamp: u64,
}

/// `POST /patterns/publish` success body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PublishResponse {
    /// Always `true` on success: the pattern is durably stored.
    pub stored: bool,
    /// Seconds of life left.
    pub ttl: u64,
    /// The pattern id (hex).
    pub id: String,
    /// The scanner's quality score, 0-10.
    pub quality: f32,
}

/// `POST /patterns/query` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryRequest {
    /// Interests in any spelling; the broker normalises them.
    pub interests: Vec<String>,
    /// The client's protocol version, `major.minor.patch`.
    pub version: String,
    /// The safety level asked for; see [`SAFETY_LEVELS`].
    pub safety: String,
    /// 1..=100, default 20.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 0..=1, default 0.5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_similarity: Option<f32>,
}

/// The scanner's verdict on a stored pattern, as returned with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScanSummary {
    /// `clean` for everything the pool serves.
    pub verdict: String,
    /// The scanner engine version that judged it.
    pub engine: String,
}

/// One match of a query: the pattern and how it matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueriedPattern {
    /// The pattern itself, fields inlined.
    #[serde(flatten)]
    pub pattern: Pattern,
    /// Cosine similarity of its interests to the query's, 0-1.
    pub similarity: f32,
    /// Its quality score, 0-10.
    pub quality: f32,
    /// The scanner's verdict.
    pub scan: ScanSummary,
}

/// Figures about the pool returned with every query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PoolMetrics {
    /// Live patterns in the pool.
    pub patterns: u64,
    /// Distinct agents seen in the last hour.
    pub agents: u64,
    /// Patterns the index scored for this query: those it could not rule out with a bound.
    pub candidates: u64,
    /// Milliseconds the broker spent answering.
    pub took_ms: u64,
}

/// `POST /patterns/query` success body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryResponse {
    /// Best first.
    pub patterns: Vec<QueriedPattern>,
    /// Figures about the pool.
    pub pool_metrics: PoolMetrics,
}

/// `GET /pool/health` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HealthResponse {
    /// Distinct agent keys seen in the last hour.
    pub agents: u64,
    /// Live patterns.
    pub patterns: u64,
    /// Seconds since the broker started.
    pub uptime: u64,
    /// `ok` or `degraded`.
    pub status: String,
    /// The broker's version.
    pub version: String,
}

/// Every error code the pool answers with. The wire form is the `snake_case` name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorCode {
    /// The body is not JSON, or not the JSON of this endpoint.
    BadJson,
    /// A field is missing, out of range or not canonical.
    BadField,
    /// The body is larger than the limit.
    TooLarge,
    /// The request or pattern signature is missing, malformed or does not verify.
    BadSignature,
    /// The delegating parent is not enrolled (or was revoked).
    UnknownParent,
    /// The delegation's not-after has passed: the agent outlived its TTL.
    DelegationExpired,
    /// This nonce was already used within the clock window.
    Replayed,
    /// The request timestamp is outside the clock window, or before the broker started.
    ClockSkew,
    /// Too many requests from this parent; see `Retry-After`.
    RateLimited,
    /// The scanner refused the content.
    ScannerRejected,
    /// The pattern scored below the pool's quality floor.
    BelowQualityFloor,
    /// The protocol or pattern version is not one the pool speaks.
    UnsupportedVersion,
    /// The safety level asked for is not one the pool offers.
    UnsupportedSafety,
    /// The broker is shedding load; see `Retry-After`.
    Overloaded,
    /// The broker failed; the cause is logged under the request id.
    Internal,
    /// No such route or resource.
    NotFound,
    /// The route exists but not for this method.
    MethodNotAllowed,
    /// The body is not `application/json`.
    UnsupportedMediaType,
    /// The admin bearer token is missing or wrong.
    Unauthorized,
    /// The request would conflict with the resource's state.
    Conflict,
}

impl ErrorCode {
    /// The HTTP status this code is sent with.
    pub fn status(self) -> u16 {
        match self {
            ErrorCode::BadJson
            | ErrorCode::BadField
            | ErrorCode::UnsupportedVersion
            | ErrorCode::UnsupportedSafety => 400,
            ErrorCode::BadSignature
            | ErrorCode::DelegationExpired
            | ErrorCode::ClockSkew
            | ErrorCode::Unauthorized => 401,
            ErrorCode::UnknownParent => 403,
            ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::Replayed | ErrorCode::Conflict => 409,
            ErrorCode::TooLarge => 413,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::ScannerRejected | ErrorCode::BelowQualityFloor => 422,
            ErrorCode::RateLimited => 429,
            ErrorCode::Internal => 500,
            ErrorCode::Overloaded => 503,
        }
    }

    /// The `snake_case` wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadJson => "bad_json",
            ErrorCode::BadField => "bad_field",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::BadSignature => "bad_signature",
            ErrorCode::UnknownParent => "unknown_parent",
            ErrorCode::DelegationExpired => "delegation_expired",
            ErrorCode::Replayed => "replayed",
            ErrorCode::ClockSkew => "clock_skew",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::ScannerRejected => "scanner_rejected",
            ErrorCode::BelowQualityFloor => "below_quality_floor",
            ErrorCode::UnsupportedVersion => "unsupported_version",
            ErrorCode::UnsupportedSafety => "unsupported_safety",
            ErrorCode::Overloaded => "overloaded",
            ErrorCode::Internal => "internal",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::Conflict => "conflict",
        }
    }

    /// Every code, for documents and tests that must cover them all.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::BadJson,
        ErrorCode::BadField,
        ErrorCode::TooLarge,
        ErrorCode::BadSignature,
        ErrorCode::UnknownParent,
        ErrorCode::DelegationExpired,
        ErrorCode::Replayed,
        ErrorCode::ClockSkew,
        ErrorCode::RateLimited,
        ErrorCode::ScannerRejected,
        ErrorCode::BelowQualityFloor,
        ErrorCode::UnsupportedVersion,
        ErrorCode::UnsupportedSafety,
        ErrorCode::Overloaded,
        ErrorCode::Internal,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::Unauthorized,
        ErrorCode::Conflict,
    ];
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A rule the scanner matched, as reported in a `scanner_rejected` error (never the matched text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RejectedRule {
    /// The rule id.
    pub rule: String,
    /// The threat category.
    pub category: String,
    /// `low`, `medium`, `high` or `critical`.
    pub severity: String,
}

/// The `error` object of every non-2xx body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorDetail {
    /// Machine-readable code.
    pub code: ErrorCode,
    /// A human sentence.
    pub message: String,
    /// The field at fault, for `bad_field`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Seconds to wait, for `rate_limited` and `overloaded`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// The values the pool accepts, for `unsupported_version` and `unsupported_safety`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<Vec<String>>,
    /// The rules that fired, for `scanner_rejected`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<RejectedRule>>,
    /// The scanner engine version, for `scanner_rejected` and `below_quality_floor`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engine: Option<String>,
    /// The quality score, for `below_quality_floor`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<f32>,
    /// The request id the broker logged the cause under, for `internal`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ErrorDetail {
    /// An error with only a code and a message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ErrorDetail {
            code,
            message: message.into(),
            field: None,
            retry_after: None,
            accepted: None,
            rules: None,
            engine: None,
            quality: None,
            request_id: None,
        }
    }
}

/// Every non-2xx body: `{ "error": {...} }`, plus `"stored": false` on publish.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
    /// `Some(false)` on every publish refusal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stored: Option<bool>,
}

/// Whether a client version string (`major.minor.patch`) is compatible with this protocol.
pub fn version_compatible(version: &str) -> bool {
    let mut parts = version.split('.');
    let major = parts.next().and_then(|m| m.parse::<u64>().ok());
    let rest_ok = parts.clone().count() == 2 && parts.all(|p| p.parse::<u64>().is_ok());
    major == Some(PROTOCOL_MAJOR) && rest_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialise_as_their_names() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert!((400..600).contains(&code.status()));
        }
    }

    #[test]
    fn versions() {
        assert!(version_compatible("0.1.0"));
        assert!(version_compatible("0.9.12"));
        assert!(!version_compatible("1.0.0"));
        assert!(!version_compatible("0.1"));
        assert!(!version_compatible("zero"));
    }
}
