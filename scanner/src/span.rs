//! How far a match of a rule's regex can reach across lines ([`line_span`]), and the text
//! statistics that bound it ([`Runs`]): the engine sizes a rule's windows to it.
//!
//! A rule's regex writes its gaps as unbounded runs (`\s+`, `[a-z0-9_]*`), so it has no
//! longest match in general; but a run of one kind of character is no longer than the longest
//! such run in the text searched. [`longest`] reads a bound of the form "so many bytes plus so
//! many of the text's longest runs of spaces, word characters, tokens and lines";
//! [`line_span`] reads such a bound for the part of a match that crosses lines, and the engine
//! sizes a rule's windows to it in each text, from the text's [`Runs`].

use regex_syntax::hir::{Class, Hir, HirKind};

/// A kind of character whose longest run in a text bounds an unbounded repetition whose every
/// character is of that kind. Narrowest first: [`kind_of`] picks the first that fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// White space (`char::is_white_space`, which is what `\s` matches).
    Space = 0,
    /// Letters, digits and `_`.
    Word = 1,
    /// Anything but white space.
    Token = 2,
    /// Anything but a line break.
    Line = 3,
}

/// The kinds, in [`Kind`]'s order.
const KINDS: [Kind; 4] = [Kind::Space, Kind::Word, Kind::Token, Kind::Line];

impl Kind {
    /// Whether `c` is of this kind.
    pub(crate) fn holds(self, c: char) -> bool {
        match self {
            Kind::Space => c.is_whitespace(),
            Kind::Word => c.is_alphanumeric() || c == '_',
            Kind::Token => !c.is_whitespace(),
            Kind::Line => c != '\n',
        }
    }
}

/// The longest run of each [`Kind`] in a text, in bytes, by the kind's index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Runs(pub [usize; 4]);

impl Runs {
    /// The longest runs in `text`.
    pub(crate) fn of(text: &str) -> Self {
        if !text.is_ascii() && has_wide_space(text.as_bytes()) {
            Self::of_chars(text)
        } else {
            Self::of_bytes(text.as_bytes())
        }
    }

    /// [`Runs::of`] for any text, character by character. Any character outside ASCII that is
    /// not white space is counted as a word character: a run may come out longer than it is
    /// (a bound stays a bound), and the letter tables are not looked up (they made this
    /// fifty times slower than the count of ASCII text).
    fn of_chars(text: &str) -> Self {
        let mut longest = [0usize; 4];
        let mut current = [0usize; 4];
        for c in text.chars() {
            let len = c.len_utf8();
            let space = c.is_whitespace();
            let word = if c.is_ascii() {
                c.is_ascii_alphanumeric() || c == '_'
            } else {
                !space
            };
            for ((is, cur), most) in [space, word, !space, c != '\n']
                .into_iter()
                .zip(&mut current)
                .zip(&mut longest)
            {
                *cur = if is { *cur + len } else { 0 };
                *most = (*most).max(*cur);
            }
        }
        Runs(longest)
    }

    /// [`Runs::of`] for a text without white space outside ASCII, 64 bytes at a time: each
    /// block's bytes of a kind as the bits of a word, then the word's runs of ones, several
    /// bytes a step. Every byte outside ASCII is part of a character that is not white space
    /// and is counted as a word character (see [`Runs::of_chars`]).
    fn of_bytes(bytes: &[u8]) -> Self {
        let mut runs = [Run::default(); 3];
        let mut blocks = bytes.chunks_exact(64);
        for block in blocks.by_ref() {
            let Ok(block) = <&[u8; 64]>::try_from(block) else {
                continue;
            };
            for (run, mask) in runs.iter_mut().zip(kind_masks(block)) {
                run.add(mask, 64);
            }
        }
        let tail = blocks.remainder();
        if !tail.is_empty() {
            let mut block = [b'\n'; 64];
            if let Some(head) = block.get_mut(..tail.len()) {
                head.copy_from_slice(tail);
            }
            for (run, mask) in runs.iter_mut().zip(kind_masks(&block)) {
                run.add(mask, tail.len());
            }
        }
        // Lines: the longest distance between line breaks, found by the `memchr` crate.
        let mut line = 0;
        let mut from = 0;
        for at in memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]) {
            line = line.max(at - from);
            from = at + 1;
        }
        let [space, word, token] = runs.map(|r| r.longest);
        Runs([space, word, token, line])
    }
}

