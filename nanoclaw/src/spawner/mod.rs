//! The spawner: one ephemeral [`Agent`] per job (an interest group), many at once under a
//! bound, their starts spread by random jitter (so a thousand parents waking at midnight do not
//! arrive in the same second), each cancelled when its time to live runs out, and a report of
//! what each did. Work runs on a [`TaskTracker`] under a [`CancellationToken`], never as
//! detached tasks; the kill switch stops new agents and, through the pool client, abandons the
//! running ones' requests.
//!
//! The spawner holds the [`ParentHandle`], which can only sign delegations: agents receive a
//! delegation, never the parent key.

mod agent;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use pool_proto::identity::MAX_DELEGATION_MS;
use pool_proto::{Delegation, Keypair, PublicKey};
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

pub use agent::{
    Agent, AgentOutcome, AgentReport, PATTERN_TTL_MS, PublishOutcome, secret_fingerprint,
};

use crate::client::PoolClient;
use crate::error::{Error, Result};

/// The parent's key, able only to issue delegations.
pub struct ParentHandle {
    key: Keypair,
}

impl std::fmt::Debug for ParentHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ParentHandle({})", self.key.public())
    }
}

impl ParentHandle {
    /// Wraps the parent key.
    pub fn new(key: Keypair) -> Self {
        ParentHandle { key }
    }

    /// The parent's public key.
    pub fn public(&self) -> PublicKey {
        self.key.public()
    }

    fn delegate(&self, agent: &PublicKey, not_after_ms: u64) -> Delegation {
        Delegation::issue(&self.key, agent, not_after_ms)
    }
}

/// How agents are spawned.
#[derive(Debug, Clone)]
pub struct SpawnerConfig {
    /// Each agent's time to live (at most one hour).
    pub ttl: Duration,
    /// Agents running at once.
    pub concurrency: usize,
    /// Each agent starts after a random delay up to this.
    pub start_jitter: Duration,
}

/// One agent to spawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentJob {
    /// The agent identity (interest group name).
    pub identity: String,
    /// Its normalised interests.
    pub interests: Vec<String>,
}

/// The spawner.
#[derive(Debug)]
pub struct Spawner {
    parent: Arc<ParentHandle>,
    pool: PoolClient,
    config: SpawnerConfig,
    cancel: CancellationToken,
    tracker: TaskTracker,
}

impl Spawner {
    /// A spawner for `parent`'s agents.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the TTL is zero or above one hour, or the bound is zero.
    pub fn new(parent: ParentHandle, pool: PoolClient, config: SpawnerConfig) -> Result<Self> {
        if config.ttl.is_zero() || config.ttl.as_millis() > u128::from(MAX_DELEGATION_MS) {
            return Err(Error::Invalid(
                "an agent's time to live must be above 0 and at most one hour".into(),
            ));
        }
        if config.concurrency == 0 {
            return Err(Error::Invalid(
                "agent concurrency must be at least 1".into(),
            ));
        }
        Ok(Spawner {
            parent: Arc::new(parent),
            pool,
            config,
            cancel: CancellationToken::new(),
            tracker: TaskTracker::new(),
        })
    }

    /// Cancels every agent of this spawner.
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// Runs one agent per job: `work` gets the agent and must hand it back; the spawner then
    /// [`Agent::finish`]es it. An agent still working at its deadline is cancelled (dropped,
    /// its key zeroized) and reported as expired. `on_done` sees each report as it arrives.
    pub async fn run<F, Fut>(
        &self,
        jobs: Vec<AgentJob>,
        work: F,
        on_done: &(dyn Fn(&AgentReport) + Sync),
    ) -> Vec<AgentReport>
    where
        F: Fn(Agent) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Agent> + Send + 'static,
    {
        let permits = Arc::new(Semaphore::new(self.config.concurrency));
        let mut handles = Vec::with_capacity(jobs.len());
        for job in jobs {
            let work = work.clone();
            let permits = permits.clone();
            let parent = self.parent.clone();
            let pool = self.pool.clone();
            let cancel = self.cancel.clone();
            let config = self.config.clone();
            handles.push(self.tracker.spawn(async move {
                run_one(job, work, permits, parent, pool, cancel, config).await
            }));
        }
        self.tracker.close();
        let mut reports = Vec::with_capacity(handles.len());
        for h in handles {
            let report = match h.await {
                Ok(r) => r,
                Err(e) => AgentReport {
                    identity: String::new(),
                    agent: String::new(),
                    secret_fingerprint: String::new(),
                    found: Vec::new(),
                    delivered: 0,
                    published: Vec::new(),
                    buffered: 0,
                    outcome: AgentOutcome::Failed(format!("agent task failed: {e}")),
                },
            };
            on_done(&report);
            reports.push(report);
        }
        self.tracker.wait().await;
        reports
    }
}

fn unborn(job: &AgentJob, outcome: AgentOutcome) -> AgentReport {
    AgentReport {
        identity: job.identity.clone(),
        agent: String::new(),
        secret_fingerprint: String::new(),
        found: Vec::new(),
        delivered: 0,
        published: Vec::new(),
        buffered: 0,
        outcome,
    }
}

