//! The broker's clock, in unix milliseconds.
//!
//! Production reads the system clock. Tests of TTL logic use [`Clock::tokio`], which anchors
//! the wall clock once and then advances with tokio's clock, so `tokio::time::pause` and
//! `advance` move expiry without sleeping.

use std::time::{SystemTime, UNIX_EPOCH};

/// A source of "now".
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// The system clock.
    System,
    /// Wall time at an anchor plus tokio's elapsed time since.
    Tokio {
        /// Unix ms at the anchor.
        base_ms: u64,
        /// tokio's instant at the anchor.
        base: tokio::time::Instant,
    },
}

impl Clock {
    /// A clock that follows tokio's (pausable) time.
    pub fn tokio() -> Self {
        Clock::Tokio {
            base_ms: system_ms(),
            base: tokio::time::Instant::now(),
        }
    }

    /// Now, unix ms.
    pub fn now_ms(&self) -> u64 {
        match self {
            Clock::System => system_ms(),
            Clock::Tokio { base_ms, base } => base_ms + base.elapsed().as_millis() as u64,
        }
    }
}

/// The system clock in unix ms (0 if it is before 1970).
pub fn system_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}
