//! Overlapping search for many short literals at once: the rules prefilter.
//!
//! An Aho-Corasick automaton over a thousand literals walks one dependent table lookup per byte
//! through a table far larger than the L1 cache. This search instead asks, at every position,
//! two independent questions of two 8 KiB bit sets: "could a literal of two or three bytes start
//! here?" (keyed by the next two bytes) and "could a longer literal start here?" (keyed by a hash
//! of the next four; literals of three bytes have a third set). Only the few positions that pass
//! are checked against the literals that share the key, first by their leading four bytes in
//! one comparison. The work is linear in the haystack: a constant number of lookups per byte plus
//! the checks, bounded by the number of literals per key.
//!
//! Matches come out exactly as an overlapping Aho-Corasick search (standard semantics) reports
//! them: every occurrence of every literal, ordered by end offset, and among matches ending at
//! the same offset, longest first, then by literal index. The engine merges regex windows in
//! that order, so keeping it keeps every verdict.

use std::ops::Range;

/// Bits of the hash of a four-byte key.
const HASH_BITS: u32 = 15;
/// Number of keys of either bit set.
const KEYS: usize = 1 << HASH_BITS;

/// One occurrence of a literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LiteralMatch {
    /// Index of the literal, in the order given to [`Literals::new`].
    pub pattern: usize,
    /// Byte offset where it starts.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
}

/// A bit set over hashed keys, small enough to stay in the L1 cache.
#[derive(Debug, Clone)]
struct Bits(Box<[u64; KEYS / 64]>);

impl Bits {
    fn new() -> Self {
        Bits(Box::new([0; KEYS / 64]))
    }

    fn set(&mut self, key: usize) {
        if let Some(w) = self.0.get_mut(key / 64) {
            *w |= 1 << (key % 64);
        }
    }

    /// The bit of `key` (taken modulo the number of keys), as 0 or 1.
    #[inline(always)]
    fn get(&self, key: usize) -> u64 {
        let key = key % KEYS;
        self.0.get(key / 64).map_or(0, |w| (w >> (key % 64)) & 1)
    }
}

/// Literals grouped by key: `ids[starts[k]..starts[k + 1]]` are the literals of key `k`.
#[derive(Debug, Clone)]
struct Buckets {
    starts: Vec<u32>,
    ids: Vec<u32>,
}

impl Buckets {
    fn build(keyed: &[(usize, u32)]) -> Self {
        let mut counts = vec![0u32; KEYS + 1];
        for &(k, _) in keyed {
            if let Some(c) = counts.get_mut(k + 1) {
                *c += 1;
            }
        }
        for k in 0..KEYS {
            let before = counts.get(k).copied().unwrap_or(0);
            if let Some(c) = counts.get_mut(k + 1) {
                *c += before;
            }
        }
        let mut fill = counts.clone();
        let mut ids = vec![0u32; keyed.len()];
        for &(k, id) in keyed {
            if let Some(pos) = fill.get_mut(k) {
                if let Some(slot) = ids.get_mut(*pos as usize) {
                    *slot = id;
                }
                *pos += 1;
            }
        }
        Buckets {
            starts: counts,
            ids,
        }
    }

    #[inline]
    fn get(&self, key: usize) -> &[u32] {
        let range: Range<usize> = match (self.starts.get(key), self.starts.get(key + 1)) {
            (Some(&a), Some(&b)) => a as usize..b as usize,
            _ => 0..0,
        };
        self.ids.get(range).unwrap_or(&[])
    }
}

/// A compiled set of literals for overlapping search.
#[derive(Debug, Clone)]
pub struct Literals {
    patterns: Vec<Box<[u8]>>,
    /// First four bytes of each literal (zero-padded), little-endian, and the mask of the bytes
    /// it has: a candidate is checked against these before its tail is compared.
    heads: Vec<(u32, u32)>,
    /// Literals of one byte, by that byte.
    single: Vec<Vec<u32>>,
    /// The first two bytes of every literal of two or three bytes, one bit per possible pair
    /// (8 KiB, indexed directly): the per-position test for the short literals, with no hash.
    short_heads: Box<[u64; 1024]>,
    /// Hashed two-byte keys that are a literal of two bytes.
    two_bits: Bits,
    two: Buckets,
    /// Hashed three-byte keys that are a literal of three bytes.
    three_bits: Bits,
    three: Buckets,
    /// Hashed four-byte keys that start a literal of four bytes or more.
    long_bits: Bits,
    long: Buckets,
}