/// The bytes of the kinds other than [`Kind::Line`] in a block of 64 bytes of a text without
/// white space outside ASCII, as the bits of a word (bit 0 the first byte), in [`Kind`]'s
/// order; a byte outside ASCII is a word byte. Each byte is tested on its own into an array of flags (a
/// loop the compiler runs on vector registers), and every eight flags become eight bits by one
/// multiplication: a flag `f` (0 or 1) at byte `i` of a little-endian word is `f << 8i`, and
/// [`GATHER`] moves it to bit `56 + i` without any two products meeting.
#[inline]
fn kind_masks(block: &[u8; 64]) -> [u64; 3] {
    let space: [u8; 64] =
        std::array::from_fn(|i| u8::from(matches!(block[i], b' ' | b'\t'..=b'\r')));
    let word: [u8; 64] = std::array::from_fn(|i| {
        let b = block[i];
        u8::from(b.is_ascii_alphanumeric() || b == b'_' || !b.is_ascii())
    });
    let space = gather(&space);
    [space, gather(&word), !space]
}

/// Multiplier that gathers the low bits of a word's eight bytes into its top byte.
const GATHER: u64 = 0x0102_0408_1020_4080;

/// 64 flags (each 0 or 1) as the bits of a word, flag `i` at bit `i`.
#[inline]
fn gather(flags: &[u8; 64]) -> u64 {
    flags
        .chunks_exact(8)
        .enumerate()
        .fold(0u64, |mask, (k, eight)| {
            let word = eight.try_into().map_or(0, u64::from_le_bytes);
            mask | (word.wrapping_mul(GATHER) >> 56) << (8 * k)
        })
}

/// Whether `bytes` (UTF-8) hold a white space character outside ASCII: U+0085, U+00A0,
/// U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F or U+3000. Their lead bytes are
/// looked for by the `memchr` crate, so text in most scripts is passed over at vector speed.
fn has_wide_space(bytes: &[u8]) -> bool {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let lead = memchr::memchr3_iter(0xc2, 0xe1, 0xe2, bytes).any(|i| match (at(i), at(i + 1)) {
        (0xc2, second) => second == 0x85 || second == 0xa0,
        (0xe1, second) => second == 0x9a && at(i + 2) == 0x80,
        (_, 0x80) => matches!(at(i + 2), 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf),
        (_, second) => second == 0x81 && at(i + 2) == 0x9f,
    });
    lead || memchr::memmem::find_iter(bytes, "\u{3000}".as_bytes())
        .next()
        .is_some()
}

/// The run of one kind being counted over a text's 64-byte blocks, and the longest so far.
#[derive(Debug, Clone, Copy, Default)]
struct Run {
    current: usize,
    longest: usize,
}

impl Run {
    /// Counts a block of `n` bytes whose bytes of the kind are the bits of `mask` (bit 0 the
    /// first byte): the run from the blocks before goes on through the block's first bytes,
    /// a run inside the block is measured only when it beats the longest so far (each test a
    /// few shifts), and the run at the block's end goes on into the next block.
    fn add(&mut self, mask: u64, n: usize) {
        let mask = mask & u64::MAX.checked_shr(64 - n as u32).unwrap_or(0);
        let first = mask.trailing_ones() as usize;
        if first >= n {
            self.current += n;
            self.longest = self.longest.max(self.current);
            return;
        }
        self.longest = self.longest.max(self.current + first);
        while self.longest < 64 && has_run(mask, self.longest + 1) {
            self.longest += 1;
        }
        // The run that ends the block (its last bit is byte `n - 1`).
        self.current = (mask << (64 - n)).leading_ones() as usize;
    }
}

/// Whether `mask` holds `len` (1 to 64) ones in a row: each step keeps the bits that start a
/// run twice as long as the step before, and a last step makes up the rest of the length.
fn has_run(mask: u64, len: usize) -> bool {
    let mut starts = mask;
    let mut covered = 1usize;
    while covered * 2 <= len {
        starts &= starts >> covered;
        covered *= 2;
    }
    // `len - covered < covered`: the two runs meet, so together they make one of `len`.
    starts &= starts >> (len - covered);
    starts != 0
}

/// An upper bound on the length of a match in bytes: `fixed` plus, for each [`Kind`],
/// `runs[kind]` times the longest run of that kind in the text searched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Longest {
    /// Bytes that do not depend on the text.
    pub fixed: usize,
    /// Unbounded runs of each kind, by the kind's index.
    pub runs: [usize; 4],
}

