//! Keys and delegations: who signed what.
//!
//! A **parent** holds a long-lived [`Keypair`]; each ephemeral **agent** makes a fresh one in
//! memory. The parent signs a [`Delegation`] (parent key, agent key, not-after) so that the pool
//! can tell that an agent speaks for an enrolled parent without the agent ever holding the
//! parent's secret. Signatures are ed25519 and are always verified strictly (no malleable
//! signatures, no small-order keys).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::{Signer as _, SigningKey, VerifyingKey};
use zeroize::Zeroizing;

use crate::canonical::Canonical;
use crate::error::ProtoError;

/// Domain tag of a delegation's canonical bytes.
pub const DELEGATION_DOMAIN: &[u8] = b"clawpool:delegation:v1\0";

/// Length of a delegation header once base64url-decoded: keys, not-after and signature.
pub const DELEGATION_LEN: usize = 32 + 32 + 8 + 64;

/// The longest life a delegation may grant an agent: one hour.
pub const MAX_DELEGATION_MS: u64 = 60 * 60 * 1000;

/// Encodes bytes as base64url without padding, the only base64 spoken on the wire.
pub fn b64u(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes base64url without padding into exactly `N` bytes.
///
/// # Errors
/// [`ProtoError::BadField`] naming `field` when the text is not base64url or has another length.
pub fn b64u_array<const N: usize>(field: &'static str, text: &str) -> Result<[u8; N], ProtoError> {
    // Reject early anything that cannot be N bytes, before decoding untrusted text.
    if text.len() != N.div_ceil(3) * 4 - (3 - N % 3) % 3 {
        return Err(ProtoError::bad_field(
            field,
            format!("must be {N} bytes of base64url"),
        ));
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| ProtoError::bad_field(field, "is not base64url without padding"))?;
    bytes
        .try_into()
        .map_err(|_| ProtoError::bad_field(field, format!("must be {N} bytes of base64url")))
}

/// An ed25519 public key: an author, an agent or a parent.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// Parses 32 key bytes, refusing points that are not on the curve or of small order.
    ///
    /// # Errors
    /// [`ProtoError::BadField`] naming `field`.
    pub fn from_bytes(field: &'static str, bytes: &[u8; 32]) -> Result<Self, ProtoError> {
        let key = VerifyingKey::from_bytes(bytes)
            .map_err(|_| ProtoError::bad_field(field, "is not an ed25519 public key"))?;
        if key.is_weak() {
            return Err(ProtoError::bad_field(
                field,
                "is a weak (small-order) ed25519 key",
            ));
        }
        Ok(PublicKey(key))
    }

    /// Parses the base64url text form.
    ///
    /// # Errors
    /// [`ProtoError::BadField`] naming `field`.
    pub fn from_b64u(field: &'static str, text: &str) -> Result<Self, ProtoError> {
        Self::from_bytes(field, &b64u_array::<32>(field, text)?)
    }

    /// The 32 key bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        self.0.as_bytes()
    }

    /// The base64url text form used on the wire.
    pub fn to_b64u(&self) -> String {
        b64u(self.as_bytes())
    }

    /// Verifies a strict ed25519 signature over `msg`.
    ///
    /// # Errors
    /// [`ProtoError::BadSignature`] when it does not verify.
    pub fn verify(&self, msg: &[u8], sig: &[u8; 64]) -> Result<(), ProtoError> {
        // `ed25519-dalek`'s `verify_strict`, one inversion cheaper (see `crate::strict`); a
        // `PublicKey` is never of small order, which that function relies on.
        if crate::strict::verify(&self.0, msg, sig) {
            Ok(())
        } else {
            Err(ProtoError::BadSignature("signature does not verify"))
        }
    }
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.to_b64u())
    }
}

impl std::fmt::Display for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_b64u())
    }
}

/// An ed25519 signing key. Its secret half is zeroized when it is dropped; it has no `Debug`
/// output that shows the secret, and no serialisation.
pub struct Keypair(SigningKey);

impl Keypair {
    /// Makes a fresh key from the operating system's random source.
    pub fn generate() -> Self {
        Keypair(SigningKey::generate(&mut rand::rngs::OsRng))
    }

    /// Rebuilds a key from its 32-byte seed (a parent key read from its file, or a test vector).
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        Keypair(SigningKey::from_bytes(seed))
    }

    /// The 32-byte seed, in a buffer that is wiped when dropped. Only a parent key is ever
    /// written out, by its owner, to a 0600 file.
    pub fn seed(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.0.to_bytes())
    }

    /// The public half.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// Signs `msg`.
    pub fn sign(&self, msg: &[u8]) -> [u8; 64] {
        self.0.sign(msg).to_bytes()
    }
}

impl std::fmt::Debug for Keypair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Keypair(public: {})", self.public())
    }
}