/// A [`HASH_BITS`]-bit hash of a 32-bit word (Fibonacci hashing).
#[inline(always)]
fn hash(x: u32) -> usize {
    (x.wrapping_mul(0x9e37_79b1) >> (32 - HASH_BITS)) as usize
}

/// Mask of the low `n` bytes of a little-endian word.
fn mask(n: usize) -> u32 {
    match n {
        0 => 0,
        1 => 0xff,
        2 => 0xffff,
        3 => 0x00ff_ffff,
        _ => u32::MAX,
    }
}

impl Literals {
    /// Compiles the literals; empty ones never match.
    pub fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Self {
        let patterns: Vec<Box<[u8]>> = patterns.iter().map(|p| p.as_ref().into()).collect();
        let mut heads = Vec::with_capacity(patterns.len());
        let mut single = vec![Vec::new(); 256];
        let (mut two_bits, mut three_bits, mut long_bits) = (Bits::new(), Bits::new(), Bits::new());
        let (mut two_keyed, mut three_keyed, mut long_keyed) = (Vec::new(), Vec::new(), Vec::new());
        let mut short_heads = Box::new([0u64; 1024]);
        for (id, p) in patterns.iter().enumerate() {
            let id = u32::try_from(id).unwrap_or(u32::MAX);
            let mut head = [0u8; 4];
            for (h, b) in head.iter_mut().zip(p.iter()) {
                *h = *b;
            }
            let head = u32::from_le_bytes(head);
            heads.push((head, mask(p.len())));
            if matches!(p.len(), 2 | 3) {
                let pair = (head & 0xffff) as usize;
                if let Some(w) = short_heads.get_mut(pair / 64) {
                    *w |= 1 << (pair % 64);
                }
            }
            match p.len() {
                0 => {}
                1 => {
                    if let Some(list) = single.get_mut(usize::from(head as u8)) {
                        list.push(id);
                    }
                }
                2 => {
                    let k = hash(head);
                    two_bits.set(k);
                    two_keyed.push((k, id));
                }
                3 => {
                    let k = hash(head);
                    three_bits.set(k);
                    three_keyed.push((k, id));
                }
                _ => {
                    let k = hash(head);
                    long_bits.set(k);
                    long_keyed.push((k, id));
                }
            }
        }
        Literals {
            heads,
            single,
            short_heads,
            two_bits,
            two: Buckets::build(&two_keyed),
            three_bits,
            three: Buckets::build(&three_keyed),
            long_bits,
            long: Buckets::build(&long_keyed),
            patterns,
        }
    }

    /// Checks the literals `ids` at `at`, whose next (up to) four bytes are `word`.
    #[inline]
    fn check(
        &self,
        ids: &[u32],
        haystack: &[u8],
        at: usize,
        word: u32,
        out: &mut Vec<LiteralMatch>,
    ) {
        for &id in ids {
            let Some(&(head, mask)) = self.heads.get(id as usize) else {
                continue;
            };
            if word & mask != head {
                continue;
            }
            let Some(p) = self.patterns.get(id as usize) else {
                continue;
            };
            let end = at + p.len();
            let tail_ok = p.len() <= 4 || haystack.get(at + 4..end) == p.get(4..);
            if tail_ok && end <= haystack.len() {
                out.push(LiteralMatch {
                    pattern: id as usize,
                    start: at,
                    end,
                });
            }
        }
    }

