//! [`AppError`]: the one error every handler returns. It renders the contract's JSON error
//! shape with the right status and headers; a 5xx says nothing internal and is logged with a
//! request id instead.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use pool_proto::wire::{ErrorBody, ErrorDetail, RejectedRule};
use pool_proto::{ErrorCode, ProtoError};

/// A refusal or failure, ready to be sent.
#[derive(Debug)]
pub struct AppError {
    /// The wire error (boxed: results stay small on the happy path).
    pub detail: Box<ErrorDetail>,
    /// Whether to add `"stored": false` (publish answers).
    pub publish: bool,
    /// Extra headers (rate-limit state).
    pub headers: Vec<(&'static str, String)>,
}

impl AppError {
    /// An error with a code and a message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        AppError {
            detail: Box::new(ErrorDetail::new(code, message)),
            publish: false,
            headers: Vec::new(),
        }
    }

    /// A `bad_field` naming the field.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        let mut e = AppError::new(ErrorCode::BadField, message);
        e.detail.field = Some(field.to_string());
        e
    }

    /// A 5xx: the cause is logged under a fresh request id and never sent.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        let request_id = format!("{:016x}", rand::random::<u64>());
        tracing::error!(request_id, %cause, "internal error");
        let mut e = AppError::new(
            ErrorCode::Internal,
            "the broker failed; the cause is logged under the request id",
        );
        e.detail.request_id = Some(request_id);
        e
    }

    /// A 503 `overloaded` with a retry hint.
    pub fn overloaded(message: impl Into<String>, retry_after: u64) -> Self {
        let mut e = AppError::new(ErrorCode::Overloaded, message);
        e.detail.retry_after = Some(retry_after);
        e
    }

    /// Marks the error as sent before the request body was read whole. The server closes the
    /// connection after it (the unread rest cannot be told from the next request), and
    /// `Connection: close` says so: without it a keep-alive client may send its next request
    /// on that connection as the server closes it, and see it fail without an answer (seen
    /// in a conformance run after a 413).
    pub fn body_left_unread(mut self) -> Self {
        self.headers.push(("connection", "close".to_string()));
        self
    }

    /// [`Self::body_left_unread`] for a refusal that comes before any handler reads the
    /// request: every method but `GET` may carry a body.
    pub fn refused_before_body(self, method: &axum::http::Method) -> Self {
        if method == axum::http::Method::GET {
            self
        } else {
            self.body_left_unread()
        }
    }

    /// Marks the error as a publish answer (`"stored": false`).
    pub fn on_publish(mut self) -> Self {
        self.publish = true;
        self
    }

    /// The wire code.
    pub fn code(&self) -> ErrorCode {
        self.detail.code
    }
}

impl From<ProtoError> for AppError {
    fn from(e: ProtoError) -> Self {
        match &e {
            ProtoError::BadField { field, reason } => {
                AppError::field(field, format!("{field} {reason}"))
            }
            ProtoError::BadSignature(msg) => AppError::new(ErrorCode::BadSignature, *msg),
            ProtoError::UnsupportedVersion(v) => {
                let mut err = AppError::new(
                    ErrorCode::UnsupportedVersion,
                    format!("pattern version {v} is not supported"),
                );
                err.detail.accepted = Some(vec!["1".into()]);
                err
            }
            _ => AppError::new(e.code(), e.to_string()),
        }
    }
}

/// Maps a scanner finding to the wire form (rule, category, severity: never the matched text).
pub fn rejected_rule(f: &scanner::Finding) -> RejectedRule {
    RejectedRule {
        rule: f.rule.clone(),
        category: f.category.as_str().to_string(),
        severity: f.severity.as_str().to_string(),
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.detail.code.status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry_after = self.detail.retry_after;
        let code = self.detail.code;
        let body = ErrorBody {
            error: *self.detail,
            stored: self.publish.then_some(false),
        };
        let mut resp = (status, axum::Json(body)).into_response();
        // Tagged so the accounting middleware can count refusals by code.
        resp.extensions_mut().insert(code);
        let headers = resp.headers_mut();
        if let Some(secs) = retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        for (name, value) in self.headers {
            if let Ok(v) = HeaderValue::from_str(&value) {
                headers.insert(name, v);
            }
        }
        resp
    }
}
