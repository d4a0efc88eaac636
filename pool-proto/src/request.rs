//! Signed requests: every publish and query is signed by the agent key over the method, the
//! path, a timestamp, a random nonce and the blake3 of the body, and carries the parent's
//! delegation. This module builds and parses the five `Claw-*` headers and checks the
//! signatures; the clock window, the nonce cache and the allowlist are the broker's.

use crate::canonical::Canonical;
use crate::error::ProtoError;
use crate::identity::{Delegation, Keypair, PublicKey, b64u, b64u_array};

/// Domain tag of a request's canonical bytes.
pub const REQUEST_DOMAIN: &[u8] = b"clawpool:request:v1\0";

/// Header carrying the agent's public key (base64url).
pub const HEADER_AGENT: &str = "claw-agent";
/// Header carrying the parent's delegation (base64url, 136 bytes).
pub const HEADER_DELEGATION: &str = "claw-delegation";
/// Header carrying the request time in unix milliseconds (decimal).
pub const HEADER_TIMESTAMP: &str = "claw-timestamp";
/// Header carrying 16 random bytes (base64url) that make the request unique.
pub const HEADER_NONCE: &str = "claw-nonce";
/// Header carrying the agent's signature over the request (base64url).
pub const HEADER_SIGNATURE: &str = "claw-signature";

/// The canonical bytes a request signature covers.
///
/// # Errors
/// [`ProtoError::BadField`] only for a method or path longer than 4 GiB.
pub fn request_bytes(
    method: &str,
    path: &str,
    timestamp_ms: u64,
    nonce: &[u8; 16],
    body: &[u8],
) -> Result<Vec<u8>, ProtoError> {
    let mut c = Canonical::with_domain(REQUEST_DOMAIN);
    c.str("method", method)?
        .str("path", path)?
        .u64(timestamp_ms)
        .fixed(nonce)
        .fixed(blake3::hash(body).as_bytes());
    Ok(c.into_bytes())
}

/// The authentication a request carries: who signed it, for which parent, when, and the proof.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestAuth {
    /// The signing agent.
    pub agent: PublicKey,
    /// The parent's delegation to that agent.
    pub delegation: Delegation,
    /// When the agent signed, unix ms.
    pub timestamp_ms: u64,
    /// 16 random bytes, never reused within the broker's clock window.
    pub nonce: [u8; 16],
    /// The agent's signature over [`request_bytes`].
    pub signature: [u8; 64],
}

