//! Risk budgets: every applied pattern costs points by tier (0/1/5/20 by default) against a
//! daily budget per agent identity (100) and per parent (300). More than 80 points within a
//! rolling hour pauses applying for 30 minutes; an exhausted budget lets only tier ≤ 1 through
//! until the daily reset (local midnight of the configured zone); above 80 % of the parent
//! budget every decision is flagged.
//!
//! The ledger lives in `budget/ledger.json` and is rewritten atomically after every charge (or
//! once per batch of decisions, before anything the batch paid for is written), so budgets
//! survive restarts. The wall clock is passed in (`now_ms`) so that the rules are pure
//! and testable; a clock that jumps backwards never refunds points (the later day is kept).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::clock::{self, day_key, next_reset_ms};
use crate::config::GovernanceConfig;
use crate::error::{Error, Result};
use crate::home::atomic_write;

const HOUR_MS: u64 = 60 * 60 * 1000;

/// One spend, kept for the rolling hour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Spend {
    /// When (unix ms).
    pub at_ms: u64,
    /// Which agent identity.
    pub identity: String,
    /// How many points.
    pub points: u32,
}

/// The persisted ledger.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ledger {
    /// The local day the totals belong to (`YYYY-MM-DD`).
    pub day: String,
    /// Points spent today per agent identity.
    pub by_identity: BTreeMap<String, u32>,
    /// Points spent today by the parent.
    pub parent: u32,
    /// Spends of the last hour.
    pub recent: Vec<Spend>,
    /// Applying is paused until this instant (unix ms), 0 if not paused.
    pub paused_until_ms: u64,
    /// The latest instant the ledger was touched (to notice a clock jumping back).
    pub last_ms: u64,
}

/// What the budget says about one pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetCheck {
    /// Whether it may be applied.
    pub allowed: bool,
    /// Why not, when it may not.
    pub reason: Option<String>,
    /// Its cost.
    pub points: u32,
    /// The identity's spend today, before this pattern.
    pub identity_spent: u32,
    /// The parent's spend today, before this pattern.
    pub parent_spent: u32,
    /// Points in the rolling hour, before this pattern.
    pub hour_spent: u32,
    /// Flags to record (the 80 % flag).
    pub flags: Vec<String>,
}

/// The budget rules bound to their ledger file.
#[derive(Debug)]
pub struct Budget {
    path: PathBuf,
    rules: GovernanceConfig,
    zone_min: i64,
    ledger: Ledger,
}

impl Budget {
    /// Loads the ledger in `dir` (`<home>/budget`), or starts an empty one.
    ///
    /// # Errors
    /// [`Error::Config`] when the ledger is corrupt: it is never reset silently, because that
    /// would hand out a fresh budget.
    pub fn load(dir: &Path, rules: &GovernanceConfig) -> Result<Self> {
        let path = dir.join("ledger.json");
        let zone_min = clock::parse_zone(&rules.reset_zone).map_err(|m| Error::Config {
            path: path.clone(),
            message: m,
        })?;
        let ledger = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| Error::Config {
                path: path.clone(),
                message: format!(
                    "the budget ledger is corrupt ({e}); inspect it, then delete it to start today's budget afresh"
                ),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ledger::default(),
            Err(e) => return Err(Error::io(&path, e)),
        };
        Ok(Budget {
            path,
            rules: rules.clone(),
            zone_min,
            ledger,
        })
    }

    /// The ledger as it stands.
    pub fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    /// The points a tier costs.
    pub fn points(&self, tier: u8) -> u32 {
        self.rules
            .tier_points
            .get(usize::from(tier))
            .copied()
            .unwrap_or(u32::MAX / 4)
    }

