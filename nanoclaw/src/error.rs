//! The library's error type: every way a nanoclaw operation can fail, each with enough detail to
//! tell a person what is wrong and how to fix it. The binary adds context with `anyhow`.

use std::path::PathBuf;

use thiserror::Error;

use crate::client::ClientError;

/// Everything a nanoclaw operation refuses or fails on.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory of the parent home could not be read or written.
    #[error("{}: {source}{}", path.display(), io_hint(source))]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A configuration or priorities file is broken.
    #[error("{}: {message} (fix the file, or move it aside and run `nanoclaw init` again)", path.display())]
    Config {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The parent key is missing, unreadable or too widely readable.
    #[error("parent key {}: {problem}; fix: {fix}", path.display())]
    ParentKey {
        /// The key file.
        path: PathBuf,
        /// What is wrong.
        problem: String,
        /// What to do about it.
        fix: &'static str,
    },
    /// The pool refused, failed or lied.
    #[error(transparent)]
    Pool(#[from] ClientError),
    /// The kill switch is set for this parent home.
    #[error("halted: the kill switch is set ({reason}); run `nanoclaw resume` to lift it")]
    Halted {
        /// What the HALT file says, or why it could not be read.
        reason: String,
    },
    /// The outbox could not be opened, read or written.
    #[error("outbox {}: {message}", path.display())]
    Outbox {
        /// The outbox directory.
        path: PathBuf,
        /// What is wrong, and what to do.
        message: String,
    },
    /// A lease is held by someone else.
    #[error("{resource} is leased by {owner} until unix ms {expires_ms}")]
    LeaseHeld {
        /// The leased resource.
        resource: String,
        /// Who holds it.
        owner: String,
        /// When the lease expires.
        expires_ms: u64,
    },
    /// A pattern or request could not be built or verified.
    #[error("protocol: {0}")]
    Proto(#[from] pool_proto::ProtoError),
    /// The scanner could not judge (a refusal: the scanner fails closed).
    #[error("scanner could not judge: {0}")]
    Scan(String),
    /// An agent was asked to act after its time to live.
    #[error("agent {agent} is past its time to live")]
    AgentExpired {
        /// The agent's public key.
        agent: String,
    },
    /// An argument or stored record is not acceptable.
    #[error("{0}")]
    Invalid(String),
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// What to do about an I/O error a person can fix.
fn io_hint(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::StorageFull | K::QuotaExceeded | K::FileTooLarge => {
            " (the disk or a file-size limit is full: free space, then run it again; every file is whole or absent, nothing was half-applied)"
        }
        K::ReadOnlyFilesystem => {
            " (the file system is read-only: remount it or use another --home)"
        }
        K::PermissionDenied => " (check the owner and permissions of the parent home)",
        _ => "",
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
