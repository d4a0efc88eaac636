//! `nanoclaw`: the parent claw's side of the pool (agents, spawner, pool client, governance).
//! Built out by the nanoclaw issue.