async fn run_one<F, Fut>(
    job: AgentJob,
    work: F,
    permits: Arc<Semaphore>,
    parent: Arc<ParentHandle>,
    pool: PoolClient,
    cancel: CancellationToken,
    config: SpawnerConfig,
) -> AgentReport
where
    F: Fn(Agent) -> Fut,
    Fut: Future<Output = Agent>,
{
    let halt = pool.halt().token().clone();
    let jitter_ms = u64::try_from(config.start_jitter.as_millis()).unwrap_or(u64::MAX);
    let jitter = Duration::from_millis(if jitter_ms == 0 {
        0
    } else {
        rand::random::<u64>() % jitter_ms
    });
    tokio::select! {
        _ = cancel.cancelled() => return unborn(&job, AgentOutcome::Failed("cancelled before start".into())),
        _ = halt.cancelled() => return unborn(&job, AgentOutcome::Halted),
        _ = tokio::time::sleep(jitter) => {}
    }
    let _permit = tokio::select! {
        _ = cancel.cancelled() => return unborn(&job, AgentOutcome::Failed("cancelled before start".into())),
        _ = halt.cancelled() => return unborn(&job, AgentOutcome::Halted),
        p = permits.acquire_owned() => match p {
            Ok(p) => p,
            Err(_) => return unborn(&job, AgentOutcome::Failed("spawner closed".into())),
        },
    };
    if pool.halt().check().is_err() {
        return unborn(&job, AgentOutcome::Halted);
    }
    let agent = Agent::new(
        |key, not_after| parent.delegate(key, not_after),
        job.identity.clone(),
        job.interests.clone(),
        config.ttl,
        pool.clone(),
    );
    let deadline = agent.deadline();
    let public = agent.public().to_b64u();
    let fingerprint = agent.fingerprint();
    let gone = |outcome| AgentReport {
        agent: public.clone(),
        secret_fingerprint: fingerprint.clone(),
        ..unborn(&job, outcome)
    };
    tokio::select! {
        _ = cancel.cancelled() => gone(AgentOutcome::Failed("cancelled".into())),
        _ = tokio::time::sleep_until(deadline) => {
            tracing::warn!(identity = %job.identity, agent = %public, "agent past its time to live: cancelled");
            gone(AgentOutcome::Expired)
        }
        agent = work(agent) => agent.finish(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::breaker::Sensor;
    use crate::config::{BreakerConfig, PoolConfig, RetryConfig};
    use crate::halt::Halt;

    fn spawner(ttl: Duration, halt: CancellationToken) -> Spawner {
        let pool = PoolClient::new(
            &PoolConfig {
                url: "http://127.0.0.1:9".into(),
                ..PoolConfig::default()
            },
            &RetryConfig::default(),
            Arc::new(Sensor::new(BreakerConfig::default())),
            Halt::manual(halt),
        )
        .unwrap();
        Spawner::new(
            ParentHandle::new(Keypair::generate()),
            pool,
            SpawnerConfig {
                ttl,
                concurrency: 2,
                start_jitter: Duration::from_millis(500),
            },
        )
        .unwrap()
    }

    fn jobs(n: usize) -> Vec<AgentJob> {
        (0..n)
            .map(|i| AgentJob {
                identity: format!("g{i}"),
                interests: vec!["bitcoin fees".into()],
            })
            .collect()
    }

    /// On tokio's paused clock: an agent that would work past its time to live is cancelled
    /// at its deadline and reported expired; one that finishes in time completes; the
    /// concurrency bound and the start jitter only delay, never lose, an agent.
    #[tokio::test(start_paused = true)]
    async fn agents_past_their_ttl_are_cancelled_and_the_rest_complete() {
        let s = spawner(Duration::from_secs(60), CancellationToken::new());
        let started = tokio::time::Instant::now();
        let reports = s
            .run(
                jobs(5),
                |agent: Agent| async move {
                    let slow = agent.identity() == "g3";
                    let work = if slow { 3_600 } else { 10 };
                    tokio::time::sleep(Duration::from_secs(work)).await;
                    agent
                },
                &|_| {},
            )
            .await;
        assert_eq!(reports.len(), 5);
        for r in &reports {
            let want = if r.identity == "g3" {
                AgentOutcome::Expired
            } else {
                AgentOutcome::Completed
            };
            assert_eq!(r.outcome, want, "{}", r.identity);
        }
        // The slow agent was cut at its 60 s deadline, not after its hour of work.
        assert!(started.elapsed() < Duration::from_secs(120));
    }

    /// A halt before the agents start: none is born, each is reported halted.
    #[tokio::test(start_paused = true)]
    async fn a_halt_before_start_births_no_agent() {
        let halt = CancellationToken::new();
        halt.cancel();
        let s = spawner(Duration::from_secs(60), halt);
        let reports = s
            .run(jobs(3), |agent: Agent| async move { agent }, &|_| {})
            .await;
        assert!(
            reports
                .iter()
                .all(|r| r.outcome == AgentOutcome::Halted && r.agent.is_empty())
        );
    }

    #[test]
    fn a_ttl_above_one_hour_is_refused() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let _g = rt.enter();
        let pool = spawner(Duration::from_secs(1), CancellationToken::new()).pool;
        let err = Spawner::new(
            ParentHandle::new(Keypair::generate()),
            pool,
            SpawnerConfig {
                ttl: Duration::from_secs(3_601),
                concurrency: 1,
                start_jitter: Duration::ZERO,
            },
        )
        .unwrap_err();
        assert!(err.to_string().contains("at most one hour"), "{err}");
    }
}
