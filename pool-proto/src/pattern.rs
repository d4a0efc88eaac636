//! Patterns: short signed texts (learnings, playbooks) tagged with interests. A pattern is
//! content-addressed (its id is the blake3 of its canonical bytes), signed by its author (an
//! ephemeral agent key) and expires.
//!
//! Canonical bytes: `"clawpool:pattern:v1\0"`, u8 `v`, str `title`, str `body`, u16 count then
//! str of each interest, u8 `tier`, u8 0 (no impact) or u8 1 and five i8 (security, quality,
//! growth, speed, cost), u64 `createdAt`, u64 `expiresAt`, 32 bytes `author`.

use serde::{Deserialize, Serialize};

use crate::canonical::Canonical;
use crate::error::ProtoError;
use crate::identity::{Keypair, PublicKey, b64u, b64u_array};
use crate::interests::{check_normalised, normalise_interests};

/// Domain tag of a pattern's canonical bytes.
pub const PATTERN_DOMAIN: &[u8] = b"clawpool:pattern:v1\0";

/// The only pattern version this code speaks.
pub const PATTERN_VERSION: u8 = 1;

/// Highest risk tier. Tier 3 is never applied automatically by a parent.
pub const MAX_TIER: u8 = 3;

/// The limits a pattern must keep (defaults from the contract; the broker makes them configurable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Longest title, in characters.
    pub title_max_chars: usize,
    /// Longest body, in UTF-8 bytes.
    pub body_max_bytes: usize,
    /// Most interests on one pattern.
    pub interests_max: usize,
    /// Longest interest, in characters.
    pub interest_max_chars: usize,
    /// Longest life (`expiresAt - createdAt`), ms.
    pub max_ttl_ms: u64,
    /// How far in the future `createdAt` may be, ms.
    pub max_future_ms: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            title_max_chars: 160,
            body_max_bytes: 16 * 1024,
            interests_max: 16,
            interest_max_chars: 64,
            max_ttl_ms: 30 * 24 * 60 * 60 * 1000,
            max_future_ms: 5 * 60 * 1000,
        }
    }
}

/// The default life of a pattern: 72 hours.
pub const DEFAULT_TTL_MS: u64 = 72 * 60 * 60 * 1000;

/// The declared impact of applying a pattern, each axis -10..=10.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub struct Impact {
    pub security: i8,
    pub quality: i8,
    pub growth: i8,
    pub speed: i8,
    pub cost: i8,
}

impl Impact {
    /// The five axes in canonical order.
    pub fn axes(&self) -> [i8; 5] {
        [
            self.security,
            self.quality,
            self.growth,
            self.speed,
            self.cost,
        ]
    }
}

/// A signed pattern as it travels on the wire and is stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pattern {
    /// Wire version, always 1.
    pub v: u8,
    /// 1-160 characters.
    pub title: String,
    /// Markdown, 1-16 KiB.
    pub body: String,
    /// 1-16 normalised, distinct interests.
    pub interests: Vec<String>,
    /// Risk tier 0..=3.
    pub tier: u8,
    /// Optional declared impact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<Impact>,
    /// Creation time, unix ms.
    pub created_at: u64,
    /// Expiry time, unix ms.
    pub expires_at: u64,
    /// The author (agent) public key, base64url.
    pub author: String,
    /// Hex blake3 of the canonical bytes.
    pub id: String,
    /// Base64url ed25519 signature of the canonical bytes by `author`.
    pub sig: String,
}

/// What an author writes before signing: a pattern without author, times, id and signature.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternDraft {
    /// Title.
    pub title: String,
    /// Markdown body.
    pub body: String,
    /// Interests in any spelling; [`PatternDraft::sign`] normalises them.
    pub interests: Vec<String>,
    /// Risk tier 0..=3.
    pub tier: u8,
    /// Optional declared impact.
    pub impact: Option<Impact>,
}

impl PatternDraft {
    /// Normalises the interests, stamps times and signs as `author`.
    ///
    /// # Errors
    /// [`ProtoError::BadField`] when the draft breaks `limits`.
    pub fn sign(
        &self,
        author: &Keypair,
        created_at: u64,
        ttl_ms: u64,
        limits: &Limits,
    ) -> Result<Pattern, ProtoError> {
        let interests = normalise_interests(&self.interests, limits)?;
        let mut p = Pattern {
            v: PATTERN_VERSION,
            title: self.title.clone(),
            body: self.body.clone(),
            interests,
            tier: self.tier,
            impact: self.impact,
            created_at,
            expires_at: created_at.saturating_add(ttl_ms),
            author: author.public().to_b64u(),
            id: String::new(),
            sig: String::new(),
        };
        p.check_shape(limits, created_at)?;
        let bytes = p.canonical_bytes()?;
        p.id = blake3::hash(&bytes).to_hex().to_string();
        p.sig = b64u(&author.sign(&bytes));
        Ok(p)
    }
}

