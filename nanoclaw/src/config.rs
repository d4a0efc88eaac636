//! The parent's settings: `config.toml` (pool, agents, interest groups, governance numbers,
//! circuit breaker) and `priorities.toml` (the weights of the impact score). Every number of
//! DESIGN.md section 8 has a default here; a file only needs what it changes. Unknown keys are
//! refused so that a typo is never silently ignored.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The whole `config.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where the pool is and how to talk to it.
    pub pool: PoolConfig,
    /// How agents are spawned.
    #[serde(default)]
    pub agents: AgentsConfig,
    /// One agent identity per interest group.
    #[serde(default)]
    pub groups: Vec<InterestGroup>,
    /// The local governance engine's numbers.
    #[serde(default)]
    pub governance: GovernanceConfig,
    /// The latency circuit breaker and the outbox drain.
    #[serde(default)]
    pub breaker: BreakerConfig,
    /// Retries on 429 and 503.
    #[serde(default)]
    pub retry: RetryConfig,
}

/// `[pool]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PoolConfig {
    /// Base URL of the broker, for example `http://127.0.0.1:7878`.
    pub url: String,
    /// Longest wait for one request, in seconds.
    pub timeout_secs: u64,
    /// Largest response body accepted; a larger answer is treated as a lying pool.
    pub max_response_bytes: usize,
    /// How many patterns one query asks for (1-100).
    pub query_limit: u32,
    /// The pool-side similarity cut of a query (the local governance cut is stricter).
    pub min_similarity: f32,
}

impl Default for PoolConfig {
    fn default() -> Self {
        PoolConfig {
            url: "http://127.0.0.1:7878".into(),
            timeout_secs: 40,
            max_response_bytes: 4 * 1024 * 1024,
            query_limit: 50,
            min_similarity: 0.5,
        }
    }
}

/// `[agents]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AgentsConfig {
    /// Each agent's time to live, in seconds (at most 3600).
    pub ttl_secs: u64,
    /// How many agents run at once.
    pub concurrency: usize,
    /// Agents start at a random moment within this many milliseconds.
    pub start_jitter_ms: u64,
}

impl Default for AgentsConfig {
    fn default() -> Self {
        AgentsConfig {
            ttl_secs: 600,
            concurrency: 16,
            start_jitter_ms: 2_000,
        }
    }
}

/// `[[groups]]`: one agent identity, with the interests its agents carry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterestGroup {
    /// The agent identity's name (budgets and the outbox are kept per identity).
    pub name: String,
    /// The interests (normalised before use).
    pub interests: Vec<String>,
}

/// `[governance]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GovernanceConfig {
    /// Similarity to the identity's interests must exceed this.
    pub similarity_threshold: f32,
    /// The local scanner's quality must reach this.
    pub quality_floor: f32,
    /// Risk points of tiers 0, 1, 2 and 3.
    pub tier_points: [u32; 4],
    /// Points a day per agent identity.
    pub identity_daily_budget: u32,
    /// Points a day for the whole parent.
    pub parent_daily_budget: u32,
    /// More than this many points within a rolling hour forces a pause.
    pub hourly_pause_points: u32,
    /// Length of that pause, in minutes.
    pub pause_minutes: u64,
    /// Above this fraction of the parent budget, decisions are flagged.
    pub flag_fraction: f32,
    /// Zone of the daily reset: `UTC` or a fixed offset such as `+02:00`.
    pub reset_zone: String,
    /// An impact score at or above this proceeds.
    pub proceed_score: f32,
    /// An impact score at or above this (and below `proceed_score`) escalates; below, rejects.
    pub escalate_score: f32,
    /// Time to live of an apply lease, in seconds.
    pub lease_ttl_secs: u64,
}

impl Default for GovernanceConfig {
    fn default() -> Self {
        GovernanceConfig {
            similarity_threshold: 0.85,
            quality_floor: 7.0,
            tier_points: [0, 1, 5, 20],
            identity_daily_budget: 100,
            parent_daily_budget: 300,
            hourly_pause_points: 80,
            pause_minutes: 30,
            flag_fraction: 0.8,
            reset_zone: "UTC".into(),
            proceed_score: 7.0,
            escalate_score: 4.0,
            lease_ttl_secs: 120,
        }
    }
}

