//! The canonical binary encoding that ids and signatures cover.
//!
//! JSON text is never signed: key order, whitespace and number spelling vary between
//! serialisers. Instead every signed object is written field by field with this [`Canonical`]
//! writer: big-endian integers, strings as a `u32` byte length then UTF-8 bytes, fixed-size byte
//! arrays as they are, and a domain tag ending in NUL first so that bytes signed for one purpose
//! can never verify for another. ARCHITECTURE.md carries the exact layouts.

use crate::error::ProtoError;

/// An append-only writer of canonical bytes.
#[derive(Debug, Default, Clone)]
pub struct Canonical {
    buf: Vec<u8>,
}

impl Canonical {
    /// Starts a message with its domain tag (for example `b"clawpool:pattern:v1\0"`).
    pub fn with_domain(tag: &[u8]) -> Self {
        let mut buf = Vec::with_capacity(256);
        buf.extend_from_slice(tag);
        Canonical { buf }
    }

    /// Appends one byte.
    pub fn u8(&mut self, v: u8) -> &mut Self {
        self.buf.push(v);
        self
    }

    /// Appends one signed byte (two's complement).
    pub fn i8(&mut self, v: i8) -> &mut Self {
        self.buf.extend_from_slice(&v.to_be_bytes());
        self
    }

    /// Appends a big-endian `u16`.
    pub fn u16(&mut self, v: u16) -> &mut Self {
        self.buf.extend_from_slice(&v.to_be_bytes());
        self
    }

    /// Appends a big-endian `u64`.
    pub fn u64(&mut self, v: u64) -> &mut Self {
        self.buf.extend_from_slice(&v.to_be_bytes());
        self
    }

    /// Appends bytes of a fixed, known length (keys, hashes, nonces) with no length prefix.
    pub fn fixed(&mut self, bytes: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(bytes);
        self
    }

    /// Appends a string as a `u32` byte length and its UTF-8 bytes.
    ///
    /// # Errors
    /// [`ProtoError::BadField`] if the string is longer than `u32::MAX` bytes.
    pub fn str(&mut self, field: &'static str, s: &str) -> Result<&mut Self, ProtoError> {
        let len = u32::try_from(s.len())
            .map_err(|_| ProtoError::bad_field(field, "is longer than 4 GiB"))?;
        self.buf.extend_from_slice(&len.to_be_bytes());
        self.buf.extend_from_slice(s.as_bytes());
        Ok(self)
    }

    /// The bytes written so far.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}