impl Pattern {
    /// The canonical bytes that the id and signature cover.
    ///
    /// # Errors
    /// [`ProtoError::BadField`] when `author` is not a key or a field cannot be encoded.
    pub fn canonical_bytes(&self) -> Result<Vec<u8>, ProtoError> {
        let author = b64u_array::<32>("author", &self.author)?;
        let count = u16::try_from(self.interests.len())
            .map_err(|_| ProtoError::bad_field("interests", "has more than 65535 entries"))?;
        let mut c = Canonical::with_domain(PATTERN_DOMAIN);
        c.u8(self.v)
            .str("title", &self.title)?
            .str("body", &self.body)?
            .u16(count);
        for interest in &self.interests {
            c.str("interests", interest)?;
        }
        c.u8(self.tier);
        match self.impact {
            None => {
                c.u8(0);
            }
            Some(impact) => {
                c.u8(1);
                for axis in impact.axes() {
                    c.i8(axis);
                }
            }
        }
        c.u64(self.created_at).u64(self.expires_at).fixed(&author);
        Ok(c.into_bytes())
    }

    /// Checks everything that needs no signature: version, lengths, tier, impact, times and
    /// interest normal form. `now_ms` is the checker's clock.
    ///
    /// # Errors
    /// [`ProtoError::UnsupportedVersion`] or [`ProtoError::BadField`] naming the field.
    pub fn check_shape(&self, limits: &Limits, now_ms: u64) -> Result<(), ProtoError> {
        if self.v != PATTERN_VERSION {
            return Err(ProtoError::UnsupportedVersion(u32::from(self.v)));
        }
        let title_chars = self.title.chars().count();
        if title_chars == 0 || title_chars > limits.title_max_chars {
            return Err(ProtoError::bad_field(
                "title",
                format!("must be 1 to {} characters", limits.title_max_chars),
            ));
        }
        if self.body.is_empty() || self.body.len() > limits.body_max_bytes {
            return Err(ProtoError::bad_field(
                "body",
                format!("must be 1 to {} bytes", limits.body_max_bytes),
            ));
        }
        check_normalised(&self.interests, limits)?;
        if self.tier > MAX_TIER {
            return Err(ProtoError::bad_field("tier", "must be 0 to 3"));
        }
        if let Some(impact) = self.impact
            && impact.axes().iter().any(|a| !(-10..=10).contains(a))
        {
            return Err(ProtoError::bad_field(
                "impact",
                "each axis must be -10 to 10",
            ));
        }
        if self.expires_at <= self.created_at {
            return Err(ProtoError::bad_field(
                "expiresAt",
                "must be after createdAt",
            ));
        }
        if self.expires_at - self.created_at > limits.max_ttl_ms {
            return Err(ProtoError::bad_field(
                "expiresAt",
                format!(
                    "must be at most {} s after createdAt",
                    limits.max_ttl_ms / 1000
                ),
            ));
        }
        if self.created_at > now_ms.saturating_add(limits.max_future_ms) {
            return Err(ProtoError::bad_field(
                "createdAt",
                "is too far in the future",
            ));
        }
        if self.expires_at <= now_ms {
            return Err(ProtoError::bad_field("expiresAt", "has already passed"));
        }
        // Only the form here; `verify` checks that the bytes are a key that signed this.
        b64u_array::<32>("author", &self.author)?;
        Ok(())
    }

    /// Checks that `id` is the blake3 of the canonical bytes and that `sig` is the author's
    /// strict ed25519 signature over them.
    ///
    /// # Errors
    /// [`ProtoError::BadField`] for a wrong id or malformed author; [`ProtoError::BadSignature`]
    /// for a signature that does not verify.
    pub fn verify(&self) -> Result<(), ProtoError> {
        self.verify_by(&PublicKey::from_b64u("author", &self.author)?)
    }

