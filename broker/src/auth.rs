//! Who is calling: verification of signed requests and of the admin bearer token.
//!
//! A signed request passes, in this order: headers parse, the parent's delegation and the
//! agent's request signature verify ([`RequestAuth::verify`]), the parent is enrolled, the
//! delegation has not expired, the timestamp is inside the clock window and not from before the
//! broker started, and the nonce is new. The nonce cache only needs to remember a nonce for as
//! long as its timestamp is acceptable, and since a restart refuses every earlier timestamp the
//! cache can live in memory.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, RwLock};

use axum::http::HeaderMap;
use pool_proto::identity::MAX_DELEGATION_MS;
use pool_proto::{Delegation, ErrorCode, ProtoError, PublicKey, RequestAuth};
use subtle::ConstantTimeEq as _;

use crate::config::Enrollment;
use crate::error::AppError;

/// A verified caller: an agent speaking for a parent. The parent key stays in memory only.
#[derive(Debug, Clone, Copy)]
pub struct Caller {
    /// The enrolled parent (the rate-limit key).
    pub parent: PublicKey,
    /// The signing agent.
    pub agent: PublicKey,
}

/// Nonces seen, with the instant after which their timestamps are refused anyway.
struct NonceCache {
    seen: HashMap<[u8; 16], u64>,
    next_prune_ms: u64,
}

/// Checks signed requests.
pub struct Verifier {
    enrollment: Enrollment,
    salt: [u8; 32],
    enrolled: RwLock<HashSet<[u8; 32]>>,
    window_ms: u64,
    started_ms: u64,
    nonce_max: usize,
    nonces: Mutex<NonceCache>,
    delegations: Mutex<HashMap<[u8; 32], Delegation>>,
}

/// Most verified delegations remembered. An agent signs many requests with one delegation, so
/// remembering it saves two key decompressions and a signature check per request; past this
/// size the cache starts over (every entry can be verified again).
const DELEGATION_CACHE_MAX: usize = 65_536;

impl Verifier {
    /// A verifier for a broker that started at `started_ms`.
    pub fn new(
        enrollment: Enrollment,
        salt: [u8; 32],
        enrolled: HashSet<[u8; 32]>,
        window_secs: u64,
        started_ms: u64,
        nonce_max: usize,
    ) -> Self {
        Verifier {
            enrollment,
            salt,
            enrolled: RwLock::new(enrolled),
            window_ms: window_secs * 1000,
            started_ms,
            nonce_max,
            nonces: Mutex::new(NonceCache {
                seen: HashMap::new(),
                next_prune_ms: 0,
            }),
            delegations: Mutex::new(HashMap::new()),
        }
    }

    /// The salted hash under which a parent is enrolled; the key itself is never stored.
    pub fn parent_hash(&self, parent: &PublicKey) -> [u8; 32] {
        *blake3::keyed_hash(&self.salt, parent.as_bytes()).as_bytes()
    }

    /// Records an enrollment (after it is durable).
    pub fn enroll(&self, hash: [u8; 32]) {
        self.enrolled
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .insert(hash);
    }

    /// Forgets an enrollment (after the revocation is durable).
    pub fn revoke(&self, hash: &[u8; 32]) {
        self.enrolled
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .remove(hash);
    }

    /// Nonces currently remembered.
    pub fn nonces_held(&self) -> usize {
        self.nonces
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .seen
            .len()
    }

