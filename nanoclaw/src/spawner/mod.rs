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
