//! End-to-end tests of nanoclaw against the real `pool-broker`: the midnight sync with many
//! agents from several parents, local governance (similarity, floor, tier 3, re-scan behind a
//! permissive broker, budgets across syncs), agent TTLs, keys never on disk, concurrent syncs,
//! the brakes (latency breaker and outbox, kill -9 mid-drain, the kill switch, 429s)
//! through a real TCP proxy that adds latency, stalls or drops connections on command), and bad
//! local state (a full disk, a corrupt kill switch flag, a corrupt outbox).

mod bad_state;
mod brakes;
mod support;
mod sync;
