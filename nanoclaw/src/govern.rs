//! The local governance engine: the parent decides, alone, what it applies.
//!
//! Every delivered pattern is judged in this order, and every decision is one audit line with
//! its reasons and numbers:
//! 1. id, signature and shape verified again (the pool is not trusted);
//! 2. re-scanned with the scanner crate: any finding, or a scanner error, rejects;
//! 3. similarity of its interests to the identity's interests must exceed 0.85, and the local
//!    scanner's quality must reach the floor (7.0);
//! 4. tier 3 always becomes a proposal (for `nanoclaw approve` / `reject`);
//! 5. a declared `impact` gives the weighted score (weights from `priorities.toml`):
//!    ≥ 7 proceeds, 4 to < 7 becomes a proposal, < 4 rejects;
//! 6. the risk budget (see [`crate::budget`]) must allow its tier.
//!
//! A sync's decisions are made as one batch ([`Governor::decide_all`]): applying takes the
//! pattern's lease and charges the budget in memory; then the ledger is saved, every audit line
//! is appended (one write, one sync), and only then are `applied/<id>.md` (front matter, then
//! the body) and the proposals written, each atomically, with their fsyncs grouped. Charging
//! before writing means a crash can only over-count a budget, never apply for free; logging
//! before writing means no applied file ever lacks its audit line.

use std::path::PathBuf;

use pool_proto::{Embedder as _, HashedNgramEmbedder, Impact, Limits, Pattern};
use scanner::{ScanInput, Scanner};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::audit::{AuditEntry, AuditLog, Decision};
use crate::budget::Budget;
use crate::clock::{self, rfc3339};
use crate::config::{GovernanceConfig, Priorities};
use crate::error::{Error, Result};
use crate::home::{Home, atomic_write, atomic_write_all};
use crate::lease::{Lease, owner_label};

/// A pattern to judge, with the identity it was found for.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The pattern as delivered.
    pub pattern: Pattern,
    /// The agent identity that found it.
    pub identity: String,
    /// That identity's interests.
    pub identity_interests: Vec<String>,
}

/// The verdict on one candidate, before acting on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// Apply, escalate or reject.
    pub decision: Decision,
    /// Why.
    pub reasons: Vec<String>,
    /// The numbers.
    pub numbers: Map<String, Value>,
    /// Flags raised.
    pub flags: Vec<String>,
    /// Its risk points.
    pub points: u32,
}

/// What [`Governor::decide`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Written under `applied/`.
    Applied,
    /// Written under `proposals/`.
    Escalated,
    /// Refused.
    Rejected,
    /// Already applied or proposed earlier: nothing to do.
    Known,
    /// Another process holds its lease: left for later.
    Busy,
}

/// A proposal waiting for a person.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Proposal {
    /// The pattern.
    pub pattern: Pattern,
    /// The identity that found it.
    pub identity: String,
    /// That identity's interests.
    pub identity_interests: Vec<String>,
    /// Why it was escalated.
    pub reasons: Vec<String>,
    /// The numbers.
    pub numbers: Map<String, Value>,
    /// When (unix ms).
    pub at_ms: u64,
}

/// Feedback on an applied pattern.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Feedback {
    /// Pattern id.
    pub id: String,
    /// Times it helped.
    pub helped: u32,
    /// Times it did not.
    pub not_helped: u32,
    /// Last feedback (unix ms).
    pub last_ms: u64,
}

/// The weighted impact score: the sum of weight × axis, clamped to -10..10. An axis at 0 means
/// "no effect", so it neither dilutes nor adds (a weighted mean would let a pattern that only
/// improves security look mediocre).
pub fn impact_score(impact: &Impact, priorities: &Priorities) -> f32 {
    impact
        .axes()
        .iter()
        .zip(priorities.weights())
        .map(|(a, w)| f32::from(*a) * w)
        .sum::<f32>()
        .clamp(-10.0, 10.0)
}

/// The engine, bound to one parent home.
#[derive(Debug)]
pub struct Governor {
    home: Home,
    config: GovernanceConfig,
    priorities: Priorities,
    scanner: Scanner,
    embedder: HashedNgramEmbedder,
    budget: Budget,
    audit: AuditLog,
    zone_min: i64,
}

fn round3(x: f32) -> Value {
    json!((f64::from(x) * 1000.0).round() / 1000.0)
}