/// A parent's statement that `agent` may act for it until `not_after_ms` (unix ms).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Delegation {
    /// The parent's long-lived key (the rate-limit and enrollment identity).
    pub parent: PublicKey,
    /// The ephemeral agent key the parent vouches for.
    pub agent: PublicKey,
    /// The last instant (unix ms) at which the delegation is valid.
    pub not_after_ms: u64,
    /// The parent's signature over [`Delegation::canonical_bytes`].
    pub sig: [u8; 64],
}

impl Delegation {
    /// The canonical bytes a delegation signature covers.
    pub fn canonical_bytes(parent: &PublicKey, agent: &PublicKey, not_after_ms: u64) -> Vec<u8> {
        let mut c = Canonical::with_domain(DELEGATION_DOMAIN);
        c.fixed(parent.as_bytes())
            .fixed(agent.as_bytes())
            .u64(not_after_ms);
        c.into_bytes()
    }

    /// Signs a delegation for `agent` with the parent's key.
    pub fn issue(parent: &Keypair, agent: &PublicKey, not_after_ms: u64) -> Self {
        let parent_pub = parent.public();
        let sig = parent.sign(&Self::canonical_bytes(&parent_pub, agent, not_after_ms));
        Delegation {
            parent: parent_pub,
            agent: *agent,
            not_after_ms,
            sig,
        }
    }

    /// Checks the parent's signature (not the clock, not the enrollment: those are the
    /// caller's, who knows the time and the allowlist).
    ///
    /// # Errors
    /// [`ProtoError::BadSignature`].
    pub fn verify(&self) -> Result<(), ProtoError> {
        let msg = Self::canonical_bytes(&self.parent, &self.agent, self.not_after_ms);
        self.parent
            .verify(&msg, &self.sig)
            .map_err(|_| ProtoError::BadSignature("delegation signature does not verify"))
    }

    /// The `Claw-Delegation` header value: base64url of parent key, agent key, not-after and
    /// signature (136 bytes).
    pub fn to_header(&self) -> String {
        let mut raw = Vec::with_capacity(DELEGATION_LEN);
        raw.extend_from_slice(self.parent.as_bytes());
        raw.extend_from_slice(self.agent.as_bytes());
        raw.extend_from_slice(&self.not_after_ms.to_be_bytes());
        raw.extend_from_slice(&self.sig);
        b64u(&raw)
    }

    /// Parses a `Claw-Delegation` header value (it does not verify it).
    ///
    /// # Errors
    /// [`ProtoError::BadSignature`] when it is malformed: a delegation that cannot be read is
    /// an unsigned request.
    pub fn from_header(text: &str) -> Result<Self, ProtoError> {
        let raw = b64u_array::<DELEGATION_LEN>("Claw-Delegation", text).map_err(|_| {
            ProtoError::BadSignature("Claw-Delegation is not 136 bytes of base64url")
        })?;
        let key = |range: std::ops::Range<usize>| -> Result<PublicKey, ProtoError> {
            let mut b = [0u8; 32];
            b.copy_from_slice(&raw[range]);
            PublicKey::from_bytes("Claw-Delegation", &b)
                .map_err(|_| ProtoError::BadSignature("Claw-Delegation holds an invalid key"))
        };
        let parent = key(0..32)?;
        let agent = key(32..64)?;
        let mut not_after = [0u8; 8];
        not_after.copy_from_slice(&raw[64..72]);
        let mut sig = [0u8; 64];
        sig.copy_from_slice(&raw[72..136]);
        Ok(Delegation {
            parent,
            agent,
            not_after_ms: u64::from_be_bytes(not_after),
            sig,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delegation_header_round_trips_and_verifies() {
        let parent = Keypair::from_seed(&[7; 32]);
        let agent = Keypair::from_seed(&[9; 32]);
        let d = Delegation::issue(&parent, &agent.public(), 1_700_000_000_000);
        let header = d.to_header();
        let back = Delegation::from_header(&header).unwrap();
        assert_eq!(back, d);
        back.verify().unwrap();
    }

    #[test]
    fn tampered_delegation_fails() {
        let parent = Keypair::from_seed(&[7; 32]);
        let agent = Keypair::from_seed(&[9; 32]);
        let mut d = Delegation::issue(&parent, &agent.public(), 1_700_000_000_000);
        d.not_after_ms += 1;
        assert!(matches!(d.verify(), Err(ProtoError::BadSignature(_))));
    }

    #[test]
    fn b64u_rejects_wrong_lengths_and_alphabets() {
        assert!(b64u_array::<32>("k", "").is_err());
        assert!(b64u_array::<32>("k", &"A".repeat(44)).is_err());
        assert!(b64u_array::<32>("k", &format!("{}+", "A".repeat(42))).is_err());
        assert!(b64u_array::<32>("k", &b64u(&[1; 32])).is_ok());
    }
}
