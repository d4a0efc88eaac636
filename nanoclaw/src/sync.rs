//! One run of `nanoclaw sync` (and `nanoclaw flush`, its publish-only form).
//!
//! 1. Refuse to start while halted; read the config, the parent key and the priorities.
//! 2. Take the home's sync lease, so two syncs on one home never interleave (the second waits
//!    up to `lock_wait`, then reports that it skipped).
//! 3. Watch the kill switch; load the latency sensor; while not Healthy, probe the pool's health
//!    on a backoff schedule. Critical: send nothing, say so. If latency climbs mid-run, the
//!    draining agents wait for one shared probe schedule ([`Recovery`]) and resume on recovery.
//! 4. Coalesce the outbox (superseded entries are audited), then spawn one agent per interest
//!    group: it queries (unless flushing), reconciles entries a crash left in flight, and
//!    publishes its identity's entries through the interceptor at a bounded, jittered rate,
//!    stopping if latency climbs.
//! 5. Govern everything delivered (each pattern once, for the identity it fits best, best
//!    first), then save the sensor and the drain record.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde::Serialize;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use crate::breaker::{Health, Route, Sensor, probe_delays};
use crate::client::{ClientError, PoolClient};
use crate::clock::now_ms;
use crate::config::{BreakerConfig, Config};
use crate::error::{Error, Result};
use crate::govern::{Candidate, Governor, Outcome};
use crate::halt::{self, Halt};
use crate::home::Home;
use crate::lease::{Lease, owner_label};
use crate::outbox::{DrainRecord, ItemState, Outbox, OutboxItem};
use crate::spawner::{
    Agent, AgentJob, AgentOutcome, AgentReport, ParentHandle, PublishOutcome, Spawner,
    SpawnerConfig,
};

/// Called with each agent's report as it finishes.
pub type AgentCallback = Arc<dyn Fn(&AgentReport) + Send + Sync>;

/// How a run is done.
#[derive(Clone, Default)]
pub struct SyncOptions {
    /// Publish only (`nanoclaw flush`): no queries, no governance.
    pub publish_only: bool,
    /// Query and publish, but judge and apply nothing (the herd benchmark's same-run
    /// baseline: the pool's side of a sync without the parent's).
    pub skip_governance: bool,
    /// How long to wait for another sync's lease before skipping.
    pub lock_wait: Duration,
    /// Called as each agent finishes (for a progress bar).
    pub on_agent: Option<AgentCallback>,
}

impl std::fmt::Debug for SyncOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncOptions")
            .field("publish_only", &self.publish_only)
            .field("skip_governance", &self.skip_governance)
            .field("lock_wait", &self.lock_wait)
            .finish_non_exhaustive()
    }
}

/// What a run did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncSummary {
    /// Agents spawned.
    pub agents: usize,
    /// Agents that did all they were asked.
    pub completed: usize,
    /// Agents that failed (with why, in `errors`).
    pub failed: usize,
    /// Agents cancelled or refused past their TTL.
    pub expired: usize,
    /// Distinct verified patterns delivered.
    pub delivered: usize,
    /// Applied.
    pub applied: usize,
    /// Escalated to proposals.
    pub escalated: usize,
    /// Rejected.
    pub rejected: usize,
    /// Already applied or proposed.
    pub known: usize,
    /// Left because another process held their lease.
    pub busy: usize,
    /// Outbox entries the pool stored.
    pub published: usize,
    /// Outbox entries found already stored after a crash.
    pub reconciled: usize,
    /// Outbox entries kept because the breaker is Degraded.
    pub buffered: usize,
    /// Outbox entries superseded by a newer version.
    pub superseded: usize,
    /// Outbox entries the pool refused for good.
    pub refused: usize,
    /// Outbox entries still pending after the run.
    pub pending: usize,
    /// The breaker's state at the end.
    pub health: Health,
    /// The rolling mean latency (ms).
    pub latency_ms: Option<u64>,
    /// Whether the kill switch stopped the run.
    pub halted: bool,
    /// Distinct failure messages.
    pub errors: Vec<String>,
    /// Per-agent reports.
    pub reports: Vec<AgentReport>,
}

