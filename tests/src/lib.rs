//! `pool-tests`: helpers shared by the end-to-end tests and the load harness.