    /// [`Pattern::verify`] with the author's key already parsed (the broker has it from the
    /// request's signer, whose base64url form it compared with `author`).
    ///
    /// # Errors
    /// As [`Pattern::verify`]; also [`ProtoError::BadSignature`] when `author` is another key.
    pub fn verify_by(&self, author: &PublicKey) -> Result<(), ProtoError> {
        let bytes = self.canonical_bytes()?;
        if &bytes[bytes.len() - 32..] != author.as_bytes() {
            return Err(ProtoError::BadSignature(
                "the pattern's author is not the given key",
            ));
        }
        let id = blake3::hash(&bytes);
        if !eq_hex(&self.id, id.as_bytes()) {
            return Err(ProtoError::bad_field(
                "id",
                "is not the blake3 of the pattern's canonical bytes",
            ));
        }
        let sig = b64u_array::<64>("sig", &self.sig)
            .map_err(|_| ProtoError::BadSignature("sig is not 64 bytes of base64url"))?;
        author
            .verify(&bytes, &sig)
            .map_err(|_| ProtoError::BadSignature("pattern signature does not verify"))
    }

    /// The id as 32 bytes, when it is 64 lower-case hex digits.
    pub fn id_bytes(&self) -> Option<[u8; 32]> {
        parse_id(&self.id)
    }

    /// Seconds of life left at `now_ms` (0 once expired).
    pub fn ttl_secs(&self, now_ms: u64) -> u64 {
        self.expires_at.saturating_sub(now_ms) / 1000
    }
}

/// Parses a pattern id: exactly 64 lower-case hex digits.
pub fn parse_id(text: &str) -> Option<[u8; 32]> {
    let bytes = text.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in bytes.chunks_exact(2).enumerate() {
        out[i] = (hex_digit(pair[0])? << 4) | hex_digit(pair[1])?;
    }
    Some(out)
}

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

fn eq_hex(text: &str, bytes: &[u8; 32]) -> bool {
    parse_id(text).is_some_and(|b| &b == bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> PatternDraft {
        PatternDraft {
            title: "Rotate deploy keys".into(),
            body: "1. List keys.\n2. Rotate the oldest.".into(),
            interests: vec!["DevOps".into(), "key-rotation".into()],
            tier: 1,
            impact: Some(Impact {
                security: 8,
                quality: 2,
                growth: 0,
                speed: -1,
                cost: 0,
            }),
        }
    }

    #[test]
    fn signed_draft_verifies_and_is_normalised() {
        let p = draft()
            .sign(
                &Keypair::from_seed(&[5; 32]),
                1_000,
                DEFAULT_TTL_MS,
                &Limits::default(),
            )
            .unwrap();
        assert_eq!(p.interests, vec!["devops", "key rotation"]);
        p.verify().unwrap();
        p.check_shape(&Limits::default(), 1_000).unwrap();
    }

    #[test]
    fn any_field_change_breaks_id_or_signature() {
        let p = draft()
            .sign(
                &Keypair::from_seed(&[5; 32]),
                1_000,
                DEFAULT_TTL_MS,
                &Limits::default(),
            )
            .unwrap();
        let mut q = p.clone();
        q.tier = 0;
        assert!(q.verify().is_err());
        let mut q = p.clone();
        q.impact = None;
        assert!(q.verify().is_err());
        // Recomputing the id of a tampered pattern still fails on the signature.
        let mut q = p.clone();
        q.title.push('!');
        q.id = blake3::hash(&q.canonical_bytes().unwrap())
            .to_hex()
            .to_string();
        assert_eq!(
            q.verify(),
            Err(ProtoError::BadSignature(
                "pattern signature does not verify"
            ))
        );
    }

    #[test]
    fn shape_checks_name_the_field() {
        let limits = Limits::default();
        let p = draft()
            .sign(
                &Keypair::from_seed(&[5; 32]),
                1_000,
                DEFAULT_TTL_MS,
                &limits,
            )
            .unwrap();
        let field = |p: &Pattern, now| match p.check_shape(&limits, now) {
            Err(ProtoError::BadField { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        let mut q = p.clone();
        q.title = String::new();
        assert_eq!(field(&q, 1_000), "title");
        let mut q = p.clone();
        q.expires_at = q.created_at + limits.max_ttl_ms + 1;
        assert_eq!(field(&q, 1_000), "expiresAt");
        assert_eq!(field(&p, p.expires_at), "expiresAt");
        let mut q = p.clone();
        q.created_at = 1_000 + limits.max_future_ms + 1;
        q.expires_at = q.created_at + 1;
        assert_eq!(field(&q, 1_000), "createdAt");
        let mut q = p.clone();
        q.tier = 4;
        assert_eq!(field(&q, 1_000), "tier");
        let mut q = p.clone();
        q.interests = vec!["Bitcoin".into()];
        assert_eq!(field(&q, 1_000), "interests");
    }

    #[test]
    fn ids_parse_only_lower_hex() {
        assert!(parse_id(&"ab".repeat(32)).is_some());
        assert!(parse_id(&"AB".repeat(32)).is_none());
        assert!(parse_id("ab").is_none());
    }
}