impl Governor {
    /// The engine for `home` with its configuration and priorities.
    ///
    /// # Errors
    /// [`Error::Scan`] when the scanner cannot load; [`Error::Config`] on a corrupt budget.
    pub fn new(home: &Home, config: &GovernanceConfig, priorities: Priorities) -> Result<Self> {
        let scanner = builtin_scanner()?;
        let zone_min = clock::parse_zone(&config.reset_zone).map_err(|m| Error::Config {
            path: home.config_path(),
            message: m,
        })?;
        Ok(Governor {
            budget: Budget::load(&home.path("budget"), config)?,
            audit: AuditLog::new(home.path("audit")),
            home: home.clone(),
            config: config.clone(),
            priorities,
            scanner,
            embedder: HashedNgramEmbedder::default(),
            zone_min,
        })
    }

    /// The budget ledger.
    pub fn budget(&self) -> &Budget {
        &self.budget
    }

    fn applied_path(&self, id: &str) -> PathBuf {
        self.home.path("applied").join(format!("{id}.md"))
    }

    fn proposal_path(&self, id: &str) -> PathBuf {
        self.home.path("proposals").join(format!("{id}.json"))
    }

    /// The similarity of a pattern's interests to an identity's.
    pub fn similarity(&self, pattern_interests: &[String], identity_interests: &[String]) -> f32 {
        pool_proto::similarity(
            &self.embedder.embed(pattern_interests),
            &self.embedder.embed(identity_interests),
        )
    }

    /// Judges a candidate (consulting, not charging, the budget).
    pub fn judge(&mut self, c: &Candidate, now_ms: u64) -> Judgement {
        let p = &c.pattern;
        let mut numbers = Map::new();
        let mut reasons = Vec::new();
        let reject = |reasons: Vec<String>, numbers: Map<String, Value>| Judgement {
            decision: Decision::Reject,
            reasons,
            numbers,
            flags: Vec::new(),
            points: 0,
        };
        if let Err(e) = p.verify() {
            return reject(vec![format!("forged: {e}")], numbers);
        }
        if let Err(e) = p.check_shape(&Limits::default(), now_ms) {
            return reject(vec![format!("malformed: {e}")], numbers);
        }
        let report = match self.scanner.scan(&ScanInput {
            id: Some(&p.id),
            title: &p.title,
            body: &p.body,
            interests: &p.interests,
        }) {
            Ok(r) => r,
            Err(e) => return reject(vec![format!("scanner could not judge: {e}")], numbers),
        };
        numbers.insert("quality".into(), round3(report.quality));
        numbers.insert("engine".into(), json!(report.engine));
        if !report.findings.is_empty() || !report.is_clean() {
            let rules: Vec<String> = report
                .findings
                .iter()
                .map(|f| format!("{} ({})", f.rule, f.category.as_str()))
                .collect();
            reasons.push(format!("re-scan found: {}", rules.join(", ")));
        }
        let sim = self.similarity(&p.interests, &c.identity_interests);
        numbers.insert("similarity".into(), round3(sim));
        if sim <= self.config.similarity_threshold {
            reasons.push(format!(
                "similarity {sim:.3} <= {}",
                self.config.similarity_threshold
            ));
        }
        if report.quality < self.config.quality_floor {
            reasons.push(format!(
                "quality {:.2} < floor {}",
                report.quality, self.config.quality_floor
            ));
        }
        if !reasons.is_empty() {
            return reject(reasons, numbers);
        }
        let check = self.budget.check(&c.identity, p.tier, now_ms);
        numbers.insert("points".into(), json!(check.points));
        numbers.insert("identitySpent".into(), json!(check.identity_spent));
        numbers.insert("parentSpent".into(), json!(check.parent_spent));
        numbers.insert("hourSpent".into(), json!(check.hour_spent));
        let flags = check.flags.clone();
        let mut decision = Decision::Apply;
        if p.tier >= 3 {
            decision = Decision::Escalate;
            reasons.push("tier 3 is never applied automatically".into());
        }
        if let Some(impact) = &p.impact {
            let score = impact_score(impact, &self.priorities);
            numbers.insert("impactScore".into(), round3(score));
            if score < self.config.escalate_score {
                return Judgement {
                    decision: Decision::Reject,
                    reasons: vec![format!(
                        "impact score {score:.2} < {}",
                        self.config.escalate_score
                    )],
                    numbers,
                    flags,
                    points: check.points,
                };
            }
            if score < self.config.proceed_score {
                decision = Decision::Escalate;
                reasons.push(format!(
                    "impact score {score:.2} is between {} and {}",
                    self.config.escalate_score, self.config.proceed_score
                ));
            }
        }
        if decision == Decision::Apply && !check.allowed {
            return Judgement {
                decision: Decision::Reject,
                reasons: vec![check.reason.unwrap_or_default()],
                numbers,
                flags,
                points: check.points,
            };
        }
        if decision == Decision::Apply {
            reasons.push(format!(
                "clean, similarity {sim:.3} > {}, quality {:.2} >= {}, within budget",
                self.config.similarity_threshold, report.quality, self.config.quality_floor
            ));
        }
        Judgement {
            decision,
            reasons,
            numbers,
            flags,
            points: check.points,
        }
    }

