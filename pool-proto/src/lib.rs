//! `pool-proto`: the pattern pool's protocol, with no I/O.
//!
//! Everything two parties must agree on lives here and only here: the wire types
//! ([`wire`]), the canonical bytes that ids and signatures cover ([`canonical`], [`pattern`]),
//! keys and delegations ([`identity`]), signed requests ([`request`]), interest normalisation
//! ([`interests`]) and the embedding and similarity used for matching ([`embed`]). The broker,
//! the scanner's callers and nanoclaw all depend on this crate; it depends on none of them and
//! never touches the network, the disk or the clock (callers pass `now_ms` in).

pub mod canonical;
pub mod embed;
pub mod error;
pub mod identity;
pub mod interests;
pub mod pattern;
pub mod request;
mod strict;
pub mod wire;

pub use embed::{Embedder, HashedNgramEmbedder, similarity};
pub use error::ProtoError;
pub use identity::{Delegation, Keypair, PublicKey};
pub use interests::{normalise_interest, normalise_interests};
pub use pattern::{Impact, Limits, Pattern, PatternDraft};
pub use request::RequestAuth;
pub use wire::ErrorCode;
