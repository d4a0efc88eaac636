//! The ephemeral agent: an interest vector, a fresh key, a delegation, a deadline, and nothing
//! else of the parent's.
//!
//! **By construction** an [`Agent`] can only be made by the spawner (its constructor is
//! private to the `spawner` module), and its fields are: its own fresh key (zeroized on drop,
//! never serialised, never given out), the delegation the parent signed for that key, the
//! identity name and interests it searches for, its deadline, the shared pool client, and the
//! log of what it did in the pool. There is no field for the parent's memory, secrets, config or
//! decisions, and no way to attach one. Every action checks the deadline, the delegation's
//! not-after and the kill switch first; [`Agent::finish`] consumes the agent, so it cannot act
//! after handing its results back.

use pool_proto::wire::{QueriedPattern, QueryRequest};
use pool_proto::{Delegation, Keypair, Limits, Pattern, PublicKey, RequestAuth};
use serde::Serialize;
use tokio::time::Instant;

use crate::breaker::Route;
use crate::client::{ClientError, PoolClient, RequestSigner};
use crate::clock::now_ms;
use crate::outbox::Draft;

/// How long a pattern an agent signs lives in the pool (the protocol's default, 72 h).
pub const PATTERN_TTL_MS: u64 = pool_proto::pattern::DEFAULT_TTL_MS;

/// A one-way fingerprint of a secret seed (blake3 key derivation). It reveals nothing of the
/// seed; tests use it to prove that no agent's seed was ever written anywhere.
pub fn secret_fingerprint(seed: &[u8; 32]) -> [u8; 32] {
    blake3::derive_key("nanoclaw 2024 agent secret fingerprint v1", seed)
}

/// What became of one publish.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum PublishOutcome {
    /// The pool stored it.
    Stored {
        /// The stored pattern's id.
        id: String,
    },
    /// The breaker is Degraded: it stays in the outbox, unsent.
    Buffered,
}

/// How an agent's life ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome", content = "why")]
pub enum AgentOutcome {
    /// It did all it was asked.
    Completed,
    /// An action failed (the first failure).
    Failed(String),
    /// Its time to live ran out (the spawner cancelled it, or an action found it expired).
    Expired,
    /// The kill switch stopped it.
    Halted,
}

/// What an agent hands back: only what it did in the pool.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AgentReport {
    /// The agent identity (interest group).
    pub identity: String,
    /// The agent's public key (base64url), or empty when it was never born.
    pub agent: String,
    /// [`secret_fingerprint`] of its seed, hex (never the seed).
    #[serde(skip)]
    pub secret_fingerprint: String,
    /// Verified patterns the pool delivered.
    #[serde(skip)]
    pub found: Vec<QueriedPattern>,
    /// How many patterns it delivered.
    pub delivered: usize,
    /// Ids of patterns it published.
    pub published: Vec<String>,
    /// Publishes it left buffered.
    pub buffered: usize,
    /// How it ended.
    pub outcome: AgentOutcome,
}

/// An ephemeral agent. See the module documentation for what it can and cannot hold.
pub struct Agent {
    key: Keypair,
    delegation: Delegation,
    identity: String,
    interests: Vec<String>,
    deadline: Instant,
    pool: PoolClient,
    found: Vec<QueriedPattern>,
    published: Vec<String>,
    buffered: usize,
    outcome: AgentOutcome,
}

impl std::fmt::Debug for Agent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Agent")
            .field("public", &self.key.public())
            .field("identity", &self.identity)
            .field("interests", &self.interests)
            .finish_non_exhaustive()
    }
}

/// Signs with the agent's key without handing the key out.
struct Signer<'a> {
    key: &'a Keypair,
    delegation: &'a Delegation,
    deadline: Instant,
}

impl RequestSigner for Signer<'_> {
    fn sign(
        &self,
        method: &str,
        path: &str,
        timestamp_ms: u64,
        body: &[u8],
    ) -> Result<RequestAuth, pool_proto::ProtoError> {
        RequestAuth::sign(self.key, self.delegation, method, path, timestamp_ms, body)
    }

    fn deadline(&self) -> Instant {
        self.deadline
    }
}