    /// Judges a candidate and acts on the judgement: apply, propose or reject, with an audit
    /// line. A pattern already applied or proposed is left alone.
    ///
    /// # Errors
    /// [`Error::Io`] when a file cannot be written (nothing is half-applied: the applied file
    /// is written whole or not at all).
    pub fn decide(&mut self, c: &Candidate, now_ms: u64) -> Result<Outcome> {
        self.decide_all(std::slice::from_ref(c), now_ms, || false)?
            .pop()
            .ok_or_else(|| Error::Invalid("no decision was made".into()))
    }

    /// Judges candidates in order (each sees the budget the earlier ones spent) and acts on
    /// the judgements as one batch, so a sync pays a constant number of fsyncs rather than
    /// several per pattern:
    /// 1. the budget ledger, charged for every apply, is saved (so a crash can only over-count
    ///    a budget, never apply for free);
    /// 2. every decision's audit line is appended with one write and one sync, before any file
    ///    it announces (write-ahead: a crash may leave a logged apply whose file is absent, and
    ///    the next sync judges that pattern again; it never leaves an applied file nobody
    ///    logged);
    /// 3. the applied files and proposals are written, each whole or absent
    ///    ([`atomic_write_all`]), under the patterns' leases, which are then released.
    ///
    /// `stop` is asked before each judgement (the kill switch): what was judged before it
    /// answers true is still committed. Returns one outcome per judged candidate.
    ///
    /// # Errors
    /// [`Error::Io`] when the ledger, the audit log or a file cannot be written: what the
    /// error interrupted is absent, what came before it is whole.
    pub fn decide_all(
        &mut self,
        candidates: &[Candidate],
        now_ms: u64,
        stop: impl Fn() -> bool,
    ) -> Result<Vec<Outcome>> {
        let mut outcomes = Vec::with_capacity(candidates.len());
        let mut planned: Vec<Planned<'_>> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for c in candidates {
            if stop() {
                break;
            }
            let id = &c.pattern.id;
            if pool_proto::pattern::parse_id(id).is_none() {
                planned.push(Planned::new(
                    c,
                    Decision::Reject,
                    Judgement {
                        decision: Decision::Reject,
                        reasons: vec!["id is not 64 lower-case hex".into()],
                        numbers: Map::new(),
                        flags: Vec::new(),
                        points: 0,
                    },
                ));
                outcomes.push(Outcome::Rejected);
                continue;
            }
            if !seen.insert(id.clone())
                || self.applied_path(id).exists()
                || self.proposal_path(id).exists()
            {
                outcomes.push(Outcome::Known);
                continue;
            }
            let j = self.judge(c, now_ms);
            match j.decision {
                Decision::Reject => {
                    planned.push(Planned::new(c, Decision::Reject, j));
                    outcomes.push(Outcome::Rejected);
                }
                Decision::Escalate => {
                    planned.push(Planned::new(c, Decision::Escalate, j));
                    outcomes.push(Outcome::Escalated);
                }
                _ => {
                    let outcome = self.plan_apply(c, Decision::Apply, j, now_ms, &mut planned)?;
                    outcomes.push(outcome);
                }
            }
        }
        self.commit(planned, now_ms)?;
        Ok(outcomes)
    }

    /// Takes the pattern's lease and charges its points in memory; the caller commits.
    fn plan_apply<'c>(
        &mut self,
        c: &'c Candidate,
        decision: Decision,
        j: Judgement,
        now_ms: u64,
        planned: &mut Vec<Planned<'c>>,
    ) -> Result<Outcome> {
        let id = &c.pattern.id;
        let lease = match Lease::take(
            &self.home.path("leases"),
            id,
            &owner_label("nanoclaw apply"),
            self.config.lease_ttl_secs * 1000,
            now_ms,
        ) {
            Ok(l) => l,
            Err(Error::LeaseHeld { owner, .. }) => {
                tracing::info!(id = %id, %owner, "pattern is being applied by another process");
                return Ok(Outcome::Busy);
            }
            Err(e) => return Err(e),
        };
        if self.applied_path(id).exists() {
            lease.release();
            return Ok(Outcome::Known);
        }
        self.budget.spend(&c.identity, j.points, now_ms);
        let mut p = Planned::new(c, decision, j);
        p.lease = Some(lease);
        planned.push(p);
        Ok(Outcome::Applied)
    }

    /// Makes a batch of planned decisions durable: ledger, audit lines, then files.
    fn commit(&mut self, planned: Vec<Planned<'_>>, now_ms: u64) -> Result<()> {
        if planned.is_empty() {
            return Ok(());
        }
        if planned.iter().any(|p| p.lease.is_some()) {
            self.budget.save()?;
        }
        let mut files = Vec::new();
        for p in &planned {
            let id = &p.c.pattern.id;
            match p.decision {
                Decision::Apply | Decision::Approve => files.push((
                    self.applied_path(id),
                    applied_markdown(p.c, p.decision, &p.j, now_ms).into_bytes(),
                )),
                Decision::Escalate => {
                    let proposal = Proposal {
                        pattern: p.c.pattern.clone(),
                        identity: p.c.identity.clone(),
                        identity_interests: p.c.identity_interests.clone(),
                        reasons: p.j.reasons.clone(),
                        numbers: p.j.numbers.clone(),
                        at_ms: now_ms,
                    };
                    let bytes = serde_json::to_vec_pretty(&proposal)
                        .map_err(|e| Error::Invalid(e.to_string()))?;
                    files.push((self.proposal_path(id), bytes));
                }
                _ => {}
            }
        }
        let mut leases = Vec::new();
        let entries: Vec<AuditEntry> = planned
            .into_iter()
            .map(|p| {
                leases.extend(p.lease);
                entry(p.c, p.decision, p.j.reasons, p.j.numbers, p.j.flags, now_ms)
            })
            .collect();
        self.audit
            .append_all(&clock::day_key(now_ms, self.zone_min), &entries)?;
        atomic_write_all(&files)?;
        for l in leases {
            l.release();
        }
        Ok(())
    }

    fn log(
        &self,
        c: &Candidate,
        decision: Decision,
        reasons: Vec<String>,
        numbers: Map<String, Value>,
        flags: Vec<String>,
        now_ms: u64,
    ) -> Result<()> {
        self.audit.append(
            &clock::day_key(now_ms, self.zone_min),
            &entry(c, decision, reasons, numbers, flags, now_ms),
        )
    }

    /// Records an outbox entry superseded by a newer version.
    ///
    /// # Errors
    /// [`Error::Io`].
    pub fn log_superseded(
        &self,
        id: &str,
        title: &str,
        identity: &str,
        reason: &str,
        now_ms: u64,
    ) -> Result<()> {
        self.audit.append(
            &clock::day_key(now_ms, self.zone_min),
            &AuditEntry {
                at_ms: now_ms,
                decision: Decision::Supersede,
                id: id.into(),
                title: title.into(),
                identity: identity.into(),
                tier: None,
                reasons: vec![reason.into()],
                numbers: Map::new(),
                flags: vec![],
            },
        )
    }

    /// Resolves a (possibly abbreviated) proposal id.
    fn find_proposal(&self, prefix: &str) -> Result<(String, Proposal)> {
        let ids = list_ids(&self.home.path("proposals"), "json")?;
        let matches: Vec<&String> = ids.iter().filter(|i| i.starts_with(prefix)).collect();
        let id = match matches.as_slice() {
            [one] => (*one).clone(),
            [] => {
                return Err(Error::Invalid(format!(
                    "no proposal {prefix:?}: `nanoclaw status` lists the waiting ones"
                )));
            }
            _ => {
                return Err(Error::Invalid(format!(
                    "{prefix:?} matches {} proposals: give more of the id",
                    matches.len()
                )));
            }
        };
        let path = self.proposal_path(&id);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let p: Proposal = serde_json::from_slice(&bytes).map_err(|e| Error::Config {
            path: path.clone(),
            message: format!("corrupt proposal ({e})"),
        })?;
        if p.pattern.id != id {
            return Err(Error::Invalid(format!(
                "{} holds pattern {}: move it aside",
                path.display(),
                p.pattern.id
            )));
        }
        Ok((id, p))
    }

    /// A person approves a proposal: it is verified and re-scanned again, then applied (its
    /// points are charged even past the budget: a person decided).
    ///
    /// # Errors
    /// [`Error::Invalid`] when it no longer verifies or scans clean; file errors.
    pub fn approve(&mut self, prefix: &str, now_ms: u64) -> Result<String> {
        let (id, p) = self.find_proposal(prefix)?;
        p.pattern.verify()?;
        let report = self
            .scanner
            .scan(&ScanInput {
                id: Some(&id),
                title: &p.pattern.title,
                body: &p.pattern.body,
                interests: &p.pattern.interests,
            })
            .map_err(|e| Error::Scan(e.to_string()))?;
        if !report.findings.is_empty() || !report.is_clean() {
            return Err(Error::Invalid(format!(
                "{id} no longer scans clean with engine {}: reject it instead",
                report.engine
            )));
        }
        let c = Candidate {
            pattern: p.pattern.clone(),
            identity: p.identity.clone(),
            identity_interests: p.identity_interests.clone(),
        };
        let points = self.budget.points(p.pattern.tier);
        let mut numbers = p.numbers.clone();
        numbers.insert("points".into(), json!(points));
        let j = Judgement {
            decision: Decision::Approve,
            reasons: vec!["approved by a person".into()],
            numbers,
            flags: vec![],
            points,
        };
        let mut planned = Vec::new();
        match self.plan_apply(&c, Decision::Approve, j, now_ms, &mut planned)? {
            Outcome::Busy => {
                return Err(Error::Invalid(format!(
                    "{id} is being applied by another process; try again shortly"
                )));
            }
            _ => self.commit(planned, now_ms)?,
        }
        let path = self.proposal_path(&id);
        std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        Ok(id)
    }

    /// A person rejects a proposal.
    ///
    /// # Errors
    /// [`Error::Invalid`] when there is no such proposal; file errors.
    pub fn dismiss(&mut self, prefix: &str, now_ms: u64) -> Result<String> {
        let (id, p) = self.find_proposal(prefix)?;
        let c = Candidate {
            pattern: p.pattern,
            identity: p.identity,
            identity_interests: p.identity_interests,
        };
        self.log(
            &c,
            Decision::Dismiss,
            vec!["rejected by a person".into()],
            p.numbers,
            vec![],
            now_ms,
        )?;
        let path = self.proposal_path(&id);
        std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        Ok(id)
    }
}