impl Longest {
    /// The bound for a text whose longest runs are `runs`.
    pub(crate) fn bound(&self, runs: &Runs) -> usize {
        self.runs
            .iter()
            .zip(runs.0)
            .fold(self.fixed, |sum, (&n, run)| {
                sum.saturating_add(n.saturating_mul(run))
            })
    }

    /// Two bounds combined field by field with `f`.
    fn zip_with(self, other: Self, f: fn(usize, usize) -> usize) -> Self {
        let mut runs = self.runs;
        for (r, o) in runs.iter_mut().zip(other.runs) {
            *r = f(*r, o);
        }
        Longest {
            fixed: f(self.fixed, other.fixed),
            runs,
        }
    }

    /// The bound of two pieces one after the other.
    fn plus(self, other: Self) -> Self {
        self.zip_with(other, usize::saturating_add)
    }

    /// The bound of either of two pieces.
    fn max(self, other: Self) -> Self {
        self.zip_with(other, usize::max)
    }

    /// The bound of a piece repeated at most `n` times.
    fn times(self, n: u32) -> Self {
        let n = n as usize;
        Longest {
            fixed: self.fixed.saturating_mul(n),
            runs: self.runs.map(|r| r.saturating_mul(n)),
        }
    }
}

/// A bound on the length of any match of `hir` (see [`Longest`]), or `None` when it has an
/// unbounded repetition of characters of no one [`Kind`] (`(?s:.)*`, `[^x]+`).
///
/// Why it holds: a piece with a longest match adds its length; a concatenation adds its
/// pieces' bounds and an alternation takes the largest of its branches'; a repetition of at
/// most `n` adds `n` times its piece's bound; an unbounded repetition whose piece matches only
/// characters of one kind matches a run of that kind, which is no longer than the text's
/// longest.
pub(crate) fn longest(hir: &Hir) -> Option<Longest> {
    // A piece that never matches (a class cut to ASCII left empty) has no length at all.
    if hir.properties().minimum_len().is_none() {
        return Some(Longest::default());
    }
    if let Some(len) = hir.properties().maximum_len() {
        return Some(Longest {
            fixed: len,
            runs: [0; 4],
        });
    }
    match hir.kind() {
        HirKind::Capture(cap) => longest(&cap.sub),
        HirKind::Concat(subs) => subs
            .iter()
            .try_fold(Longest::default(), |sum, s| Some(sum.plus(longest(s)?))),
        HirKind::Alternation(subs) => subs
            .iter()
            .try_fold(Longest::default(), |most, s| Some(most.max(longest(s)?))),
        HirKind::Repetition(rep) => match rep.max {
            Some(n) => Some(longest(&rep.sub)?.times(n)),
            None => {
                let kind = kind_of(&rep.sub)?;
                let mut runs = [0; 4];
                *runs.get_mut(kind as usize)? = 1;
                Some(Longest { fixed: 0, runs })
            }
        },
        // Every other piece has a longest match.
        _ => None,
    }
}

/// A bound on how far a match of `hir` reaches across lines (see [`Longest`]): on the
/// distance from its first line break to just past its last one (zero when it holds at most
/// one), or `None` when one of the pieces that can match a line break is unbounded and of no
/// one [`Kind`].
///
/// Why the engine's windows hold every match that holds a hit, given this bound `e`: take the
/// lines of the hit, widened by `e` bytes each way, then to whole lines (`engine::window`).
/// A match that starts on an earlier line holds the line break before the hit's line and its
/// own first line break, no more than `e - 1` bytes before it, so its first line is inside;
/// the same holds after the hit for its last line.
///
/// The bound: a piece that cannot match a line break adds nothing; in a concatenation, the
/// pieces from the first that can match one to the last that can add their longest matches
/// (one such piece alone adds its own bound); an alternation takes the largest of its
/// branches'; any other piece adds its longest match.
pub(crate) fn line_span(hir: &Hir) -> Option<Longest> {
    if fits(hir, Kind::Line) || hir.properties().minimum_len().is_none() {
        return Some(Longest::default());
    }
    match hir.kind() {
        HirKind::Capture(cap) => line_span(&cap.sub),
        HirKind::Alternation(subs) => subs
            .iter()
            .try_fold(Longest::default(), |most, s| Some(most.max(line_span(s)?))),
        HirKind::Concat(subs) => {
            let breaking = |s: &&Hir| !fits(s, Kind::Line);
            let first = subs.iter().position(|s| breaking(&s))?;
            let last = subs.iter().rposition(|s| breaking(&s))?;
            if first == last {
                return line_span(subs.get(first)?);
            }
            subs.get(first..=last)?
                .iter()
                .try_fold(Longest::default(), |sum, s| Some(sum.plus(longest(s)?)))
        }
        HirKind::Repetition(rep) if rep.max == Some(1) => line_span(&rep.sub),
        _ => longest(hir),
    }
}