impl Agent {
    /// Births an agent: a fresh key, the delegation for it, the deadline. Only the spawner
    /// calls this.
    pub(super) fn new(
        delegate: impl FnOnce(&PublicKey, u64) -> Delegation,
        identity: String,
        interests: Vec<String>,
        ttl: std::time::Duration,
        pool: PoolClient,
    ) -> Self {
        let key = Keypair::generate();
        let not_after = now_ms().saturating_add(u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX));
        let delegation = delegate(&key.public(), not_after);
        Agent {
            key,
            delegation,
            identity,
            interests,
            deadline: Instant::now() + ttl,
            pool,
            found: Vec::new(),
            published: Vec::new(),
            buffered: 0,
            outcome: AgentOutcome::Completed,
        }
    }

    /// The agent's public key.
    pub fn public(&self) -> PublicKey {
        self.key.public()
    }

    /// The fingerprint of its seed (see [`secret_fingerprint`]).
    pub(super) fn fingerprint(&self) -> String {
        blake3::Hash::from(secret_fingerprint(&self.key.seed()))
            .to_hex()
            .to_string()
    }

    /// The agent identity it acts for.
    pub fn identity(&self) -> &str {
        &self.identity
    }

    /// Its interests.
    pub fn interests(&self) -> &[String] {
        &self.interests
    }

    /// The instant its time to live ends.
    pub fn deadline(&self) -> Instant {
        self.deadline
    }

    /// Checks that the agent may still act: within its TTL, within the delegation's not-after,
    /// and not halted.
    ///
    /// # Errors
    /// [`ClientError::Expired`] or [`ClientError::Halted`].
    pub fn alive(&self) -> Result<(), ClientError> {
        if Instant::now() >= self.deadline || now_ms() >= self.delegation.not_after_ms {
            return Err(ClientError::Expired);
        }
        self.pool.halt().check().map_err(|_| ClientError::Halted)
    }

    fn signer(&self) -> Signer<'_> {
        Signer {
            key: &self.key,
            delegation: &self.delegation,
            deadline: self.deadline,
        }
    }

    /// Records the first failure as the agent's outcome.
    fn note<T>(&mut self, r: Result<T, ClientError>) -> Result<T, ClientError> {
        if let Err(e) = &r
            && self.outcome == AgentOutcome::Completed
        {
            self.outcome = match e {
                ClientError::Expired => AgentOutcome::Expired,
                ClientError::Halted => AgentOutcome::Halted,
                other => AgentOutcome::Failed(other.to_string()),
            };
        }
        r
    }

    fn check_route(&self, route: Route) -> Result<Route, ClientError> {
        if route == Route::Block {
            return Err(ClientError::Critical {
                mean_ms: self.pool.sensor().mean_ms().unwrap_or(0),
            });
        }
        Ok(route)
    }

    /// Asks the pool for patterns matching its interests; keeps the verified ones.
    ///
    /// # Errors
    /// [`ClientError`] (also recorded as the agent's outcome).
    pub async fn query(&mut self, limit: u32, min_similarity: f32) -> Result<usize, ClientError> {
        let r = self.query_inner(limit, min_similarity).await;
        self.note(r)
    }

    async fn query_inner(&mut self, limit: u32, min_similarity: f32) -> Result<usize, ClientError> {
        self.alive()?;
        self.check_route(self.pool.sensor().route_query())?;
        let req = QueryRequest {
            interests: self.interests.clone(),
            version: pool_proto::wire::PROTOCOL_VERSION.into(),
            safety: pool_proto::wire::SAFETY_LEVELS[0].into(),
            limit: Some(limit),
            min_similarity: Some(min_similarity),
        };
        let resp = self.pool.query(&self.signer(), &req).await?;
        let n = resp.patterns.len();
        self.found.extend(resp.patterns);
        Ok(n)
    }

    /// Whether the pool holds pattern `id` (looked up by its interests); used to reconcile an
    /// outbox entry a crash left in flight.
    ///
    /// # Errors
    /// [`ClientError`].
    pub async fn pool_has(&mut self, interests: &[String], id: &str) -> Result<bool, ClientError> {
        let r = async {
            self.alive()?;
            self.check_route(self.pool.sensor().route_query())?;
            let req = QueryRequest {
                interests: interests.to_vec(),
                version: pool_proto::wire::PROTOCOL_VERSION.into(),
                safety: pool_proto::wire::SAFETY_LEVELS[0].into(),
                limit: Some(pool_proto::wire::MAX_QUERY_LIMIT),
                min_similarity: Some(0.9),
            };
            let resp = self.pool.query(&self.signer(), &req).await?;
            Ok(resp.patterns.iter().any(|q| q.pattern.id == id))
        }
        .await;
        self.note(r)
    }

    /// Signs a draft as a pattern authored by this agent.
    ///
    /// # Errors
    /// [`ClientError::Sign`] when the draft breaks the protocol's limits.
    pub fn author(&self, draft: &Draft) -> Result<Pattern, ClientError> {
        self.alive()?;
        draft
            .to_proto()
            .sign(&self.key, now_ms(), PATTERN_TTL_MS, &Limits::default())
            .map_err(ClientError::Sign)
    }

    /// What the interceptor would do with a publish right now.
    pub fn publish_route(&self) -> Route {
        self.pool.sensor().route_publish()
    }

    /// Publishes a pattern this agent authored, through the interceptor: sent while Healthy,
    /// buffered (not sent) while Degraded, refused while Critical.
    ///
    /// # Errors
    /// [`ClientError`] (also recorded as the agent's outcome).
    pub async fn publish(&mut self, pattern: &Pattern) -> Result<PublishOutcome, ClientError> {
        let r = self.publish_inner(pattern).await;
        self.note(r)
    }

    async fn publish_inner(&mut self, pattern: &Pattern) -> Result<PublishOutcome, ClientError> {
        self.alive()?;
        if pattern.author != self.key.public().to_b64u() {
            return Err(ClientError::Sign(pool_proto::ProtoError::bad_field(
                "author",
                "an agent publishes only patterns it authored",
            )));
        }
        if self.check_route(self.publish_route())? == Route::Buffer {
            self.buffered += 1;
            return Ok(PublishOutcome::Buffered);
        }
        let resp = self.pool.publish(&self.signer(), pattern).await?;
        self.published.push(resp.id.clone());
        Ok(PublishOutcome::Stored { id: resp.id })
    }

    /// Hands back what the agent did. Consumes it: its key is zeroized as it drops, and it
    /// can never act again.
    pub fn finish(self) -> AgentReport {
        AgentReport {
            identity: self.identity.clone(),
            agent: self.key.public().to_b64u(),
            secret_fingerprint: self.fingerprint(),
            delivered: self.found.len(),
            found: self.found,
            published: self.published,
            buffered: self.buffered,
            outcome: self.outcome,
        }
    }
}

impl Agent {
    /// The kill switch's token (for waits outside the pool client).
    pub fn halt_token(&self) -> tokio_util::sync::CancellationToken {
        self.pool.halt().token().clone()
    }
}