/// The built-in scanner, compiled once per process (compiling its rules costs far more than a
/// scan; a process that governs for several homes, like the herd benchmark, shares it).
fn builtin_scanner() -> Result<Scanner> {
    static BUILTIN: std::sync::OnceLock<Scanner> = std::sync::OnceLock::new();
    if let Some(s) = BUILTIN.get() {
        return Ok(s.clone());
    }
    let s = Scanner::builtin().map_err(|e| Error::Scan(e.to_string()))?;
    Ok(BUILTIN.get_or_init(|| s).clone())
}

/// A decision of a batch, judged but not yet durable.
struct Planned<'c> {
    c: &'c Candidate,
    decision: Decision,
    j: Judgement,
    /// Held for applies until their file is written.
    lease: Option<Lease>,
}

impl<'c> Planned<'c> {
    fn new(c: &'c Candidate, decision: Decision, j: Judgement) -> Self {
        Planned {
            c,
            decision,
            j,
            lease: None,
        }
    }
}

fn entry(
    c: &Candidate,
    decision: Decision,
    reasons: Vec<String>,
    numbers: Map<String, Value>,
    flags: Vec<String>,
    now_ms: u64,
) -> AuditEntry {
    AuditEntry {
        at_ms: now_ms,
        decision,
        id: c.pattern.id.clone(),
        title: c.pattern.title.clone(),
        identity: c.identity.clone(),
        tier: Some(c.pattern.tier),
        reasons,
        numbers,
        flags,
    }
}