/// `[breaker]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BreakerConfig {
    /// A rolling mean at or above this is Degraded (milliseconds).
    pub degraded_ms: u64,
    /// A rolling mean at or above this is Critical (milliseconds).
    pub critical_ms: u64,
    /// How many acknowledgements the rolling mean covers.
    pub window: usize,
    /// Health probes a sync sends, at most, while not Healthy.
    pub probe_attempts: u32,
    /// First probe delay; it doubles each time (milliseconds).
    pub probe_base_ms: u64,
    /// Longest probe delay (milliseconds).
    pub probe_max_ms: u64,
    /// The drain sends at most this many publishes a second (for the whole parent).
    pub drain_rate_per_sec: f64,
    /// Each drained publish waits a random extra delay up to this (milliseconds).
    pub drain_jitter_ms: u64,
}

impl Default for BreakerConfig {
    fn default() -> Self {
        BreakerConfig {
            degraded_ms: 5_000,
            critical_ms: 30_000,
            window: 5,
            probe_attempts: 5,
            probe_base_ms: 500,
            probe_max_ms: 8_000,
            drain_rate_per_sec: 5.0,
            drain_jitter_ms: 200,
        }
    }
}

/// `[retry]`: 429 and 503 handling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RetryConfig {
    /// Tries per request, the first included.
    pub attempts: u32,
    /// Base of the exponential backoff (milliseconds).
    pub base_ms: u64,
    /// Cap of one backoff delay (milliseconds), `Retry-After` aside.
    pub max_ms: u64,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            attempts: 4,
            base_ms: 250,
            max_ms: 10_000,
        }
    }
}

impl Config {
    /// A configuration for `pool_url` with one group per entry of `groups` (each a
    /// comma-separated list of interests). Group names come from their first interest.
    ///
    /// # Errors
    /// [`Error::Invalid`] when a group has no interest.
    pub fn new(pool_url: &str, groups: &[String]) -> Result<Self> {
        let mut out = Vec::new();
        for raw in groups {
            let interests: Vec<String> = raw
                .split(',')
                .map(pool_proto::normalise_interest)
                .filter(|s| !s.is_empty())
                .collect();
            let Some(first) = interests.first() else {
                return Err(Error::Invalid(format!(
                    "interest group {raw:?} has no interest; give a comma-separated list"
                )));
            };
            let mut name = first.replace(' ', "-");
            let mut n = 2;
            while out.iter().any(|g: &InterestGroup| g.name == name) {
                name = format!("{}-{n}", first.replace(' ', "-"));
                n += 1;
            }
            out.push(InterestGroup { name, interests });
        }
        Ok(Config {
            pool: PoolConfig {
                url: pool_url.trim_end_matches('/').to_string(),
                ..PoolConfig::default()
            },
            agents: AgentsConfig::default(),
            groups: out,
            governance: GovernanceConfig::default(),
            breaker: BreakerConfig::default(),
            retry: RetryConfig::default(),
        })
    }

    /// Parses and checks a `config.toml`.
    ///
    /// # Errors
    /// [`Error::Config`] naming the file and the problem.
    pub fn parse(path: &Path, text: &str) -> Result<Self> {
        let config: Config = toml::from_str(text).map_err(|e| Error::Config {
            path: path.into(),
            message: e.to_string(),
        })?;
        config.check().map_err(|message| Error::Config {
            path: path.into(),
            message,
        })?;
        Ok(config)
    }

    /// Checks the values that parse but make no sense.
    ///
    /// # Errors
    /// A sentence saying which value is wrong.
    pub fn check(&self) -> std::result::Result<(), String> {
        if !(self.pool.url.starts_with("http://") || self.pool.url.starts_with("https://")) {
            return Err(format!(
                "pool.url {:?} must start with http:// or https://",
                self.pool.url
            ));
        }
        if self.agents.ttl_secs == 0 || self.agents.ttl_secs > 3600 {
            return Err(
                "agents.ttl_secs must be 1 to 3600 (an agent lives at most one hour)".into(),
            );
        }
        if self.agents.concurrency == 0 {
            return Err("agents.concurrency must be at least 1".into());
        }
        if !(1..=100).contains(&self.pool.query_limit) {
            return Err("pool.query_limit must be 1 to 100".into());
        }
        if self.groups.is_empty() {
            return Err("there is no [[groups]] entry: add one with a name and interests".into());
        }
        for (i, g) in self.groups.iter().enumerate() {
            if g.name.trim().is_empty() || g.interests.is_empty() {
                return Err(format!(
                    "groups[{i}] needs a name and at least one interest"
                ));
            }
            if self.groups[..i].iter().any(|o| o.name == g.name) {
                return Err(format!("two groups are named {:?}", g.name));
            }
        }
        let b = &self.breaker;
        if b.window == 0 || b.degraded_ms == 0 || b.critical_ms < b.degraded_ms {
            return Err("breaker needs window >= 1 and 0 < degraded_ms <= critical_ms".into());
        }
        if b.drain_rate_per_sec.is_nan() || b.drain_rate_per_sec <= 0.0 {
            return Err("breaker.drain_rate_per_sec must be above 0".into());
        }
        if self.retry.attempts == 0 {
            return Err("retry.attempts must be at least 1".into());
        }
        crate::clock::parse_zone(&self.governance.reset_zone)?;
        Ok(())
    }

