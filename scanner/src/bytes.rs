//! Byte-level building blocks the detectors share: tables of byte classes built at compile time
//! (one load per byte instead of a chain of comparisons), a search for the first byte of a
//! class that tests 32 bytes at a time, the start of the line holding a byte, and lower-casing
//! that keeps runs of ASCII on the fast path.

/// A `[bool; 256]` table holding, for every byte value, the answer of a test written as
/// `|b| test` (`b` names the byte, a `u8`), worked out at compile time.
macro_rules! byte_table {
    (|$b:ident| $test:expr) => {{
        let mut table = [false; 256];
        let mut i = 0;
        while i < 256 {
            let $b = i as u8;
            table[i] = $test;
            i += 1;
        }
        table
    }};
}
pub(crate) use byte_table;

/// `u8::is_ascii_alphanumeric` of every byte value.
pub(crate) const ALNUM: [bool; 256] = byte_table!(|b| b.is_ascii_alphanumeric());

/// The offset of the first byte of `bytes` that `wanted` accepts. Blocks of 32 bytes are
/// tested whole by a branch-free OR the compiler runs on vector registers, and only the block
/// holding such a byte is searched byte by byte: where wanted bytes are sparse, a byte-by-byte
/// search reads the text between them at several instructions a byte.
#[inline]
pub(crate) fn first_in_blocks(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> Option<usize> {
    let mut base = 0usize;
    for block in bytes.chunks(32) {
        if block.iter().fold(false, |any, &b| any | wanted(b)) {
            return block.iter().position(|&b| wanted(b)).map(|p| base + p);
        }
        base += block.len();
    }
    None
}

/// The offset of the first non-ASCII byte of `bytes`, looked for 32 bytes at a time
/// ([`first_in_blocks`]).
#[inline]
pub(crate) fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    first_in_blocks(bytes, |b| b >= 0x80)
}

/// Whitespace as `char::is_whitespace` sees it, for ASCII bytes.
pub(crate) const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

/// Start of the line holding byte `i`.
pub(crate) fn line_start(bytes: &[u8], i: usize) -> usize {
    let i = i.min(bytes.len());
    bytes
        .get(..i)
        .and_then(|b| memchr::memrchr(b'\n', b))
        .map_or(0, |p| p + 1)
}

/// `s.to_lowercase()`, with every run of ASCII lowered in one pass: the standard library's
/// lowers a text char by char once it meets its first non-ASCII character, which in prose with
/// em dashes or curly quotes is nearly all of it. A text with a capital sigma (whose lower case
/// depends on the letters around it) takes the standard path.
pub(crate) fn to_lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let run = first_non_ascii(rest.as_bytes()).unwrap_or(rest.len());
        let (ascii, other) = rest.split_at(run);
        let from = out.len();
        out.push_str(ascii);
        if let Some(pushed) = out.get_mut(from..) {
            pushed.make_ascii_lowercase();
        }
        let Some(c) = other.chars().next() else {
            break;
        };
        if c == '\u{3a3}' {
            return s.to_lowercase();
        }
        out.extend(c.to_lowercase());
        rest = other.get(c.len_utf8()..).unwrap_or("");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn alnum_table_equals_the_test() {
        for b in 0..=255u8 {
            assert_eq!(ALNUM[usize::from(b)], b.is_ascii_alphanumeric(), "{b}");
        }
    }

    proptest! {
        /// The block search finds what `position` finds, across block edges and at the end.
        #[test]
        fn block_search_equals_position(bytes in proptest::collection::vec(any::<u8>(), 0..200), pick in any::<u8>()) {
            let wanted = |b: u8| b == pick || b == b'(';
            prop_assert_eq!(first_in_blocks(&bytes, wanted), bytes.iter().position(|&b| wanted(b)));
        }

        /// Lowering runs of ASCII in one pass gives what the standard library gives, on text
        /// mixing ASCII with accented, Greek (sigma too), Turkish, German and CJK letters.
        #[test]
        fn to_lowercase_equals_the_standard_one(
            s in "([a-zA-Z .,]|\u{c9}|\u{3a3}|\u{3a9}|\u{130}|\u{1e9e}|\u{2014}|\u{201c}|\u{4e2d}){0,60}",
        ) {
            prop_assert_eq!(to_lowercase(&s), s.to_lowercase());
        }
    }
}