fn applied_markdown(c: &Candidate, decision: Decision, j: &Judgement, now_ms: u64) -> String {
    let p = &c.pattern;
    let q = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let mut fm = String::from("---\n");
    fm.push_str(&format!("id: {}\n", q(&p.id)));
    fm.push_str(&format!("title: {}\n", q(&p.title)));
    fm.push_str(&format!(
        "interests: {}\n",
        serde_json::to_string(&p.interests).unwrap_or_default()
    ));
    fm.push_str(&format!("tier: {}\n", p.tier));
    fm.push_str(&format!("author: {}\n", q(&p.author)));
    fm.push_str(&format!("identity: {}\n", q(&c.identity)));
    for key in ["similarity", "quality", "impactScore", "points"] {
        if let Some(v) = j.numbers.get(key) {
            fm.push_str(&format!("{key}: {v}\n"));
        }
    }
    fm.push_str(&format!("decision: {}\n", q(decision.as_str())));
    fm.push_str(&format!("appliedAt: {}\n", q(&rfc3339(now_ms))));
    fm.push_str(&format!("expiresAt: {}\n", q(&rfc3339(p.expires_at))));
    fm.push_str("---\n\n");
    fm.push_str(&p.body);
    if !p.body.ends_with('\n') {
        fm.push('\n');
    }
    fm
}