    /// Verifies a signed request for `method` `path` with `body` at `now_ms`.
    ///
    /// # Errors
    /// `bad_signature`, `unknown_parent`, `delegation_expired`, `clock_skew`, `replayed`, or
    /// `overloaded` when the nonce cache is full.
    pub fn verify(
        &self,
        headers: &HeaderMap,
        method: &str,
        path: &str,
        body: &[u8],
        now_ms: u64,
    ) -> Result<Caller, AppError> {
        let auth = RequestAuth::from_headers_with(
            |name| headers.get(name).and_then(|v| v.to_str().ok()),
            |text| self.verified_delegation(text),
        )?;
        auth.verify_request(method, path, body)?;
        let d = &auth.delegation;
        if self.enrollment == Enrollment::Allowlist {
            let hash = self.parent_hash(&d.parent);
            if !self
                .enrolled
                .read()
                .unwrap_or_else(|p| p.into_inner())
                .contains(&hash)
            {
                return Err(AppError::new(
                    ErrorCode::UnknownParent,
                    "the delegating parent is not enrolled in this pool",
                ));
            }
        }
        if d.not_after_ms < now_ms {
            return Err(AppError::new(
                ErrorCode::DelegationExpired,
                "the agent's delegation has expired: the agent outlived its TTL",
            ));
        }
        if d.not_after_ms > now_ms.saturating_add(MAX_DELEGATION_MS + self.window_ms) {
            return Err(AppError::new(
                ErrorCode::BadSignature,
                "the delegation lasts longer than one hour",
            ));
        }
        self.check_time(auth.timestamp_ms, now_ms)?;
        self.remember_nonce(auth.nonce, auth.timestamp_ms, now_ms)?;
        Ok(Caller {
            parent: d.parent,
            agent: auth.agent,
        })
    }

    /// Parses and verifies a delegation header, or answers from the cache of headers already
    /// verified (keyed by the blake3 of the exact header text).
    fn verified_delegation(&self, text: &str) -> Result<Delegation, ProtoError> {
        let key = *blake3::hash(text.as_bytes()).as_bytes();
        if let Some(d) = self
            .delegations
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
        {
            return Ok(d.clone());
        }
        let d = Delegation::from_header(text)?;
        d.verify()?;
        let mut cache = self.delegations.lock().unwrap_or_else(|p| p.into_inner());
        if cache.len() >= DELEGATION_CACHE_MAX {
            cache.clear();
        }
        cache.insert(key, d.clone());
        Ok(d)
    }

    /// Checks a timestamp (request header or body) against the clock window.
    ///
    /// # Errors
    /// `clock_skew`.
    pub fn check_time(&self, ts_ms: u64, now_ms: u64) -> Result<(), AppError> {
        if ts_ms < self.started_ms {
            return Err(AppError::new(
                ErrorCode::ClockSkew,
                "the request is dated before the broker started",
            ));
        }
        if ts_ms.abs_diff(now_ms) > self.window_ms {
            return Err(AppError::new(
                ErrorCode::ClockSkew,
                format!(
                    "the request time is more than {} s from the broker's clock",
                    self.window_ms / 1000
                ),
            ));
        }
        Ok(())
    }

    fn remember_nonce(&self, nonce: [u8; 16], ts_ms: u64, now_ms: u64) -> Result<(), AppError> {
        let mut cache = self.nonces.lock().unwrap_or_else(|p| p.into_inner());
        if now_ms >= cache.next_prune_ms || cache.seen.len() >= self.nonce_max {
            cache.seen.retain(|_, until| *until >= now_ms);
            cache.next_prune_ms = now_ms + 1000;
        }
        if cache.seen.contains_key(&nonce) {
            return Err(AppError::new(
                ErrorCode::Replayed,
                "this request nonce was already used",
            ));
        }
        if cache.seen.len() >= self.nonce_max {
            return Err(AppError::overloaded(
                "too many requests in the clock window; try again shortly",
                1,
            ));
        }
        // A timestamp is acceptable until ts + window, so the nonce must be kept that long.
        cache.seen.insert(nonce, ts_ms + self.window_ms);
        Ok(())
    }
}

