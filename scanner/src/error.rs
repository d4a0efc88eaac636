//! The scanner's one error type. Every variant means "could not judge"; callers refuse the
//! pattern (fail closed).

use thiserror::Error;

/// Why the scanner could not judge. Callers must treat it as a refusal.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ScanError {
    /// The rules could not be loaded or compiled.
    #[error("rules: {0}")]
    Rules(String),
    /// The rules file named in the configuration could not be read.
    #[error("rules file {path}: {source}")]
    RulesFile {
        /// The path as configured.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The input is larger than the scanner accepts.
    #[error("input of {0} bytes is larger than the scanner accepts")]
    TooLarge(usize),
}
