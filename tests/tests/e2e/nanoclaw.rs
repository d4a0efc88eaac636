//! End-to-end tests of nanoclaw against a real broker (filled in by the nanoclaw issue).