/// Compares a bearer token in constant time.
pub fn bearer_matches(headers: &HeaderMap, token: &str) -> bool {
    let Some(given) = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    given.as_bytes().ct_eq(token.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use pool_proto::{Delegation, Keypair};

    fn headers(auth: &RequestAuth) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in auth.headers() {
            h.insert(k, v.parse().unwrap());
        }
        h
    }

    fn verifier(enrolled: &[PublicKey]) -> Verifier {
        let v = Verifier::new(
            Enrollment::Allowlist,
            [3; 32],
            HashSet::new(),
            120,
            1_000_000,
            10,
        );
        for p in enrolled {
            v.enroll(v.parent_hash(p));
        }
        v
    }

    #[test]
    fn the_checks_answer_in_order() {
        let parent = Keypair::from_seed(&[1; 32]);
        let agent = Keypair::from_seed(&[2; 32]);
        let now = 2_000_000;
        let d = Delegation::issue(&parent, &agent.public(), now + 60_000);
        let ok = RequestAuth::sign(&agent, &d, "POST", "/p", now, b"{}").unwrap();
        let code = |v: &Verifier, a: &RequestAuth, now| {
            v.verify(&headers(a), "POST", "/p", b"{}", now)
                .err()
                .map(|e| e.code())
        };

        assert_eq!(
            code(&verifier(&[]), &ok, now),
            Some(ErrorCode::UnknownParent)
        );
        let v = verifier(&[parent.public()]);
        assert_eq!(code(&v, &ok, now), None);
        assert_eq!(code(&v, &ok, now), Some(ErrorCode::Replayed));
        assert!(v.verify(&headers(&ok), "POST", "/p", b"{ }", now).is_err());

        let stale = RequestAuth::sign(&agent, &d, "POST", "/p", now - 121_000, b"{}").unwrap();
        assert_eq!(code(&v, &stale, now), Some(ErrorCode::ClockSkew));
        let before_start = RequestAuth::sign(&agent, &d, "POST", "/p", 999_999, b"{}").unwrap();
        assert_eq!(
            code(&v, &before_start, 1_000_500),
            Some(ErrorCode::ClockSkew)
        );

        let old = Delegation::issue(&parent, &agent.public(), now - 1);
        let expired = RequestAuth::sign(&agent, &old, "POST", "/p", now, b"{}").unwrap();
        assert_eq!(code(&v, &expired, now), Some(ErrorCode::DelegationExpired));
        let long = Delegation::issue(&parent, &agent.public(), now + 3 * 3_600_000);
        let too_long = RequestAuth::sign(&agent, &long, "POST", "/p", now, b"{}").unwrap();
        assert_eq!(code(&v, &too_long, now), Some(ErrorCode::BadSignature));
    }

    #[test]
    fn a_full_nonce_cache_sheds_instead_of_forgetting() {
        let parent = Keypair::from_seed(&[1; 32]);
        let agent = Keypair::from_seed(&[2; 32]);
        let now = 2_000_000;
        let d = Delegation::issue(&parent, &agent.public(), now + 60_000);
        let v = verifier(&[parent.public()]);
        for _ in 0..10 {
            let a = RequestAuth::sign(&agent, &d, "POST", "/p", now, b"{}").unwrap();
            v.verify(&headers(&a), "POST", "/p", b"{}", now).unwrap();
        }
        let a = RequestAuth::sign(&agent, &d, "POST", "/p", now, b"{}").unwrap();
        assert_eq!(
            v.verify(&headers(&a), "POST", "/p", b"{}", now)
                .unwrap_err()
                .code(),
            ErrorCode::Overloaded
        );
        // Once the window has passed, old nonces are pruned and requests flow again.
        let later = now + 121_000;
        let a = RequestAuth::sign(&agent, &d, "POST", "/p", later, b"{}").unwrap();
        let d2 = Delegation::issue(&parent, &agent.public(), later + 60_000);
        let a2 = RequestAuth::sign(&agent, &d2, "POST", "/p", later, b"{}").unwrap();
        assert!(v.verify(&headers(&a), "POST", "/p", b"{}", later).is_err());
        v.verify(&headers(&a2), "POST", "/p", b"{}", later).unwrap();
        assert_eq!(v.nonces_held(), 1);
    }

    #[test]
    fn bearer_tokens_compare_exactly() {
        let mut h = HeaderMap::new();
        assert!(!bearer_matches(&h, "secret"));
        h.insert("authorization", "Bearer secret".parse().unwrap());
        assert!(bearer_matches(&h, "secret"));
        assert!(!bearer_matches(&h, "secret2"));
        h.insert("authorization", "Bearer secre".parse().unwrap());
        assert!(!bearer_matches(&h, "secret"));
    }
}