impl SyncSummary {
    fn new() -> Self {
        SyncSummary {
            agents: 0,
            completed: 0,
            failed: 0,
            expired: 0,
            delivered: 0,
            applied: 0,
            escalated: 0,
            rejected: 0,
            known: 0,
            busy: 0,
            published: 0,
            reconciled: 0,
            buffered: 0,
            superseded: 0,
            refused: 0,
            pending: 0,
            health: Health::Healthy,
            latency_ms: None,
            halted: false,
            errors: Vec::new(),
            reports: Vec::new(),
        }
    }

    fn error(&mut self, e: String) {
        if !self.errors.contains(&e) {
            self.errors.push(e);
        }
    }
}

/// Spaces drained publishes for the whole run (every agent of the parent shares it): each send
/// waits for its slot plus a random extra delay, and the next slot starts `1 / rate` seconds
/// after that send. The jitter only ever widens the gaps, so no window of a second ever holds
/// more than `rate` sends of this parent, and a recovery never becomes a thundering herd.
#[derive(Debug)]
pub struct Pacer {
    next: std::sync::Mutex<Instant>,
    interval: Duration,
    jitter_ms: u64,
}

impl Pacer {
    /// A pacer for `config`'s drain rate and jitter.
    pub fn new(config: &BreakerConfig) -> Self {
        Pacer {
            next: std::sync::Mutex::new(Instant::now()),
            interval: Duration::from_secs_f64(1.0 / config.drain_rate_per_sec.max(0.001)),
            jitter_ms: config.drain_jitter_ms,
        }
    }

    /// Waits for the next slot; false if `halt` tripped first.
    pub async fn wait(&self, halt: &CancellationToken) -> bool {
        let jitter = Duration::from_millis(if self.jitter_ms == 0 {
            0
        } else {
            rand::random::<u64>() % self.jitter_ms
        });
        let at = {
            let mut next = self
                .next
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let at = (*next).max(Instant::now()) + jitter;
            *next = at + self.interval;
            at
        };
        tokio::select! {
            _ = halt.cancelled() => false,
            _ = tokio::time::sleep_until(at) => true,
        }
    }
}

/// What the draining agents share to pace themselves.
struct Pace {
    pacer: Pacer,
    recovery: Recovery,
    client: PoolClient,
    breaker: BreakerConfig,
}

/// Counters shared by the draining agents.
#[derive(Debug, Default)]
struct DrainStats {
    sent: AtomicUsize,
    reconciled: AtomicUsize,
    buffered: AtomicUsize,
    refused: AtomicUsize,
    errors: std::sync::Mutex<Vec<String>>,
}

impl DrainStats {
    fn error(&self, e: String) {
        let mut v = self
            .errors
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !v.contains(&e) {
            v.push(e);
        }
    }
}

/// Whether a refusal means the entry can never be stored as it is.
fn refused_for_good(e: &ClientError) -> bool {
    matches!(
        e.code(),
        Some("scanner_rejected" | "below_quality_floor" | "bad_field" | "bad_json" | "too_large")
    )
}

async fn take_sync_lease(home: &Home, config: &Config, wait: Duration) -> Result<Lease> {
    let started = Instant::now();
    let ttl = (config.agents.ttl_secs + 600) * 1000;
    loop {
        match Lease::take(
            &home.path("leases"),
            "sync",
            &owner_label("nanoclaw sync"),
            ttl,
            now_ms(),
        ) {
            Err(Error::LeaseHeld { .. }) if started.elapsed() < wait => {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            other => return other,
        }
    }
}

/// Sends health probes on the backoff schedule until the sensor says Healthy.
pub async fn probe_until_healthy(client: &PoolClient, config: &BreakerConfig) {
    probe_on_schedule(
        client.sensor(),
        probe_delays(config),
        client.halt().token(),
        || async {
            match client.health().await {
                Ok(_) => true,
                Err(ClientError::Halted) => false,
                Err(e) => {
                    tracing::info!("health probe failed: {e}");
                    true
                }
            }
        },
    )
    .await;
}

/// The probing loop, apart from the network: `probe` sends one probe (its latency reaches
/// `sensor`) and answers whether to go on; between probes it waits the next of `delays`, or
/// stops when `halt` trips. Returns whether the sensor ended Healthy.
pub async fn probe_on_schedule<F, Fut>(
    sensor: &Sensor,
    delays: Vec<Duration>,
    halt: &CancellationToken,
    mut probe: F,
) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for delay in delays {
        if sensor.health() == Health::Healthy {
            return true;
        }
        if !probe().await {
            return false;
        }
        if sensor.health() == Health::Healthy {
            tracing::info!("the pool answers quickly again");
            return true;
        }
        tokio::select! {
            _ = halt.cancelled() => return false,
            _ = tokio::time::sleep(delay) => {}
        }
    }
    sensor.health() == Health::Healthy
}

