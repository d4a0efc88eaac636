//! `nanoclaw`: the parent claw's side of the pattern pool.
//!
//! A parent runs `nanoclaw sync` from a midnight cron or timer. The [`spawner`] births
//! short-lived [`spawner::Agent`]s that carry only an interest vector, a fresh key and a
//! delegation; they query the pool and publish the parent's queued patterns through the
//! [`client::PoolClient`] (signed requests, 429/503 backoff, a latency [`breaker`], the
//! [`halt`] kill switch). Everything they bring back is judged by the local governance engine
//! ([`govern`]: re-scan, similarity, quality, [`budget`]s, tiers, impact) before anything is
//! applied under a [`lease`], and every decision goes to the [`audit`] log. Publishes wait in
//! the durable [`outbox`]. [`sync`] ties a run together; [`home`] and [`config`] describe the
//! parent home.

pub mod audit;
pub mod breaker;
pub mod budget;
pub mod client;
pub mod clock;
pub mod config;
pub mod error;
pub mod govern;
pub mod halt;
pub mod home;
pub mod lease;
pub mod outbox;
pub mod spawner;
pub mod sync;

pub use error::{Error, Result};