    /// Moves the ledger to `now_ms`: a new local day resets the totals, the rolling hour drops
    /// old spends. A clock that went backwards keeps everything (no refunds).
    fn roll(&mut self, now_ms: u64) {
        if now_ms + 5 * 60 * 1000 < self.ledger.last_ms {
            tracing::warn!(
                now = %clock::rfc3339(now_ms),
                last = %clock::rfc3339(self.ledger.last_ms),
                "the clock went backwards; budgets keep their later state"
            );
        }
        let today = day_key(now_ms, self.zone_min);
        if today > self.ledger.day {
            self.ledger.day = today;
            self.ledger.by_identity.clear();
            self.ledger.parent = 0;
        }
        let from = now_ms.saturating_sub(HOUR_MS);
        self.ledger.recent.retain(|s| s.at_ms > from);
        self.ledger.last_ms = self.ledger.last_ms.max(now_ms);
    }

    /// Judges whether `tier` may be applied for `identity` at `now_ms`.
    pub fn check(&mut self, identity: &str, tier: u8, now_ms: u64) -> BudgetCheck {
        self.roll(now_ms);
        let points = self.points(tier);
        let identity_spent = self.ledger.by_identity.get(identity).copied().unwrap_or(0);
        let parent_spent = self.ledger.parent;
        let hour_spent: u32 = self.ledger.recent.iter().map(|s| s.points).sum();
        let mut flags = Vec::new();
        if (parent_spent.saturating_add(points)) as f32
            > self.rules.flag_fraction * self.rules.parent_daily_budget as f32
        {
            flags.push(format!(
                "parent_budget_over_{}_percent",
                (self.rules.flag_fraction * 100.0).round()
            ));
        }
        let mut reason = None;
        if self.ledger.paused_until_ms > now_ms {
            reason = Some(format!(
                "paused until {}: more than {} risk points within an hour",
                clock::rfc3339(self.ledger.paused_until_ms),
                self.rules.hourly_pause_points
            ));
        } else if tier > 1 {
            let reset = clock::rfc3339(next_reset_ms(now_ms, self.zone_min));
            if identity_spent.saturating_add(points) > self.rules.identity_daily_budget {
                reason = Some(format!(
                    "identity budget exhausted ({identity_spent}+{points} > {}): only tier <= 1 until {reset}",
                    self.rules.identity_daily_budget
                ));
            } else if parent_spent.saturating_add(points) > self.rules.parent_daily_budget {
                reason = Some(format!(
                    "parent budget exhausted ({parent_spent}+{points} > {}): only tier <= 1 until {reset}",
                    self.rules.parent_daily_budget
                ));
            }
        }
        BudgetCheck {
            allowed: reason.is_none(),
            reason,
            points,
            identity_spent,
            parent_spent,
            hour_spent,
            flags,
        }
    }

    /// Charges `points` to `identity` at `now_ms`, starts a pause when the rolling hour passes
    /// its limit, and saves the ledger.
    ///
    /// # Errors
    /// [`Error::Io`] when the ledger cannot be saved (the caller must not apply then).
    pub fn charge(&mut self, identity: &str, points: u32, now_ms: u64) -> Result<()> {
        self.spend(identity, points, now_ms);
        self.save()
    }

    /// Charges `points` to `identity` at `now_ms` in memory only (and starts a pause when the
    /// rolling hour passes its limit). The caller must [`Budget::save`] before it applies
    /// anything these points paid for: a batch of decisions is charged, saved once, then
    /// written.
    pub fn spend(&mut self, identity: &str, points: u32, now_ms: u64) {
        self.roll(now_ms);
        *self
            .ledger
            .by_identity
            .entry(identity.to_string())
            .or_insert(0) += points;
        self.ledger.parent = self.ledger.parent.saturating_add(points);
        if points > 0 {
            self.ledger.recent.push(Spend {
                at_ms: now_ms,
                identity: identity.to_string(),
                points,
            });
        }
        let hour: u32 = self.ledger.recent.iter().map(|s| s.points).sum();
        if hour > self.rules.hourly_pause_points && self.ledger.paused_until_ms <= now_ms {
            self.ledger.paused_until_ms = now_ms + self.rules.pause_minutes * 60 * 1000;
            tracing::warn!(
                hour,
                "risk points in the last hour passed the limit: pausing"
            );
        }
    }