/// Recovery in the middle of a run: when latency climbs while agents drain, one of them probes
/// the pool on the backoff schedule while the others wait for its answer, and all resume if the
/// pool recovers. Once a schedule ran out without recovery, the run stops asking (the rest
/// stays in the outbox for the next run).
#[derive(Debug, Default)]
pub struct Recovery {
    probing: tokio::sync::Mutex<()>,
    gave_up: std::sync::atomic::AtomicBool,
}

impl Recovery {
    /// Waits until the pool is Healthy again (true) or the schedule runs out, the sensor is
    /// forced by a simulation, or the kill switch trips (false).
    pub async fn wait_healthy(&self, client: &PoolClient, config: &BreakerConfig) -> bool {
        let sensor = client.sensor();
        if sensor.health() == Health::Healthy {
            return true;
        }
        if sensor.simulated() || self.gave_up.load(Ordering::Relaxed) {
            return false;
        }
        let _turn = self.probing.lock().await;
        if sensor.health() == Health::Healthy {
            return true;
        }
        if self.gave_up.load(Ordering::Relaxed) {
            return false;
        }
        tracing::info!(latency_ms = ?sensor.mean_ms(), "the pool turned slow mid-run: probing");
        probe_until_healthy(client, config).await;
        let healthy = sensor.health() == Health::Healthy;
        if !healthy {
            self.gave_up.store(true, Ordering::Relaxed);
        }
        healthy
    }
}

/// Drains one identity's entries with one agent.
async fn drain(
    agent: &mut Agent,
    outbox: &Outbox,
    items: &[OutboxItem],
    pace: &Pace,
    stats: &DrainStats,
) {
    let Pace {
        pacer,
        recovery,
        client,
        breaker,
    } = pace;
    for item in items {
        if agent.alive().is_err() {
            return;
        }
        if let ItemState::InFlight { pattern, since_ms } = &item.state {
            // A crash left it in flight: does the pool have it?
            match agent.pool_has(&pattern.interests, &pattern.id).await {
                Ok(true) => {
                    if let Err(e) = outbox.mark_sent(item, &pattern.id, Some(*since_ms), now_ms()) {
                        stats.error(e.to_string());
                        return;
                    }
                    stats.reconciled.fetch_add(1, Ordering::Relaxed);
                    continue;
                }
                Ok(false) => {}
                Err(e) => {
                    stats.error(e.to_string());
                    return;
                }
            }
        }
        let route = match agent.publish_route() {
            Route::Send => Route::Send,
            _ if recovery.wait_healthy(client, breaker).await => Route::Send,
            other => other,
        };
        match route {
            Route::Send => {}
            Route::Buffer => {
                stats.buffered.fetch_add(1, Ordering::Relaxed);
                continue;
            }
            Route::Block => return,
        }
        let pattern = match agent.author(&item.draft) {
            Ok(p) => p,
            Err(ClientError::Sign(e)) => {
                let _ = outbox.mark_failed(item, &format!("cannot be signed: {e}"), now_ms());
                stats.refused.fetch_add(1, Ordering::Relaxed);
                continue;
            }
            Err(_) => return,
        };
        // Durably in flight before its slot, so the slot is the departure: the local flush
        // never bunches two sends closer than the pace.
        if let Err(e) = outbox.mark_in_flight(item, &pattern, now_ms()) {
            stats.error(e.to_string());
            return;
        }
        let halt = agent_halt_token(agent);
        if !pacer.wait(&halt).await {
            let _ = outbox.mark_pending(item);
            return;
        }
        if agent.publish_route() != Route::Send {
            // Latency climbed while waiting: keep it buffered.
            let _ = outbox.mark_pending(item);
            stats.buffered.fetch_add(1, Ordering::Relaxed);
            continue;
        }
        let sent_ms = now_ms();
        match agent.publish(&pattern).await {
            Ok(PublishOutcome::Stored { id }) => {
                if let Err(e) = outbox.mark_sent(item, &id, Some(sent_ms), now_ms()) {
                    stats.error(e.to_string());
                    return;
                }
                stats.sent.fetch_add(1, Ordering::Relaxed);
            }
            Ok(PublishOutcome::Buffered) => {
                let _ = outbox.mark_pending(item);
                stats.buffered.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) if refused_for_good(&e) => {
                let _ = outbox.mark_failed(item, &e.to_string(), now_ms());
                stats.refused.fetch_add(1, Ordering::Relaxed);
                stats.error(format!("{}: {e}", item.draft.title));
            }
            Err(e) => {
                if !e.maybe_delivered() {
                    // Refused, so certainly not stored: back to pending.
                    let _ = outbox.mark_pending(item);
                }
                if !matches!(e, ClientError::Halted | ClientError::Expired) {
                    stats.error(e.to_string());
                }
                return;
            }
        }
    }
}