/// The ids of files with extension `ext` in `dir` (sorted).
///
/// # Errors
/// [`Error::Io`].
pub fn list_ids(dir: &std::path::Path, ext: &str) -> Result<Vec<String>> {
    let mut out: Vec<String> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let id = name.strip_suffix(&format!(".{ext}"))?.to_string();
                pool_proto::pattern::parse_id(&id).map(|_| id)
            })
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(Error::io(dir, e)),
    };
    out.sort();
    Ok(out)
}

/// Records feedback on an applied pattern (`id` may be abbreviated).
///
/// # Errors
/// [`Error::Invalid`] when no applied pattern matches; file errors.
pub fn record_feedback(home: &Home, prefix: &str, helped: bool, now_ms: u64) -> Result<Feedback> {
    let ids = list_ids(&home.path("applied"), "md")?;
    let matches: Vec<&String> = ids.iter().filter(|i| i.starts_with(prefix)).collect();
    let id = match matches.as_slice() {
        [one] => (*one).clone(),
        [] => {
            return Err(Error::Invalid(format!(
                "no applied pattern {prefix:?}: feedback is for applied patterns (see `nanoclaw status`)"
            )));
        }
        _ => {
            return Err(Error::Invalid(format!(
                "{prefix:?} matches several applied patterns"
            )));
        }
    };
    let dir = home.path("feedback");
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let path = dir.join(format!("{id}.json"));
    let mut f: Feedback = match std::fs::read(&path) {
        Ok(b) => serde_json::from_slice(&b).map_err(|e| Error::Config {
            path: path.clone(),
            message: format!("corrupt feedback ({e})"),
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Feedback {
            id: id.clone(),
            ..Feedback::default()
        },
        Err(e) => return Err(Error::io(&path, e)),
    };
    if helped {
        f.helped += 1;
    } else {
        f.not_helped += 1;
    }
    f.last_ms = now_ms;
    let bytes = serde_json::to_vec_pretty(&f).map_err(|e| Error::Invalid(e.to_string()))?;
    atomic_write(&path, &bytes)?;
    Ok(f)
}

/// Every feedback record, best first (most "helped" net of "not helped").
///
/// # Errors
/// [`Error::Io`].
pub fn feedback_ranking(home: &Home) -> Result<Vec<Feedback>> {
    let dir = home.path("feedback");
    let mut out = Vec::new();
    for id in list_ids(&dir, "json")? {
        if let Ok(b) = std::fs::read(dir.join(format!("{id}.json")))
            && let Ok(f) = serde_json::from_slice::<Feedback>(&b)
        {
            out.push(f);
        }
    }
    out.sort_by_key(|f| std::cmp::Reverse(i64::from(f.helped) - i64::from(f.not_helped)));
    Ok(out)
}

/// The title line of an applied pattern's file, for displays.
pub fn applied_title(home: &Home, id: &str) -> Option<String> {
    let text = std::fs::read_to_string(home.path("applied").join(format!("{id}.md"))).ok()?;
    let line = text.lines().find(|l| l.starts_with("title: "))?;
    serde_json::from_str(line.trim_start_matches("title: ")).ok()
}

#[cfg(test)]
mod tests;