    /// The commented TOML written by `nanoclaw init`.
    pub fn to_commented_toml(&self) -> String {
        let mut groups = String::new();
        for g in &self.groups {
            let interests: Vec<String> = g.interests.iter().map(|i| format!("{i:?}")).collect();
            groups.push_str(&format!(
                "[[groups]]\nname = {:?}\ninterests = [{}]\n\n",
                g.name,
                interests.join(", ")
            ));
        }
        let d = &self.governance;
        let b = &self.breaker;
        let r = &self.retry;
        let a = &self.agents;
        format!(
            r#"# nanoclaw configuration: the parent's side of the pattern pool.
# Every value below is the default unless `nanoclaw init` set it; delete what you do not change.

[pool]
# The broker's base URL.
url = {url:?}
# Longest wait for one request (seconds).
timeout_secs = {timeout}
# Larger answers are refused as a lying pool (bytes).
max_response_bytes = {max_resp}
# Patterns asked for per query (1-100), and the pool-side similarity cut.
query_limit = {limit}
min_similarity = {min_sim:?}

[agents]
# An agent's time to live (seconds, at most 3600); the pool refuses it afterwards.
ttl_secs = {ttl}
# Agents running at once, and the random spread of their start (milliseconds).
concurrency = {conc}
start_jitter_ms = {jitter}

# One agent identity per interest group. Budgets and the outbox are kept per identity.
{groups}[governance]
# Similarity to the identity's interests must exceed this; local scanner quality must reach the floor.
similarity_threshold = {sim:?}
quality_floor = {floor:?}
# Risk points of tiers 0, 1, 2, 3, and the daily budgets (reset at local midnight of reset_zone).
tier_points = [{p0}, {p1}, {p2}, {p3}]
identity_daily_budget = {ib}
parent_daily_budget = {pb}
# More than hourly_pause_points in a rolling hour pauses applying for pause_minutes.
hourly_pause_points = {hp}
pause_minutes = {pm}
# Above this fraction of the parent budget every decision is flagged.
flag_fraction = {ff:?}
# "UTC" or a fixed offset such as "+02:00".
reset_zone = {zone:?}
# Impact score (weights in priorities.toml): >= proceed applies, >= escalate proposes, else rejects.
proceed_score = {ps:?}
escalate_score = {es:?}
# How long an apply lease lives (seconds); an expired one may be taken over.
lease_ttl_secs = {lease}

[breaker]
# Rolling mean of the last `window` acknowledgement latencies: >= degraded_ms buffers publishes,
# >= critical_ms stops sending.
degraded_ms = {deg}
critical_ms = {crit}
window = {win}
# Health probes while not healthy: attempts, first delay and cap (milliseconds, doubling).
probe_attempts = {pa}
probe_base_ms = {pbm}
probe_max_ms = {pmx}
# The outbox drains at most this many publishes a second, each with a random extra delay.
drain_rate_per_sec = {rate:?}
drain_jitter_ms = {dj}

[retry]
# 429 and 503: tries per request, exponential backoff with full jitter (milliseconds),
# never sooner than the pool's Retry-After.
attempts = {ra}
base_ms = {rb}
max_ms = {rm}
"#,
            url = self.pool.url,
            timeout = self.pool.timeout_secs,
            max_resp = self.pool.max_response_bytes,
            limit = self.pool.query_limit,
            min_sim = self.pool.min_similarity,
            ttl = a.ttl_secs,
            conc = a.concurrency,
            jitter = a.start_jitter_ms,
            sim = d.similarity_threshold,
            floor = d.quality_floor,
            p0 = d.tier_points[0],
            p1 = d.tier_points[1],
            p2 = d.tier_points[2],
            p3 = d.tier_points[3],
            ib = d.identity_daily_budget,
            pb = d.parent_daily_budget,
            hp = d.hourly_pause_points,
            pm = d.pause_minutes,
            ff = d.flag_fraction,
            zone = d.reset_zone,
            ps = d.proceed_score,
            es = d.escalate_score,
            lease = d.lease_ttl_secs,
            deg = b.degraded_ms,
            crit = b.critical_ms,
            win = b.window,
            pa = b.probe_attempts,
            pbm = b.probe_base_ms,
            pmx = b.probe_max_ms,
            rate = b.drain_rate_per_sec,
            dj = b.drain_jitter_ms,
            ra = r.attempts,
            rb = r.base_ms,
            rm = r.max_ms,
        )
    }
}