fn agent_halt_token(agent: &Agent) -> CancellationToken {
    agent.halt_token()
}

/// Runs a sync (or, with `publish_only`, a flush) on `home`.
///
/// # Errors
/// [`Error::Halted`] when halted before it starts; [`Error::LeaseHeld`] when another sync
/// runs; config, key, outbox and file errors. A halt during the run is reported in the summary
/// (`halted`), after the outbox and sensor are saved.
pub async fn run(home: &Home, options: &SyncOptions) -> Result<SyncSummary> {
    if let Some(reason) = halt::read(&home.halt_path()) {
        return Err(Error::Halted { reason });
    }
    let config = home.config()?;
    let parent = ParentHandle::new(home.parent_key()?);
    let priorities = home.priorities()?;
    home.ensure_dirs()?;
    let lease = take_sync_lease(home, &config, options.lock_wait).await?;
    let halt = Halt::watch(home.halt_path());
    let sensor = Arc::new(Sensor::load(home.root(), config.breaker.clone()));
    let client = PoolClient::new(&config.pool, &config.retry, sensor.clone(), halt.clone())?;
    let mut summary = SyncSummary::new();

    if sensor.health() != Health::Healthy && !sensor.simulated() {
        tracing::info!(latency_ms = ?sensor.mean_ms(), "the pool was slow: probing before sending anything");
        probe_until_healthy(&client, &config.breaker).await;
    }
    let outbox = Arc::new(Outbox::open(&home.path("outbox"), Duration::from_secs(30))?);
    let mut governor = Governor::new(home, &config.governance, priorities)?;
    if sensor.health() == Health::Critical || halt.is_halted() {
        return finish(summary, &sensor, &outbox, &halt, lease, None);
    }

    let now = now_ms();
    for aside in outbox.coalesce(now)? {
        governor.log_superseded(
            &aside.item.id,
            &aside.item.draft.title,
            &aside.item.identity,
            &aside.reason,
            now,
        )?;
        summary.superseded += 1;
    }
    let (items, corrupt) = outbox.items()?;
    if corrupt > 0 {
        summary.error(format!(
            "{corrupt} outbox records cannot be read and were left in place"
        ));
    }
    let mut by_identity: BTreeMap<String, Vec<OutboxItem>> = BTreeMap::new();
    for item in items {
        by_identity
            .entry(item.identity.clone())
            .or_default()
            .push(item);
    }
    let mut jobs: Vec<AgentJob> = Vec::new();
    let mut interests_of: HashMap<String, Vec<String>> = HashMap::new();
    for g in &config.groups {
        let interests: Vec<String> = g
            .interests
            .iter()
            .map(|i| pool_proto::normalise_interest(i))
            .collect();
        interests_of.insert(g.name.clone(), interests.clone());
        if !options.publish_only || by_identity.contains_key(&g.name) {
            jobs.push(AgentJob {
                identity: g.name.clone(),
                interests,
            });
        }
    }
    for (identity, items) in &by_identity {
        if !interests_of.contains_key(identity)
            && let Some(first) = items.first()
        {
            // An identity no longer in the config still gets its queue drained.
            jobs.push(AgentJob {
                identity: identity.clone(),
                interests: first.draft.interests.clone(),
            });
        }
    }

    let spawner = Spawner::new(
        parent,
        client.clone(),
        SpawnerConfig {
            ttl: Duration::from_secs(config.agents.ttl_secs),
            concurrency: config.agents.concurrency,
            start_jitter: Duration::from_millis(config.agents.start_jitter_ms),
        },
    )?;
    let by_identity = Arc::new(by_identity);
    let pacer = Arc::new(Pace {
        pacer: Pacer::new(&config.breaker),
        recovery: Recovery::default(),
        client: client.clone(),
        breaker: config.breaker.clone(),
    });
    let stats = Arc::new(DrainStats::default());
    let query = !options.publish_only;
    let (limit, min_sim) = (config.pool.query_limit, config.pool.min_similarity);
    let work = {
        let (outbox, by_identity, pacer, stats) = (
            outbox.clone(),
            by_identity.clone(),
            pacer.clone(),
            stats.clone(),
        );
        move |mut agent: Agent| {
            let (outbox, by_identity, pacer, stats) = (
                outbox.clone(),
                by_identity.clone(),
                pacer.clone(),
                stats.clone(),
            );
            async move {
                if query {
                    let _ = agent.query(limit, min_sim).await;
                }
                if let Some(items) = by_identity.get(agent.identity()) {
                    drain(&mut agent, &outbox, items, &pacer, &stats).await;
                }
                agent
            }
        }
    };
    let on_done = options.on_agent.clone();
    let reports = spawner
        .run(jobs, work, &move |r: &AgentReport| {
            if let Some(f) = &on_done {
                f(r);
            }
        })
        .await;

    summary.agents = reports.len();
    for r in &reports {
        match &r.outcome {
            AgentOutcome::Completed => summary.completed += 1,
            AgentOutcome::Expired => summary.expired += 1,
            AgentOutcome::Halted => {}
            AgentOutcome::Failed(why) => {
                summary.failed += 1;
                summary.error(why.clone());
            }
        }
    }
    summary.published = stats.sent.load(Ordering::Relaxed);
    summary.reconciled = stats.reconciled.load(Ordering::Relaxed);
    summary.buffered = stats.buffered.load(Ordering::Relaxed);
    summary.refused = stats.refused.load(Ordering::Relaxed);
    for e in stats
        .errors
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .drain(..)
    {
        summary.error(e);
    }

    if !halt.is_halted() && query {
        // Each pattern once, for the identity it fits best, best first.
        let mut best: HashMap<String, (f32, Candidate)> = HashMap::new();
        for r in &reports {
            let Some(interests) = interests_of.get(&r.identity) else {
                continue;
            };
            for q in &r.found {
                let sim = governor.similarity(&q.pattern.interests, interests);
                let better = best.get(&q.pattern.id).is_none_or(|(s, _)| sim > *s);
                if better {
                    best.insert(
                        q.pattern.id.clone(),
                        (
                            sim,
                            Candidate {
                                pattern: q.pattern.clone(),
                                identity: r.identity.clone(),
                                identity_interests: interests.clone(),
                            },
                        ),
                    );
                }
            }
        }
        let mut candidates: Vec<(f32, Candidate)> = best.into_values().collect();
        candidates.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| a.1.pattern.id.cmp(&b.1.pattern.id))
        });
        summary.delivered = candidates.len();
        if options.skip_governance {
            candidates.clear();
        }
        let candidates: Vec<Candidate> = candidates.into_iter().map(|(_, c)| c).collect();
        // Scanning and fsyncs block: keep them off the runtime's workers, so the kill switch
        // watcher (and, in the herd benchmark, other parents' requests) keep running.
        let stop = halt.clone();
        let outcomes = tokio::task::spawn_blocking(move || {
            governor.decide_all(&candidates, now_ms(), || stop.is_halted())
        })
        .await
        .map_err(|e| Error::Invalid(format!("the governance task failed: {e}")))??;
        for o in outcomes {
            match o {
                Outcome::Applied => summary.applied += 1,
                Outcome::Escalated => summary.escalated += 1,
                Outcome::Rejected => summary.rejected += 1,
                Outcome::Known => summary.known += 1,
                Outcome::Busy => summary.busy += 1,
            }
        }
    }
    summary.reports = reports;
    let drain = DrainRecord {
        at_ms: now_ms(),
        sent: summary.published,
        reconciled: summary.reconciled,
        superseded: summary.superseded,
        failed: summary.refused,
        remaining: 0,
        stopped: None,
    };
    finish(summary, &sensor, &outbox, &halt, lease, Some(drain))
}