impl RequestAuth {
    /// Signs a request as `agent`, with a fresh random nonce.
    ///
    /// # Errors
    /// As [`request_bytes`].
    pub fn sign(
        agent: &Keypair,
        delegation: &Delegation,
        method: &str,
        path: &str,
        timestamp_ms: u64,
        body: &[u8],
    ) -> Result<Self, ProtoError> {
        let mut nonce = [0u8; 16];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut nonce);
        Self::sign_with_nonce(agent, delegation, method, path, timestamp_ms, nonce, body)
    }

    /// Signs with a given nonce (test vectors; replay tests).
    ///
    /// # Errors
    /// As [`request_bytes`].
    pub fn sign_with_nonce(
        agent: &Keypair,
        delegation: &Delegation,
        method: &str,
        path: &str,
        timestamp_ms: u64,
        nonce: [u8; 16],
        body: &[u8],
    ) -> Result<Self, ProtoError> {
        let signature = agent.sign(&request_bytes(method, path, timestamp_ms, &nonce, body)?);
        Ok(RequestAuth {
            agent: agent.public(),
            delegation: delegation.clone(),
            timestamp_ms,
            nonce,
            signature,
        })
    }

    /// The five headers, as (lower-case name, value).
    pub fn headers(&self) -> [(&'static str, String); 5] {
        [
            (HEADER_AGENT, self.agent.to_b64u()),
            (HEADER_DELEGATION, self.delegation.to_header()),
            (HEADER_TIMESTAMP, self.timestamp_ms.to_string()),
            (HEADER_NONCE, b64u(&self.nonce)),
            (HEADER_SIGNATURE, b64u(&self.signature)),
        ]
    }

    /// Reads the five headers through `get` (which looks a header up by lower-case name). It
    /// parses; it does not verify.
    ///
    /// # Errors
    /// [`ProtoError::BadSignature`] naming the missing or malformed header.
    pub fn from_headers<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Result<Self, ProtoError> {
        Self::from_headers_with(get, Delegation::from_header)
    }

    /// Like [`RequestAuth::from_headers`], but the delegation header is turned into a
    /// [`Delegation`] by `delegation` (a verifier can answer from a cache of delegations it has
    /// already checked). The agent key is taken from the delegation when the `Claw-Agent` bytes
    /// match it, so it is decompressed once.
    ///
    /// # Errors
    /// [`ProtoError::BadSignature`] naming the missing or malformed header, or what `delegation`
    /// returns.
    pub fn from_headers_with<'a>(
        get: impl Fn(&str) -> Option<&'a str>,
        delegation: impl FnOnce(&str) -> Result<Delegation, ProtoError>,
    ) -> Result<Self, ProtoError> {
        let need = |name: &'static str, missing: &'static str| {
            get(name).ok_or(ProtoError::BadSignature(missing))
        };
        let agent_bytes = b64u_array::<32>(
            "Claw-Agent",
            need(HEADER_AGENT, "missing header Claw-Agent")?,
        )
        .map_err(|_| ProtoError::BadSignature("Claw-Agent is not an ed25519 public key"))?;
        let delegation = delegation(need(HEADER_DELEGATION, "missing header Claw-Delegation")?)?;
        let agent = if delegation.agent.as_bytes() == &agent_bytes {
            delegation.agent
        } else {
            PublicKey::from_bytes("Claw-Agent", &agent_bytes)
                .map_err(|_| ProtoError::BadSignature("Claw-Agent is not an ed25519 public key"))?
        };
        let ts_text = need(HEADER_TIMESTAMP, "missing header Claw-Timestamp")?;
        if ts_text.is_empty() || ts_text.len() > 20 || !ts_text.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(ProtoError::BadSignature(
                "Claw-Timestamp is not decimal unix milliseconds",
            ));
        }
        let timestamp_ms = ts_text.parse().map_err(|_| {
            ProtoError::BadSignature("Claw-Timestamp is not decimal unix milliseconds")
        })?;
        let nonce = b64u_array::<16>(
            "Claw-Nonce",
            need(HEADER_NONCE, "missing header Claw-Nonce")?,
        )
        .map_err(|_| ProtoError::BadSignature("Claw-Nonce is not 16 bytes of base64url"))?;
        let signature = b64u_array::<64>(
            "Claw-Signature",
            need(HEADER_SIGNATURE, "missing header Claw-Signature")?,
        )
        .map_err(|_| ProtoError::BadSignature("Claw-Signature is not 64 bytes of base64url"))?;
        Ok(RequestAuth {
            agent,
            delegation,
            timestamp_ms,
            nonce,
            signature,
        })
    }

    /// Checks that the delegation names this agent, that the parent signed it, and that the
    /// agent signed this method, path and body. Clock, nonce and enrollment checks are the
    /// caller's.
    ///
    /// # Errors
    /// [`ProtoError::BadSignature`].
    pub fn verify(&self, method: &str, path: &str, body: &[u8]) -> Result<(), ProtoError> {
        self.delegation.verify()?;
        self.verify_request(method, path, body)
    }

    /// Like [`RequestAuth::verify`] without re-checking the delegation's signature: for a
    /// caller that obtained the delegation from [`Delegation::verify`] already (a cache).
    ///
    /// # Errors
    /// [`ProtoError::BadSignature`].
    pub fn verify_request(&self, method: &str, path: &str, body: &[u8]) -> Result<(), ProtoError> {
        if self.delegation.agent != self.agent {
            return Err(ProtoError::BadSignature("delegation is for another agent"));
        }
        let msg = request_bytes(method, path, self.timestamp_ms, &self.nonce, body)?;
        self.agent
            .verify(&msg, &self.signature)
            .map_err(|_| ProtoError::BadSignature("request signature does not verify"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn signed(body: &[u8]) -> RequestAuth {
        let parent = Keypair::from_seed(&[1; 32]);
        let agent = Keypair::from_seed(&[2; 32]);
        let d = Delegation::issue(&parent, &agent.public(), 10_000);
        RequestAuth::sign_with_nonce(&agent, &d, "POST", "/patterns/query", 5_000, [3; 16], body)
            .unwrap()
    }

    #[test]
    fn headers_round_trip_and_verify() {
        let auth = signed(b"{}");
        let map: HashMap<&str, String> = auth.headers().into_iter().collect();
        let back = RequestAuth::from_headers(|n| map.get(n).map(String::as_str)).unwrap();
        assert_eq!(back, auth);
        back.verify("POST", "/patterns/query", b"{}").unwrap();
    }

    #[test]
    fn any_change_breaks_the_signature() {
        let auth = signed(b"{}");
        assert!(auth.verify("POST", "/patterns/query", b"{ }").is_err());
        assert!(auth.verify("POST", "/patterns/publish", b"{}").is_err());
        assert!(auth.verify("GET", "/patterns/query", b"{}").is_err());
        let mut later = auth.clone();
        later.timestamp_ms += 1;
        assert!(later.verify("POST", "/patterns/query", b"{}").is_err());
    }

    #[test]
    fn delegation_for_someone_else_is_refused() {
        let mut auth = signed(b"{}");
        auth.agent = Keypair::from_seed(&[4; 32]).public();
        assert_eq!(
            auth.verify("POST", "/patterns/query", b"{}"),
            Err(ProtoError::BadSignature("delegation is for another agent"))
        );
    }

    #[test]
    fn missing_header_is_named() {
        let err = RequestAuth::from_headers(|_| None).unwrap_err();
        assert_eq!(err, ProtoError::BadSignature("missing header Claw-Agent"));
    }
}
