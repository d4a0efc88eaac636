//! The one error type of `pool-proto`: what can be wrong with a pattern, a key, a delegation or a
//! signed request, with enough detail for the broker to pick a wire error code.

use thiserror::Error;

/// Everything `pool-proto` refuses. Each variant maps to exactly one wire error code
/// (see [`ProtoError::code`]), so the broker and the client agree on what went wrong.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ProtoError {
    /// A field is missing, out of range or not in its canonical form.
    #[error("field `{field}`: {reason}")]
    BadField {
        /// The wire name of the field (camelCase), for example `interests` or `expiresAt`.
        field: &'static str,
        /// A human sentence fragment saying what is wrong.
        reason: String,
    },
    /// A signature does not verify, is malformed, or is not strict ed25519.
    #[error("bad signature: {0}")]
    BadSignature(&'static str),
    /// The wire version is not one this code speaks.
    #[error("unsupported version {0}")]
    UnsupportedVersion(u32),
}

impl ProtoError {
    /// Shorthand for [`ProtoError::BadField`].
    pub fn bad_field(field: &'static str, reason: impl Into<String>) -> Self {
        ProtoError::BadField {
            field,
            reason: reason.into(),
        }
    }

    /// The wire error code (`snake_case`) this error is reported as.
    pub fn code(&self) -> crate::wire::ErrorCode {
        use crate::wire::ErrorCode;
        match self {
            ProtoError::BadField { .. } => ErrorCode::BadField,
            ProtoError::BadSignature(_) => ErrorCode::BadSignature,
            ProtoError::UnsupportedVersion(_) => ErrorCode::UnsupportedVersion,
        }
    }
}