/// The narrowest [`Kind`] holding every character `hir` can match.
fn kind_of(hir: &Hir) -> Option<Kind> {
    KINDS.into_iter().find(|&kind| fits(hir, kind))
}

/// Most characters of a class tested one by one against [`Kind::Space`] or [`Kind::Word`]
/// (a class that fits neither fails on one of its first characters; one that fits is small).
const MAX_TESTED: u32 = 1 << 18;

/// The white space characters (`char::is_whitespace`), as ranges.
const WHITE_SPACE: [(char, char); 10] = [
    ('\t', '\r'),
    (' ', ' '),
    ('\u{85}', '\u{85}'),
    ('\u{a0}', '\u{a0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200a}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202f}', '\u{202f}'),
    ('\u{205f}', '\u{205f}'),
    ('\u{3000}', '\u{3000}'),
];

/// Whether every character of a class (its ranges) is of `kind`.
fn class_fits(mut ranges: impl Iterator<Item = (char, char)>, kind: Kind) -> bool {
    match kind {
        Kind::Line => ranges.all(|(a, b)| !(a..=b).contains(&'\n')),
        Kind::Token => ranges.all(|(a, b)| WHITE_SPACE.iter().all(|&(c, d)| d < a || b < c)),
        Kind::Space | Kind::Word => {
            let mut tested = 0u32;
            ranges.all(|(a, b)| {
                (a..=b).all(|c| {
                    tested += 1;
                    tested <= MAX_TESTED && kind.holds(c)
                })
            })
        }
    }
}

/// Whether every character `hir` can match is of `kind`.
fn fits(hir: &Hir, kind: Kind) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(lit) => {
            std::str::from_utf8(&lit.0).is_ok_and(|s| s.chars().all(|c| kind.holds(c)))
        }
        HirKind::Class(Class::Unicode(class)) => {
            class_fits(class.ranges().iter().map(|r| (r.start(), r.end())), kind)
        }
        // A byte class as the ASCII regexes have it: ASCII bytes are characters; any other
        // byte is part of a character of any kind.
        HirKind::Class(Class::Bytes(class)) => {
            class.ranges().iter().all(|r| r.end().is_ascii())
                && class_fits(
                    class
                        .ranges()
                        .iter()
                        .map(|r| (char::from(r.start()), char::from(r.end()))),
                    kind,
                )
        }
        HirKind::Capture(cap) => fits(&cap.sub, kind),
        HirKind::Repetition(rep) => fits(&rep.sub, kind),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().all(|s| fits(s, kind)),
    }
}

#[cfg(test)]
mod tests {
    fn span(pattern: &str) -> Option<super::Longest> {
        super::line_span(&regex_automata::util::syntax::parse(pattern).ok()?)
    }

    fn bound(fixed: usize, runs: [usize; 4]) -> Option<super::Longest> {
        Some(super::Longest { fixed, runs })
    }