/// `priorities.toml`: how much each impact axis weighs in the parent's impact score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Priorities {
    /// Weight of `impact.security`.
    pub security: f32,
    /// Weight of `impact.quality`.
    pub quality: f32,
    /// Weight of `impact.growth`.
    pub growth: f32,
    /// Weight of `impact.speed`.
    pub speed: f32,
    /// Weight of `impact.cost`.
    pub cost: f32,
}

impl Default for Priorities {
    fn default() -> Self {
        Priorities {
            security: 1.5,
            quality: 1.3,
            growth: 1.2,
            speed: 1.0,
            cost: 0.8,
        }
    }
}

impl Priorities {
    /// Parses a `priorities.toml`.
    ///
    /// # Errors
    /// [`Error::Config`] naming the file and the problem.
    pub fn parse(path: &Path, text: &str) -> Result<Self> {
        let p: Priorities = toml::from_str(text).map_err(|e| Error::Config {
            path: path.into(),
            message: e.to_string(),
        })?;
        let w = [p.security, p.quality, p.growth, p.speed, p.cost];
        if w.iter().any(|x| !x.is_finite() || *x < 0.0) {
            return Err(Error::Config {
                path: path.into(),
                message: "every weight must be a number at or above 0".into(),
            });
        }
        Ok(p)
    }

    /// The weights in axis order (security, quality, growth, speed, cost).
    pub fn weights(&self) -> [f32; 5] {
        [
            self.security,
            self.quality,
            self.growth,
            self.speed,
            self.cost,
        ]
    }

    /// The commented TOML written by `nanoclaw init`.
    pub fn to_commented_toml(&self) -> String {
        format!(
            "# How much each impact axis weighs when a pattern declares `impact`.\n\
             # score = sum(weight x axis), clamped to -10..10: >= proceed_score applies,\n\
             # >= escalate_score becomes a proposal, below rejects (see config.toml).\n\
             security = {:.1}\nquality = {:.1}\ngrowth = {:.1}\nspeed = {:.1}\ncost = {:.1}\n",
            self.security, self.quality, self.growth, self.speed, self.cost
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commented_config_round_trips() {
        let c = Config::new(
            "http://127.0.0.1:9",
            &["Bitcoin, founder-scaling".into(), "bitcoin mining".into()],
        )
        .unwrap();
        assert_eq!(c.groups[0].name, "bitcoin");
        assert_eq!(c.groups[1].name, "bitcoin-mining");
        let back = Config::parse(Path::new("c.toml"), &c.to_commented_toml()).unwrap();
        assert_eq!(back, c);
        let p = Priorities::default();
        let back = Priorities::parse(Path::new("p.toml"), &p.to_commented_toml()).unwrap();
        assert_eq!(back, p);
    }

    #[test]
    fn broken_configs_name_the_problem() {
        let path = Path::new("c.toml");
        let err = Config::parse(path, "[pool]\nurl = 3\n").unwrap_err();
        assert!(err.to_string().contains("c.toml"), "{err}");
        let err = Config::parse(path, "[pool]\nurl = \"http://x\"\nbogus = 1\n").unwrap_err();
        assert!(err.to_string().contains("bogus"), "{err}");
        let err = Config::parse(path, "[pool]\nurl = \"http://x\"\n").unwrap_err();
        assert!(err.to_string().contains("groups"), "{err}");
        let text = "[pool]\nurl = \"http://x\"\n[agents]\nttl_secs = 7200\n[[groups]]\nname = \"a\"\ninterests = [\"a\"]\n";
        let err = Config::parse(path, text).unwrap_err();
        assert!(err.to_string().contains("3600"), "{err}");
    }
}