fn finish(
    mut summary: SyncSummary,
    sensor: &Sensor,
    outbox: &Outbox,
    halt: &Halt,
    lease: Lease,
    drain: Option<DrainRecord>,
) -> Result<SyncSummary> {
    summary.health = sensor.health();
    summary.latency_ms = sensor.mean_ms();
    summary.halted = halt.is_halted() || halt.check().is_err();
    if !sensor.simulated() {
        sensor.save(now_ms())?;
    }
    let counts = outbox.counts()?;
    summary.pending = counts.pending.values().sum();
    if let Some(mut d) = drain {
        d.remaining = summary.pending;
        d.stopped = if summary.halted {
            Some("halted".into())
        } else if summary.health != Health::Healthy && summary.pending > 0 {
            Some(format!("pool {}", summary.health.as_str()))
        } else {
            None
        };
        outbox.set_last_drain(&d)?;
    }
    lease.release();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Drained publishes from many agents are never closer than `1 / rate`, jitter included.
    #[tokio::test(start_paused = true)]
    async fn the_pacer_never_sends_faster_than_its_rate() {
        let pacer = Arc::new(Pacer::new(&BreakerConfig {
            drain_rate_per_sec: 5.0,
            drain_jitter_ms: 200,
            ..BreakerConfig::default()
        }));
        let halt = CancellationToken::new();
        let times = Arc::new(std::sync::Mutex::new(Vec::new()));
        let tasks: Vec<_> = (0..10)
            .map(|_| {
                let (pacer, halt, times) = (pacer.clone(), halt.clone(), times.clone());
                tokio::spawn(async move {
                    for _ in 0..5 {
                        assert!(pacer.wait(&halt).await);
                        times.lock().unwrap().push(Instant::now());
                    }
                })
            })
            .collect();
        for t in tasks {
            t.await.unwrap();
        }
        let mut times = times.lock().unwrap().clone();
        times.sort();
        assert_eq!(times.len(), 50);
        for w in times.windows(2) {
            assert!(
                w[1] - w[0] >= Duration::from_millis(200),
                "{:?}",
                w[1] - w[0]
            );
        }
        // And no slower than rate plus the largest jitter.
        assert!(times[49] - times[0] <= Duration::from_millis(49 * 400));
        halt.cancel();
        assert!(!pacer.wait(&halt).await, "a halt ends the wait");
    }

    /// The probe schedule: probes until the sensor is Healthy, waiting the backoff delays
    /// between probes; the kill switch stops it at once.
    #[tokio::test(start_paused = true)]
    async fn probes_follow_the_backoff_schedule_until_healthy() {
        let config = BreakerConfig {
            probe_attempts: 6,
            probe_base_ms: 1_000,
            probe_max_ms: 8_000,
            ..BreakerConfig::default()
        };
        let sensor = Sensor::new(config.clone());
        for _ in 0..5 {
            sensor.record(Duration::from_secs(10));
        }
        assert_eq!(sensor.health(), Health::Degraded);
        let halt = CancellationToken::new();
        let start = Instant::now();
        let at = std::sync::Mutex::new(Vec::new());
        // Every probe answers in 0 ms: the mean falls below 5 s after the third
        // ((10 + 10 + 0 + 0 + 0) / 5 = 4 s).
        let healthy = probe_on_schedule(&sensor, probe_delays(&config), &halt, || {
            at.lock().unwrap().push(start.elapsed());
            sensor.record(Duration::ZERO);
            async { true }
        })
        .await;
        assert!(healthy);
        let at = at.into_inner().unwrap();
        assert_eq!(at.len(), 3, "{at:?}");
        assert_eq!(at[0], Duration::ZERO);
        let gap1 = at[1] - at[0];
        let gap2 = at[2] - at[1];
        assert!(gap1 >= Duration::from_millis(500) && gap1 <= Duration::from_millis(1_000));
        assert!(gap2 >= Duration::from_millis(1_000) && gap2 <= Duration::from_millis(2_000));

        // Never healthy: the schedule runs out; a halt ends it early.
        for _ in 0..5 {
            sensor.record(Duration::from_secs(40));
        }
        let n = std::sync::Mutex::new(0);
        let healthy = probe_on_schedule(&sensor, probe_delays(&config), &halt, || {
            *n.lock().unwrap() += 1;
            async { true }
        })
        .await;
        assert!(!healthy);
        assert_eq!(*n.lock().unwrap(), 6);
        halt.cancel();
        let started = Instant::now();
        let healthy =
            probe_on_schedule(&sensor, probe_delays(&config), &halt, || async { true }).await;
        assert!(!healthy);
        assert_eq!(started.elapsed(), Duration::ZERO, "halted: no backoff wait");
    }
}
