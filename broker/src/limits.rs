//! Per-parent rate limits (governor, keyed by parent key, separately for publish and query)
//! and the answers they give: `RateLimit-*` headers on every signed answer, and 429 with
//! `Retry-After` when a parent is over. Keyed state is pruned on a timer, so memory stays
//! bounded however many parent keys appear. The parent key is held in memory only.

use std::num::NonZeroU32;

use governor::middleware::StateInformationMiddleware;
use governor::{
    Quota, RateLimiter, clock::Clock as _, clock::DefaultClock,
    state::keyed::DefaultKeyedStateStore,
};
use pool_proto::ErrorCode;

use crate::config::RateLimit;
use crate::error::AppError;

type Keyed = RateLimiter<
    [u8; 32],
    DefaultKeyedStateStore<[u8; 32]>,
    DefaultClock,
    StateInformationMiddleware,
>;

/// Which budget a request spends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Budget {
    /// `POST /patterns/publish`.
    Publish,
    /// `POST /patterns/query`.
    Query,
}

/// One limiter per budget.
pub struct RateLimits {
    publish: Keyed,
    publish_burst: u32,
    query: Keyed,
    query_burst: u32,
    clock: DefaultClock,
}

fn quota(per_minute: u32, burst: u32) -> Quota {
    let per_minute = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
    let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
    Quota::per_minute(per_minute).allow_burst(burst)
}

impl RateLimits {
    /// Limiters from the configuration.
    pub fn new(c: &RateLimit) -> Self {
        RateLimits {
            publish: RateLimiter::keyed(quota(c.publish_per_minute, c.publish_burst))
                .with_middleware(),
            publish_burst: c.publish_burst.max(1),
            query: RateLimiter::keyed(quota(c.query_per_minute, c.query_burst)).with_middleware(),
            query_burst: c.query_burst.max(1),
            clock: DefaultClock::default(),
        }
    }

    /// Spends one request of `budget` for `parent`. On success, the `RateLimit-*` headers to
    /// send; otherwise a 429 carrying them and `Retry-After`.
    ///
    /// # Errors
    /// `rate_limited`.
    pub fn check(
        &self,
        budget: Budget,
        parent: &[u8; 32],
    ) -> Result<Vec<(&'static str, String)>, AppError> {
        let (limiter, burst) = match budget {
            Budget::Publish => (&self.publish, self.publish_burst),
            Budget::Query => (&self.query, self.query_burst),
        };
        match limiter.check_key(parent) {
            Ok(snapshot) => Ok(vec![
                ("ratelimit-limit", burst.to_string()),
                (
                    "ratelimit-remaining",
                    snapshot.remaining_burst_capacity().to_string(),
                ),
                ("ratelimit-reset", "0".to_string()),
            ]),
            Err(not_until) => {
                let wait = not_until.wait_time_from(self.clock.now());
                let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                let mut e = AppError::new(
                    ErrorCode::RateLimited,
                    format!(
                        "too many {} requests from this parent; retry in {secs} s",
                        match budget {
                            Budget::Publish => "publish",
                            Budget::Query => "query",
                        }
                    ),
                );
                e.detail.retry_after = Some(secs);
                e.headers = vec![
                    ("ratelimit-limit", burst.to_string()),
                    ("ratelimit-remaining", "0".to_string()),
                    ("ratelimit-reset", secs.to_string()),
                ];
                Err(e)
            }
        }
    }

    /// Drops the state of parents whose buckets are full again, and returns how many keys are
    /// still tracked.
    pub fn prune(&self) -> usize {
        self.publish.retain_recent();
        self.publish.shrink_to_fit();
        self.query.retain_recent();
        self.query.shrink_to_fit();
        self.publish.len() + self.query.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bursts_then_refuses_per_parent() {
        let limits = RateLimits::new(&RateLimit {
            publish_per_minute: 1,
            publish_burst: 3,
            ..RateLimit::default()
        });
        for left in [2, 1, 0] {
            let h = limits.check(Budget::Publish, &[1; 32]).unwrap();
            assert_eq!(h[1].1, left.to_string());
        }
        let e = limits.check(Budget::Publish, &[1; 32]).unwrap_err();
        assert_eq!(e.code(), ErrorCode::RateLimited);
        assert!(e.detail.retry_after.unwrap() >= 1);
        // Another parent, and the other budget, are untouched.
        assert!(limits.check(Budget::Publish, &[2; 32]).is_ok());
        assert!(limits.check(Budget::Query, &[1; 32]).is_ok());
    }

    #[test]
    fn pruning_keeps_only_busy_parents() {
        let limits = RateLimits::new(&RateLimit::default());
        for i in 0..100u8 {
            limits.check(Budget::Query, &[i; 32]).unwrap();
        }
        // Each parent spent one token of 30 with 2/s refill; all are still tracked right now.
        assert!(limits.prune() <= 100);
    }
}