    /// Writes the ledger atomically.
    ///
    /// # Errors
    /// [`Error::Io`].
    pub fn save(&self) -> Result<()> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let bytes =
            serde_json::to_vec_pretty(&self.ledger).map_err(|e| Error::Invalid(e.to_string()))?;
        atomic_write(&self.path, &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_709_200_000_000; // 2024-02-29T09:46:40Z

    fn budget(dir: &Path) -> Budget {
        Budget::load(dir, &GovernanceConfig::default()).unwrap()
    }

    #[test]
    fn tier_three_exhausts_identity_then_only_low_tiers_pass() {
        let dir = tempfile::tempdir().unwrap();
        let mut b = budget(dir.path());
        let mut t = T0;
        // 5 x tier 3 = 100 points, spread over hours to avoid the pause.
        for _ in 0..5 {
            assert!(b.check("g", 3, t).allowed);
            b.charge("g", 20, t).unwrap();
            t += HOUR_MS + 1;
        }
        let c = b.check("g", 2, t);
        assert!(!c.allowed);
        assert!(c.reason.unwrap().contains("identity budget exhausted"));
        assert!(b.check("g", 1, t).allowed);
        assert!(b.check("g", 0, t).allowed);
        assert!(b.check("other", 2, t).allowed, "budgets are per identity");
    }

    #[test]
    fn parent_budget_flags_at_eighty_percent_and_exhausts() {
        let dir = tempfile::tempdir().unwrap();
        let mut b = budget(dir.path());
        let mut t = T0 - 9 * HOUR_MS; // start of the day
        for i in 0..12 {
            b.charge(&format!("g{i}"), 20, t).unwrap();
            t += HOUR_MS / 2 + 1;
        }
        // 240 spent: the next 5-point pattern is above 80 % of 300.
        let c = b.check("new", 2, t);
        assert!(c.allowed);
        assert_eq!(c.flags, vec!["parent_budget_over_80_percent".to_string()]);
        for i in 0..3 {
            b.charge(&format!("h{i}"), 20, t).unwrap();
            t += HOUR_MS + 1;
        }
        let c = b.check("new", 2, t);
        assert!(c.reason.unwrap().contains("parent budget exhausted"));
    }

    #[test]
    fn more_than_eighty_points_in_an_hour_pauses_thirty_minutes() {
        let dir = tempfile::tempdir().unwrap();
        let mut b = budget(dir.path());
        for i in 0..4 {
            b.charge(&format!("g{i}"), 20, T0 + i).unwrap();
        }
        assert!(
            b.check("x", 0, T0 + 10).allowed,
            "exactly 80 does not pause"
        );
        b.charge("g9", 1, T0 + 11).unwrap();
        let c = b.check("x", 0, T0 + 12);
        assert!(c.reason.unwrap().contains("paused"));
        assert!(!b.check("x", 0, T0 + 11 + 30 * 60 * 1000 - 1).allowed);
        assert!(b.check("x", 0, T0 + 11 + 30 * 60 * 1000).allowed);
    }

    #[test]
    fn budgets_survive_a_restart_and_reset_at_midnight() {
        let dir = tempfile::tempdir().unwrap();
        let mut b = budget(dir.path());
        for i in 0..5 {
            b.charge("g", 20, T0 + i * (HOUR_MS + 1)).unwrap();
        }
        let t = T0 + 5 * (HOUR_MS + 1);
        drop(b);
        let mut b = budget(dir.path());
        assert!(!b.check("g", 2, t).allowed, "spend survived the restart");
        let midnight = next_reset_ms(t, 0);
        assert!(b.check("g", 2, midnight).allowed, "reset at local midnight");
    }

    #[test]
    fn a_clock_jumping_back_refunds_nothing_and_a_corrupt_ledger_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut b = budget(dir.path());
        for i in 0..5 {
            b.charge("g", 20, T0 + i * (HOUR_MS + 1)).unwrap();
        }
        assert!(!b.check("g", 2, T0 - 3 * clock::DAY_MS).allowed);
        std::fs::write(dir.path().join("ledger.json"), b"{oops").unwrap();
        let err = Budget::load(dir.path(), &GovernanceConfig::default()).unwrap_err();
        assert!(err.to_string().contains("corrupt"), "{err}");
    }
}
