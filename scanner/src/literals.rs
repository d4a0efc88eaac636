//! Overlapping search for many short literals at once: the rules prefilter.
//!
//! An Aho-Corasick automaton over a thousand literals walks one dependent table lookup per byte
//! through a table far larger than the L1 cache. This search instead asks, at every position,
//! two independent questions of two bit sets: "could a literal of two or three bytes start
//! here?" (keyed directly by the next two bytes, 8 KiB) and "could a longer literal start
//! here?" (keyed by a hash of the next four, 8 KiB). Only the few positions that pass are
//! checked against the literals that share the key. A bucket holds each distinct literal's
//! first eight bytes and their mask next to its length, so one masked comparison of the next
//! eight bytes of text settles almost every candidate; only literals longer than eight bytes
//! compare the rest. The work is linear in the haystack: a constant number of lookups per byte
//! plus the checks, bounded by the number of literals per key.
//!
//! Matches come out exactly as an overlapping Aho-Corasick search (standard semantics) reports
//! them: every occurrence of every literal, ordered by end offset, and among matches ending at
//! the same offset, longest first, then by literal index. The engine merges regex windows in
//! that order, so keeping it keeps every verdict.

/// Bits of the hash of a key of the buckets.
const HASH_BITS: u32 = 15;
/// Number of keys of the buckets.
const KEYS: usize = 1 << HASH_BITS;
/// Bits of the hash of a key of the bit set of the long literals: one more than the buckets',
/// so half as many text positions pass for a hash collision (measured on prose: 1.3 fewer
/// instructions a byte). The set takes 8 KiB, as the pair table: both stay in the L1 cache.
/// A 16 KiB set saved only another 0.2 instructions a byte, for twice the cache.
const FILTER_BITS: u32 = 16;
/// Number of keys of that bit set.
const FILTER_KEYS: usize = 1 << FILTER_BITS;

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
struct Bits(Box<[u64; FILTER_KEYS / 64]>);

impl Bits {
    fn new() -> Self {
        Bits(Box::new([0; FILTER_KEYS / 64]))
    }

    fn set(&mut self, key: usize) {
        if let Some(w) = self.0.get_mut(key / 64) {
            *w |= 1 << (key % 64);
        }
    }

    /// The bit of `key` (taken modulo the number of keys), as 0 or 1.
    #[inline(always)]
    fn get(&self, key: usize) -> u64 {
        let key = key % FILTER_KEYS;
        self.0.get(key / 64).map_or(0, |w| (w >> (key % 64)) & 1)
    }
}

/// One distinct literal of two bytes or more, as its bucket holds it: everything a candidate
/// needs is in these 32 bytes, so a rejected candidate costs one cache line.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Its first eight bytes (zero-padded), little-endian.
    head: u64,
    /// Mask of the bytes of `head` it has.
    mask: u64,
    /// Its length in bytes.
    len: u32,
    /// Where its ids (every index the literal was given under) start in [`Literals::ids`]:
    /// the same literal may be given many times (the rules compile write a placeholder for
    /// each literal with no transformed form), and all of them match together.
    ids_start: u32,
    /// Where they end.
    ids_end: u32,
}

/// Entries grouped by key: `entries[starts[k]..starts[k + 1]]` are the literals of key `k`.
/// `starts` has a fixed size, so a hashed key needs no bounds check.
#[derive(Debug, Clone)]
struct Buckets {
    starts: Box<[u32; KEYS + 1]>,
    entries: Vec<Entry>,
}

impl Buckets {
    fn build(keyed: &[(usize, Entry)]) -> Self {
        let mut counts = Box::new([0u32; KEYS + 1]);
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
        let empty = Entry {
            head: 0,
            mask: 0,
            len: 0,
            ids_start: 0,
            ids_end: 0,
        };
        let mut entries = vec![empty; keyed.len()];
        for &(k, e) in keyed {
            if let Some(pos) = fill.get_mut(k) {
                if let Some(slot) = entries.get_mut(*pos as usize) {
                    *slot = e;
                }
                *pos += 1;
            }
        }
        Buckets {
            starts: counts,
            entries,
        }
    }

