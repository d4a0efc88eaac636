//! Strict ed25519 verification that gives `ed25519-dalek`'s `verify_strict` answer on every
//! input, with one field inversion fewer.
//!
//! `verify_strict` accepts a signature `(R, s)` by key `A` on message `M` when `s < ℓ`, the
//! bytes `R` decode to a point that is not of small order, `A` is not of small order, and the
//! *encoding* of `[s]B − [k]A` (with `k = SHA-512(R ‖ A ‖ M) mod ℓ`) equals the bytes `R`.
//! Encoding a point costs an inversion (about as much as decoding one). Here the points are
//! compared instead (projective equality: four multiplications), and what comparing encodings
//! added is checked on the bytes of `R`, which must be the canonical encoding of the point they
//! decode to:
//!
//! - its `y` is below `p = 2^255 − 19` (an encoding always reduces `y`);
//! - its sign bit is that of `x`. Decoding makes it so whenever `x ≠ 0`, and `x = 0` only for
//!   `(0, ±1)`, both of small order and refused before.
//!
//! `A` of small order is refused where keys are parsed ([`crate::PublicKey::from_bytes`]), the
//! only way a key reaches this function, so it is not checked again per signature. The tests
//! compare this function with `verify_strict` on valid, tampered, non-canonical and small-order
//! input.

use curve25519_dalek::edwards::{CompressedEdwardsY, EdwardsPoint};
use curve25519_dalek::scalar::Scalar;
use ed25519_dalek::VerifyingKey;
use sha2::{Digest as _, Sha512};

/// Whether `sig` is a strict ed25519 signature of `msg` by `key`, a key that is not of small
/// order.
pub(crate) fn verify(key: &VerifyingKey, msg: &[u8], sig: &[u8; 64]) -> bool {
    let (r_part, s_part) = sig.split_at(32);
    let (Ok(r_bytes), Ok(s_bytes)) = (<[u8; 32]>::try_from(r_part), <[u8; 32]>::try_from(s_part))
    else {
        return false;
    };
    let Some(s) = Option::<Scalar>::from(Scalar::from_canonical_bytes(s_bytes)) else {
        return false;
    };
    if !canonical_y(&r_bytes) {
        return false;
    }
    let Some(r) = CompressedEdwardsY(r_bytes).decompress() else {
        return false;
    };
    if r.is_small_order() {
        return false;
    }
    let k = Scalar::from_hash(
        Sha512::new()
            .chain_update(r_bytes)
            .chain_update(key.as_bytes())
            .chain_update(msg),
    );
    EdwardsPoint::vartime_double_scalar_mul_basepoint(&k, &-key.to_edwards(), &s) == r
}

/// Whether the `y` of an encoded point (its low 255 bits, little-endian) is below
/// `p = 2^255 − 19`: every value from `p` up sets all of bits 4 to 254 and has a low byte of at
/// least `0xed`.
fn canonical_y(bytes: &[u8; 32]) -> bool {
    bytes[31] & 0x7f != 0x7f || bytes[1..31].iter().any(|&b| b != 0xff) || bytes[0] < 0xed
}

#[cfg(test)]
mod tests {
    use super::*;
    use curve25519_dalek::constants::EIGHT_TORSION;
    use ed25519_dalek::{Signature, Signer as _, SigningKey};
    use proptest::prelude::*;

    /// The answer of the library this module must agree with.
    fn reference(key: &VerifyingKey, msg: &[u8], sig: &[u8; 64]) -> bool {
        key.verify_strict(msg, &Signature::from_bytes(sig)).is_ok()
    }

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    /// `y` as a 255-bit little-endian number compared with `p` digit by digit from the top.
    fn below_p(bytes: &[u8; 32]) -> bool {
        let mut p = [0xffu8; 32];
        p[0] = 0xed;
        p[31] = 0x7f;
        let mut y = *bytes;
        y[31] &= 0x7f;
        y.iter().rev().cmp(p.iter().rev()) == std::cmp::Ordering::Less
    }

