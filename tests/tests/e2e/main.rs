//! The end-to-end suite: one test binary (so the workspace links it once) that starts the real
//! `pool-broker` and `nanoclaw` binaries on loopback with temporary directories and talks to
//! them over HTTP and their CLIs.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

mod broker;
mod conformance;
mod herd;
mod load;
mod nanoclaw;