    /// A piece that cannot match a line break adds nothing; the pieces from the first that
    /// can to the last that can add their longest matches, in bytes (a class of the Unicode
    /// reading up to four) and in runs of a kind.
    #[test]
    fn line_spans_count_what_lies_between_line_breaks() {
        assert_eq!(span(r"foo[^\n]{0,100}bar\w+"), bound(0, [0; 4]));
        assert_eq!(span(r"foo\s+bar"), bound(0, [1, 0, 0, 0]));
        assert_eq!(span(r"a\s+bcd\s+e"), bound(3, [2, 0, 0, 0]));
        assert_eq!(span(r"a\s+[a-z0-9_]*\s+b"), bound(0, [2, 1, 0, 0]));
        assert_eq!(span(r"a\s+\S+\s*:"), bound(0, [2, 0, 1, 0]));
        assert_eq!(span(r"a\s+(?:[^\S\n]|-)*\n"), bound(1, [1, 0, 0, 1]));
        assert_eq!(span(r"a(?:\s+b){0,3}"), bound(3, [3, 0, 0, 0]));
        assert_eq!(span(r"a(?:\s+b)?"), bound(0, [1, 0, 0, 0]));
        // The largest branch's bound, kind by kind.
        assert_eq!(
            span(r"x\s+\w{2}\s+y|z\s+[a-z0-9_]+\s+\s+"),
            bound(8, [3, 1, 0, 0])
        );
        // In the Unicode reading `.` is up to four bytes and `\s` three (U+3000).
        assert_eq!(span(r"a\s.{0,5}\s"), bound(26, [0; 4]));
        // Unbounded pieces that can match a line break and are of no one kind.
        assert_eq!(span(r"a(?s:.)*b"), None);
        assert_eq!(span(r"a[^x]+b"), None);
        assert_eq!(span(r"a(?:-\S+\s+)*b"), None);
    }

    /// A naive count of the longest runs, character by character.
    fn naive_runs(text: &str) -> [usize; 4] {
        let mut longest = [0; 4];
        for (k, kind) in super::KINDS.iter().enumerate() {
            let mut current = 0;
            for c in text.chars() {
                current = if kind.holds(c) {
                    current + c.len_utf8()
                } else {
                    0
                };
                longest[k] = longest[k].max(current);
            }
        }
        longest
    }

    #[test]
    fn runs_across_block_edges() {
        let word = "a".repeat(130);
        assert_eq!(super::Runs::of(&word).0, [0, 130, 130, 130]);
        let text = format!("{}\n{} x", " ".repeat(63), "b".repeat(70));
        assert_eq!(super::Runs::of(&text).0, naive_runs(&text));
        assert_eq!(super::Runs::of(&text).0, [64, 70, 70, 72]);
        assert_eq!(super::Runs::of("").0, [0; 4]);
    }

    /// Every character with the White_Space property is in the table that classes are
    /// tested against.
    #[test]
    fn white_space_table_is_complete() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let listed = super::WHITE_SPACE
                .iter()
                .any(|&(a, b)| (a..=b).contains(&c));
            assert_eq!(listed, c.is_whitespace(), "{c:?}");
        }
    }

    proptest::proptest! {
        /// The block-wise count of ASCII text agrees with a character-by-character count; in
        /// any text every run is at least as long as that count's (a character outside ASCII
        /// that is not white space counts as a word character), and as long where those are
        /// letters.
        #[test]
        fn runs_bound_a_naive_count(
            ascii in "[a-c_ \t\n\r.,x-z0-9]{0,300}",
            letters in "[a-b \n\u{a0}\u{e9}\u{416}\u{2003}\u{3000}.]{0,200}",
            any in "[a-b \n\u{a0}\u{ab}\u{e9}\u{2014}\u{2029}\u{4e00}.]{0,200}",
        ) {
            proptest::prop_assert_eq!(super::Runs::of(&ascii).0, naive_runs(&ascii));
            proptest::prop_assert_eq!(super::Runs::of(&letters).0, naive_runs(&letters));
            let (got, naive) = (super::Runs::of(&any).0, naive_runs(&any));
            proptest::prop_assert!(got.iter().zip(naive).all(|(g, n)| *g >= n), "{got:?} {naive:?}");
        }

        /// The search for white space outside ASCII finds what a look at each character finds.
        #[test]
        fn wide_space_is_found(text in "[a \u{85}\u{a0}\u{e9}\u{1680}\u{2000}-\u{2030}\u{205f}\u{3000}\u{3001}]{0,40}") {
            let naive = text.chars().any(|c| !c.is_ascii() && c.is_whitespace());
            proptest::prop_assert_eq!(super::has_wide_space(text.as_bytes()), naive);
        }

        /// `has_run` agrees with a bit-by-bit count of the longest run of ones.
        #[test]
        fn has_run_agrees_with_a_naive_count(mask in proptest::prelude::any::<u64>(), len in 1usize..=64) {
            let mut longest = 0;
            let mut current = 0;
            for bit in 0..64 {
                current = if mask >> bit & 1 == 1 { current + 1 } else { 0 };
                longest = usize::max(longest, current);
            }
            proptest::prop_assert_eq!(super::has_run(mask, len), longest >= len);
        }
    }
}