    #[inline(always)]
    fn get(&self, key: usize) -> &[Entry] {
        match (self.starts.get(key), self.starts.get(key + 1)) {
            (Some(&a), Some(&b)) => self.entries.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// A compiled set of literals for overlapping search.
#[derive(Debug, Clone)]
pub struct Literals {
    /// Every literal, by index.
    patterns: Vec<Box<[u8]>>,
    /// The ids of each distinct literal, consecutively (see [`Entry::ids_start`]).
    ids: Vec<u32>,
    /// Literals of one byte, by that byte.
    single: Vec<Vec<u32>>,
    /// Whether any literal has one byte (worked out once: asking the 256 lists at every search
    /// cost a thousand instructions).
    any_single: bool,
    /// The first two bytes of every literal of two or three bytes, one bit per possible pair
    /// (8 KiB, indexed directly): the per-position test for the short literals, with no hash.
    short_heads: Box<[u64; 1024]>,
    /// The literals of two or three bytes, keyed by the hash of their first two bytes.
    short: Buckets,
    /// Hashed four-byte keys that start a literal of four bytes or more.
    long_bits: Bits,
    /// The literals of four bytes or more, keyed by the hash of their first four.
    long: Buckets,
}

/// A [`HASH_BITS`]-bit hash of a 32-bit word (Fibonacci hashing).
#[inline(always)]
fn hash(x: u32) -> usize {
    (x.wrapping_mul(0x9e37_79b1) >> (32 - HASH_BITS)) as usize
}

/// A [`FILTER_BITS`]-bit hash of a 32-bit word: [`hash`] with more bits.
#[inline(always)]
fn filter_hash(x: u32) -> usize {
    (x.wrapping_mul(0x9e37_79b1) >> (32 - FILTER_BITS)) as usize
}

/// Mask of the low `n` bytes of a little-endian 64-bit word.
fn mask(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

/// The order of the matches: by end, then longest first (earliest start), then by index. No
/// two matches share all three.
#[inline(always)]
fn order(m: &LiteralMatch) -> (usize, usize, usize) {
    (m.end, m.start, m.pattern)
}

/// Sorts the matches into [`order`]. They are found by start, and a match ends before one
/// found earlier only when that one started less than a literal's length before it and is
/// longer, so most matches are already in place and the rest move a few places at most: an
/// insertion sort, where a general sort would spend some hundred instructions a match. Should
/// some text make many moves, a budget proportional to the number of matches hands the rest
/// to the general sort, which keeps the worst case at n log n.
fn sort_matches(out: &mut [LiteralMatch]) {
    let mut budget = 4 * out.len() + 64;
    for i in 1..out.len() {
        let in_place = match (out.get(i - 1), out.get(i)) {
            (Some(a), Some(b)) => order(a) < order(b),
            _ => true,
        };
        if !in_place && !insert(out, i, &mut budget) {
            out.sort_unstable_by_key(order);
            return;
        }
    }
}

/// Moves `out[i]` back to its place among the sorted `out[..i]`, spending one unit of
/// `budget` a place; false (with `out` still a permutation of itself) once it is spent.
#[inline(never)]
fn insert(out: &mut [LiteralMatch], i: usize, budget: &mut usize) -> bool {
    let Some(key) = out.get(i).map(order) else {
        return true;
    };
    let mut j = i;
    while j > 0 && out.get(j - 1).is_some_and(|p| order(p) > key) {
        j -= 1;
        *budget = budget.saturating_sub(1);
        if *budget == 0 {
            return false;
        }
    }
    if let Some(moved) = out.get_mut(j..=i) {
        moved.rotate_right(1);
    }
    true
}

impl Literals {
    /// Compiles the literals; empty ones never match.
    pub fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Self {
        let patterns: Vec<Box<[u8]>> = patterns.iter().map(|p| p.as_ref().into()).collect();
        let mut single = vec![Vec::new(); 256];
        let mut long_bits = Bits::new();
        let (mut short_keyed, mut long_keyed) = (Vec::new(), Vec::new());
        let mut short_heads = Box::new([0u64; 1024]);
        // The ids of every distinct literal of two bytes or more, in order of first appearance.
        let mut distinct: Vec<(&[u8], Vec<u32>)> = Vec::new();
        let mut index: std::collections::HashMap<&[u8], usize> = std::collections::HashMap::new();
        for (id, p) in patterns.iter().enumerate() {
            let id = u32::try_from(id).unwrap_or(u32::MAX);
            match p.len() {
                0 => {}
                1 => {
                    if let Some(list) = p.first().and_then(|&b| single.get_mut(usize::from(b))) {
                        list.push(id);
                    }
                }
                _ => {
                    let slot = *index.entry(p).or_insert_with(|| {
                        distinct.push((p, Vec::new()));
                        distinct.len() - 1
                    });
                    if let Some((_, ids)) = distinct.get_mut(slot) {
                        ids.push(id);
                    }
                }
            }
        }
        let mut ids = Vec::new();
        for (p, its_ids) in &distinct {
            let mut head = [0u8; 8];
            for (h, b) in head.iter_mut().zip(p.iter()) {
                *h = *b;
            }
            let head = u64::from_le_bytes(head);
            let ids_start = u32::try_from(ids.len()).unwrap_or(u32::MAX);
            ids.extend_from_slice(its_ids);
            let entry = Entry {
                head,
                mask: mask(p.len()),
                len: u32::try_from(p.len()).unwrap_or(u32::MAX),
                ids_start,
                ids_end: u32::try_from(ids.len()).unwrap_or(u32::MAX),
            };
            if p.len() <= 3 {
                let pair = (head & 0xffff) as usize;
                if let Some(w) = short_heads.get_mut(pair / 64) {
                    *w |= 1 << (pair % 64);
                }
                short_keyed.push((hash(pair as u32), entry));
            } else {
                long_bits.set(filter_hash(head as u32));
                long_keyed.push((hash(head as u32), entry));
            }
        }
        Literals {
            ids,
            any_single: single.iter().any(|l| !l.is_empty()),
            single,
            short_heads,
            short: Buckets::build(&short_keyed),
            long_bits,
            long: Buckets::build(&long_keyed),
            patterns,
        }
    }

    /// Checks the literals `entries` at `at`, whose next (up to) eight bytes are `q` (zero
    /// past the end of `haystack`). Almost every candidate fails the masked comparison, so
    /// that loop is kept apart from the rest, which then does not weigh on it.
    #[inline(always)]
    fn check(
        &self,
        entries: &[Entry],
        haystack: &[u8],
        at: usize,
        q: u64,
        out: &mut Vec<LiteralMatch>,
    ) {
        for e in entries {
            if q & e.mask == e.head {
                self.confirm(e, haystack, at, out);
            }
        }
    }

    /// Reports the literal `e` at `at` if the text holds all of it: its first eight bytes (or
    /// all of it, if shorter) are known to be there, if the text reaches that far.
    #[inline(never)]
    fn confirm(&self, e: &Entry, haystack: &[u8], at: usize, out: &mut Vec<LiteralMatch>) {
        let end = at + e.len as usize;
        // Past the end, the padding zeros of `q` could stand in for a literal's zero bytes.
        if end > haystack.len() {
            return;
        }
        let ids = self
            .ids
            .get(e.ids_start as usize..e.ids_end as usize)
            .unwrap_or(&[]);
        if e.len > 8 {
            let Some(p) = ids.first().and_then(|&id| self.patterns.get(id as usize)) else {
                return;
            };
            if haystack.get(at + 8..end) != p.get(8..) {
                return;
            }
        }
        out.extend(ids.iter().map(|&id| LiteralMatch {
            pattern: id as usize,
            start: at,
            end,
        }));
    }

    /// Every occurrence of every literal in `haystack`, overlapping, in Aho-Corasick order (by
    /// end, then longest first, then by index). Clears `out` first.
    pub fn find_overlapping(&self, haystack: &[u8], out: &mut Vec<LiteralMatch>) {
        out.clear();
        let mut at = 0usize;
        // Positions with eight bytes or more ahead: two bit tests, rarely anything more. Each
        // window is read as one little-endian word (a single load, not eight byte loads and
        // shifts). The matches are sorted at the end, so they may be found in any order.
        for w in haystack.windows(8) {
            let Ok(bytes) = <[u8; 8]>::try_from(w) else {
                break;
            };
            let q = u64::from_le_bytes(bytes);
            let word = q as u32;
            let pair = (word & 0xffff) as usize;
            let short = self
                .short_heads
                .get(pair / 64)
                .map_or(0, |w| (w >> (pair % 64)) & 1);
            if short | self.long_bits.get(filter_hash(word)) != 0 {
                self.step(haystack, at, q, out);
            }
            at += 1;
        }
        self.find_in_tail(haystack, at, out);
        if self.any_single {
            self.find_single(haystack, out);
        }
        sort_matches(out);
    }

    /// The last positions, from `from` on, with fewer than eight bytes ahead: a zero-padded
    /// copy of them is searched as the rest of the text is. The bit tests hold there too (a
    /// literal that fits before the end has its first two or four bytes in the text, not in
    /// the padding), and `confirm` rejects any literal that would run past the end. Kept out
    /// of line so that its code does not change how the main loop compiles.
    #[inline(never)]
    fn find_in_tail(&self, haystack: &[u8], from: usize, out: &mut Vec<LiteralMatch>) {
        let rest = haystack.get(from..).unwrap_or(&[]);
        let mut padded = [0u8; 16];
        for (slot, &b) in padded.iter_mut().zip(rest) {
            *slot = b;
        }
        for k in 0..rest.len().min(8) {
            let q = padded
                .get(k..k + 8)
                .and_then(|w| <[u8; 8]>::try_from(w).ok())
                .map_or(0, u64::from_le_bytes);
            let word = q as u32;
            let pair = (word & 0xffff) as usize;
            let short = self
                .short_heads
                .get(pair / 64)
                .map_or(0, |w| (w >> (pair % 64)) & 1);
            if short | self.long_bits.get(filter_hash(word)) != 0 {
                self.step(haystack, from + k, q, out);
            }
        }
    }

    /// Checks every literal of two bytes or more that could start at `at`. Most positions
    /// that get here share a key with some literal but agree with none on its first eight
    /// bytes; this finds that out with so few registers that the call costs no saving and
    /// restoring of them, and leaves the rest to [`Literals::full_step`].
    #[inline(never)]
    fn step(&self, haystack: &[u8], at: usize, q: u64, out: &mut Vec<LiteralMatch>) {
        let word = q as u32;
        let pair = word & 0xffff;
        let agrees = |entries: &[Entry]| entries.iter().any(|e| q & e.mask == e.head);
        let short = self
            .short_heads
            .get(pair as usize / 64)
            .map_or(0, |w| (w >> (pair % 64)) & 1);
        let k = filter_hash(word);
        if (short != 0 && agrees(self.short.get(hash(pair))))
            || (self.long_bits.get(k) != 0 && agrees(self.long.get(k >> (FILTER_BITS - HASH_BITS))))
        {
            self.full_step(haystack, at, q, out);
        }
    }

    /// [`Literals::step`] for a position that agrees with some literal's first eight bytes.
    #[inline(never)]
    fn full_step(&self, haystack: &[u8], at: usize, q: u64, out: &mut Vec<LiteralMatch>) {
        let word = q as u32;
        let pair = word & 0xffff;
        let short = self
            .short_heads
            .get(pair as usize / 64)
            .map_or(0, |w| (w >> (pair % 64)) & 1);
        if short != 0 {
            self.check(self.short.get(hash(pair)), haystack, at, q, out);
        }
        let k = filter_hash(word);
        if self.long_bits.get(k) != 0 {
            self.check(
                self.long.get(k >> (FILTER_BITS - HASH_BITS)),
                haystack,
                at,
                q,
                out,
            );
        }
    }

    /// Every occurrence of the literals of one byte (rare: none of the built-in rules').
    #[inline(never)]
    fn find_single(&self, haystack: &[u8], out: &mut Vec<LiteralMatch>) {
        for (at, &b) in haystack.iter().enumerate() {
            if let Some(ids) = self.single.get(usize::from(b)) {
                out.extend(ids.iter().map(|&id| LiteralMatch {
                    pattern: id as usize,
                    start: at,
                    end: at + 1,
                }));
            }
        }
    }
}

/// The search as it was before buckets held whole entries (one id per literal, four-byte heads,
/// separate two- and three-byte tables), kept to check the current one against.
#[cfg(test)]
mod previous {
    use super::LiteralMatch;
    use std::ops::Range;

    /// Bits of the hash of a four-byte key.
    const HASH_BITS: u32 = 15;
    /// Number of keys of either bit set.
    const KEYS: usize = 1 << HASH_BITS;

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
    pub(super) struct Literals {
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
        pub(super) fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Self {
            let patterns: Vec<Box<[u8]>> = patterns.iter().map(|p| p.as_ref().into()).collect();
            let mut heads = Vec::with_capacity(patterns.len());
            let mut single = vec![Vec::new(); 256];
            let (mut two_bits, mut three_bits, mut long_bits) =
                (Bits::new(), Bits::new(), Bits::new());
            let (mut two_keyed, mut three_keyed, mut long_keyed) =
                (Vec::new(), Vec::new(), Vec::new());
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
        pub(super) fn find_overlapping(&self, haystack: &[u8], out: &mut Vec<LiteralMatch>) {
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
}

/// The prefilter's literals as the built-in rules compile them, for the `literals` fuzz target
/// (see `scanner::fuzzing`), which compares this search with Aho-Corasick's over them.
#[cfg(fuzzing)]
pub fn builtin_patterns() -> Vec<Box<[u8]>> {
    let compiled = crate::rules::RuleFile::parse(crate::rules::BUILTIN_RULES)
        .and_then(|file| crate::rules::RuleSet::compile(&file, &[]));
    compiled.map_or_else(|_| Vec::new(), |set| set.prefilter.patterns)
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

    /// The prefilter's literals as the built-in rules compile them (thousands, with their
    /// ROT13 and reversed forms, placeholders given many times, code tokens and markers).
    fn builtin_patterns() -> &'static [Box<[u8]>] {
        static PATTERNS: std::sync::OnceLock<Vec<Box<[u8]>>> = std::sync::OnceLock::new();
        PATTERNS.get_or_init(|| {
            let compiled = crate::rules::RuleFile::parse(crate::rules::BUILTIN_RULES)
                .and_then(|file| crate::rules::RuleSet::compile(&file, &[]));
            compiled.map_or_else(|_| Vec::new(), |set| set.prefilter.patterns)
        })
    }

    /// Both searches over the built-in literals, compiled once.
    fn builtin_pair() -> &'static (Literals, previous::Literals) {
        static PAIR: std::sync::OnceLock<(Literals, previous::Literals)> =
            std::sync::OnceLock::new();
        PAIR.get_or_init(|| {
            let pats = builtin_patterns();
            (Literals::new(pats), previous::Literals::new(pats))
        })
    }

    fn both(
        new: &Literals,
        old: &previous::Literals,
        hay: &[u8],
    ) -> (Vec<LiteralMatch>, Vec<LiteralMatch>) {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        new.find_overlapping(hay, &mut a);
        old.find_overlapping(hay, &mut b);
        (a, b)
    }

    /// Text made of pieces of the built-in literals (whole, cut short, or with a byte changed)
    /// between filler words and arbitrary bytes: most positions are candidates of some kind.
    fn realistic(pieces: &[(u16, u8, String)]) -> Vec<u8> {
        let pats = builtin_patterns();
        let mut text = Vec::new();
        for (pick, how, filler) in pieces {
            if let Some(p) = pats.get(usize::from(*pick) % pats.len().max(1)) {
                let mut p = p.to_vec();
                match how % 4 {
                    0 => {}
                    1 => p.truncate(usize::from(*how) % (p.len() + 1)),
                    2 => {
                        let i = usize::from(*how) % p.len().max(1);
                        if let Some(b) = p.get_mut(i) {
                            *b ^= 1 << (how % 8);
                        }
                    }
                    _ => p.push(*how),
                }
                text.extend_from_slice(&p);
            }
            text.extend_from_slice(filler.as_bytes());
        }
        text
    }

    #[test]
    fn the_builtin_literals_compile_for_the_comparisons() {
        assert!(builtin_patterns().len() > 1000);
    }

    proptest::proptest! {
        /// The current search equals the previous one on the built-in literals, over text
        /// built from them.
        #[test]
        fn agrees_with_the_previous_search_on_realistic_text(
            pieces in proptest::collection::vec((proptest::prelude::any::<u16>(), proptest::prelude::any::<u8>(), "[a-z .\n]{0,6}"), 0..40),
        ) {
            let (new, old) = builtin_pair();
            let hay = realistic(&pieces);
            let (a, b) = both(new, old, &hay);
            proptest::prop_assert_eq!(a, b);
        }

        /// And over arbitrary bytes, every length near the ends included.
        #[test]
        fn agrees_with_the_previous_search_on_arbitrary_bytes(
            hay in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
        ) {
            let (new, old) = builtin_pair();
            let (a, b) = both(new, old, &hay);
            proptest::prop_assert_eq!(a, b);
        }

        /// Small sets with one-byte literals, duplicates, zero bytes and literals longer than
        /// eight bytes, over text from the same few bytes: the corners of the entries.
        #[test]
        fn agrees_with_the_previous_search_on_small_sets(
            pats in proptest::collection::vec(proptest::collection::vec(0u8..4, 1..12), 1..30),
            hay in proptest::collection::vec(0u8..4, 0..200),
        ) {
            let new = Literals::new(&pats);
            let old = previous::Literals::new(&pats);
            let (a, b) = both(&new, &old, &hay);
            proptest::prop_assert_eq!(a, b);
        }
    }

    proptest::proptest! {
        /// The insertion sort with its budget sorts as the general sort does, for matches in
        /// search order with few moves, and for any order at all (the budget runs out).
        #[test]
        fn sorting_matches_equals_the_general_sort(
            raw in proptest::collection::vec((0usize..60, 1usize..12, 0usize..8), 0..150),
            shuffle in proptest::prelude::any::<bool>(),
        ) {
            let mut matches: Vec<LiteralMatch> = raw
                .iter()
                .map(|&(start, len, pattern)| LiteralMatch { pattern, start, end: start + len })
                .collect();
            // The search never reports one literal twice at one place.
            matches.sort_unstable_by_key(|m| (m.start, m.pattern));
            matches.dedup_by_key(|m| (m.start, m.pattern));
            if shuffle {
                matches.reverse();
            }
            let mut expected = matches.clone();
            expected.sort_unstable_by_key(order);
            sort_matches(&mut matches);
            proptest::prop_assert_eq!(matches, expected);
        }
    }
}