    #[test]
    fn canonical_y_is_y_below_p() {
        let mut cases = Vec::new();
        for low in [0x00u8, 0x01, 0x12, 0xec, 0xed, 0xee, 0xfe, 0xff] {
            for top in [0x00u8, 0x7e, 0x7f, 0x80, 0xfe, 0xff] {
                for middle in [0x00u8, 0xfe, 0xff] {
                    let mut b = [middle; 32];
                    b[0] = low;
                    b[31] = top;
                    cases.push(b);
                }
            }
        }
        for b in cases {
            assert_eq!(canonical_y(&b), below_p(&b), "{b:02x?}");
        }
    }

    #[test]
    fn small_order_r_is_refused_like_the_library() {
        let sk = key(3);
        let vk = sk.verifying_key();
        let good = sk.sign(b"message").to_bytes();
        for point in EIGHT_TORSION {
            let mut sig = good;
            sig[..32].copy_from_slice(point.compress().as_bytes());
            assert!(!verify(&vk, b"message", &sig));
            assert_eq!(
                verify(&vk, b"message", &sig),
                reference(&vk, b"message", &sig)
            );
        }
    }

    #[test]
    fn non_canonical_encodings_are_refused_like_the_library() {
        let sk = key(5);
        let vk = sk.verifying_key();
        let good = sk.sign(b"m").to_bytes();
        // s + ℓ: the same scalar, not reduced.
        let ell: [u8; 32] = [
            0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9,
            0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
        ];
        let mut sig = good;
        let mut carry = 0u16;
        for i in 0..32 {
            let sum = u16::from(sig[32 + i]) + u16::from(ell[i]) + carry;
            sig[32 + i] = sum as u8;
            carry = sum >> 8;
        }
        assert!(!verify(&vk, b"m", &sig));
        assert_eq!(verify(&vk, b"m", &sig), reference(&vk, b"m", &sig));
        // R with y ≥ p, with either sign bit, for every small y that is on the curve.
        for y in 0u8..19 {
            for sign in [0u8, 0x80] {
                let mut r = [0xffu8; 32];
                r[0] = 0xed + y;
                r[31] = 0x7f | sign;
                let mut sig = good;
                sig[..32].copy_from_slice(&r);
                assert!(!verify(&vk, b"m", &sig));
                assert_eq!(verify(&vk, b"m", &sig), reference(&vk, b"m", &sig));
            }
        }
    }

    proptest! {
        #[test]
        fn agrees_with_the_library(
            seed in any::<[u8; 32]>(),
            msg in proptest::collection::vec(any::<u8>(), 0..300),
            at in 0usize..64,
            flip in any::<u8>(),
            tamper_msg in any::<bool>(),
        ) {
            let sk = SigningKey::from_bytes(&seed);
            let vk = sk.verifying_key();
            let sig = sk.sign(&msg).to_bytes();
            prop_assert!(verify(&vk, &msg, &sig));
            prop_assert!(reference(&vk, &msg, &sig));
            let (mut sig2, mut msg2) = (sig, msg.clone());
            if tamper_msg && !msg2.is_empty() {
                let i = at % msg2.len();
                msg2[i] ^= flip.max(1);
            } else {
                sig2[at] ^= flip.max(1);
            }
            prop_assert_eq!(verify(&vk, &msg2, &sig2), reference(&vk, &msg2, &sig2));
        }

        #[test]
        fn agrees_on_arbitrary_signatures(
            seed in any::<[u8; 32]>(),
            sig in any::<[u8; 64]>(),
            msg in proptest::collection::vec(any::<u8>(), 0..64),
        ) {
            let vk = SigningKey::from_bytes(&seed).verifying_key();
            prop_assert_eq!(verify(&vk, &msg, &sig), reference(&vk, &msg, &sig));
        }
    }
}