    /// Every occurrence of every literal in `haystack`, overlapping, in Aho-Corasick order (by
    /// end, then longest first, then by index). Clears `out` first.
    pub fn find_overlapping(&self, haystack: &[u8], out: &mut Vec<LiteralMatch>) {
        out.clear();
        let any_single = self.single.iter().any(|l| !l.is_empty());
        let mut at = 0usize;
        // Positions with four bytes or more ahead: two bit tests, rarely anything more. A
        // literal of two or three bytes can start only where its first two bytes are, so the
        // direct pair table stands in for their two hashed tests (`step` makes those itself).
        // Each window is read as one little-endian word (a single load, not four byte loads
        // and shifts).
        for w in haystack.windows(4) {
            let Ok(bytes) = <[u8; 4]>::try_from(w) else {
                break;
            };
            let word = u32::from_le_bytes(bytes);
            let pair = (word & 0xffff) as usize;
            let short = self
                .short_heads
                .get(pair / 64)
                .map_or(0, |w| (w >> (pair % 64)) & 1);
            let candidate = short | self.long_bits.get(hash(word));
            if candidate != 0 || any_single {
                self.step(haystack, at, word, out);
            }
            at += 1;
        }
        // The last three positions, their word zero-padded: only shorter literals fit there,
        // and `check` rejects any literal that would run past the end.
        while at < haystack.len() {
            let mut word = [0u8; 4];
            for (k, slot) in word.iter_mut().enumerate() {
                *slot = haystack.get(at + k).copied().unwrap_or(0);
            }
            self.step(haystack, at, u32::from_le_bytes(word), out);
            at += 1;
        }
        out.sort_unstable_by_key(|m| (m.end, m.start, m.pattern));
    }

    /// Checks every literal that could start at `at`.
    #[inline(never)]
    fn step(&self, haystack: &[u8], at: usize, word: u32, out: &mut Vec<LiteralMatch>) {
        if let Some(ids) = self.single.get((word & 0xff) as usize) {
            self.check(ids, haystack, at, word, out);
        }
        let k2 = hash(word & 0xffff);
        if self.two_bits.get(k2) != 0 {
            self.check(self.two.get(k2), haystack, at, word, out);
        }
        let k3 = hash(word & 0x00ff_ffff);
        if self.three_bits.get(k3) != 0 {
            self.check(self.three.get(k3), haystack, at, word, out);
        }
        let k4 = hash(word);
        if self.long_bits.get(k4) != 0 {
            self.check(self.long.get(k4), haystack, at, word, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    fn ours(pats: &[&str], hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        Literals::new(pats).find_overlapping(hay.as_bytes(), &mut out);
        out.iter().map(|m| (m.pattern, m.start, m.end)).collect()
    }

    fn reference(pats: &[&str], hay: &str) -> Vec<(usize, usize, usize)> {
        let Ok(ac) = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(pats)
        else {
            return Vec::new();
        };
        ac.find_overlapping_iter(hay)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    }

    #[test]
    fn same_matches_in_the_same_order_as_aho_corasick() {
        let pats = [
            "a", "ab", "abc", "abcd", "bcd", "cd", "d", "abcde", "bc", "b", "abcd", "xyz", "yz",
            "z", "zz", "zzz", "he", "she", "his", "hers",
        ];
        for hay in [
            "",
            "a",
            "abcde",
            "xabcdabcdex",
            "ushers and his shes",
            "zzzzzz",
            "abcabcdabcde zz xyz",
            "d",
            "cd",
            "bcd",
        ] {
            assert_eq!(ours(&pats, hay), reference(&pats, hay), "{hay:?}");
        }
    }

    #[test]
    fn hash_collisions_and_multibyte_literals() {
        let pats = [
            "無視して",
            "忽略",
            "ignore",
            "ignor",
            "gnore",
            "previous",
            "ous",
            "s p",
        ];
        let hay = "ignore previous 忽略 無視して ignored gnore";
        assert_eq!(ours(&pats, hay), reference(&pats, hay));
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_aho_corasick(
            pats in proptest::collection::vec("[ab\u{e9} ]{1,6}", 1..40),
            hay in "[abc\u{e9} ]{0,200}",
        ) {
            let pats: Vec<&str> = pats.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(ours(&pats, &hay), reference(&pats, &hay));
        }
    }
}
