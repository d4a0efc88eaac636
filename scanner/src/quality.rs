//! The quality score (0 to 10): how useful a pattern reads, independent of whether it is safe.
//! It starts from a neutral 7.5 for an ordinary short note and moves with evidence:
//! structure (headings, lists, code, tables), specificity (numbers, commands, named tools) and
//! coherence with the interests raise it; near-empty bodies, repetition, shouting, link farms
//! and spam phrases lower it. It is a pure function of its input (deterministic).

use crate::bytes::{first_non_ascii, is_ascii_space};
use aho_corasick::packed;
use memchr::memmem::Finder;

/// FNV-1a of a string: distinct words and lines are counted by hash, not by copies.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Spam phrases, matched in the lower-cased body.
const SPAM: &[&str] = &[
    "click here",
    "buy now",
    "act now",
    "limited time",
    "100% free",
    "make money fast",
    "risk-free",
    "risk free",
    "double your",
    "once in a lifetime",
    "order now",
    "sign up now",
    "exclusive deal",
    "earn $",
    "guaranteed returns",
    "$$$",
];

/// The link prefixes counted for link farms.
const LINKS: &[&str] = &["http://", "https://"];

/// Prebuilt SIMD finders for the spam phrases, then the link prefixes.
fn finders() -> &'static [Finder<'static>] {
    static SET: std::sync::OnceLock<Vec<Finder<'static>>> = std::sync::OnceLock::new();
    SET.get_or_init(|| SPAM.iter().chain(LINKS).map(Finder::new).collect())
}

/// Most phrase and link matches [`phrase_counts`] reads before it leaves the count to the
/// per-phrase finders (each match restarts the packed search one byte on: text made of
/// matches, such as a long run of `$`, is cheaper for the finders).
const MAX_PHRASE_MATCHES: usize = 256;

/// The spam phrases, then the link prefixes, in one packed (Teddy) searcher, leftmost-first.
/// `None` where no packed searcher can be built, or if a pattern were a prefix of another (two
/// patterns could then match at one start and one of them would be missed) or a link prefix
/// could overlap itself (a count of all its occurrences would then exceed the non-overlapping
/// count): [`phrase_counts`] relies on neither happening.
fn phrase_searcher() -> Option<&'static packed::Searcher> {
    static SEARCHER: std::sync::OnceLock<Option<packed::Searcher>> = std::sync::OnceLock::new();
    SEARCHER
        .get_or_init(|| {
            let all: Vec<&str> = SPAM.iter().chain(LINKS).copied().collect();
            let prefix_free = all.iter().enumerate().all(|(i, a)| {
                all.iter()
                    .enumerate()
                    .all(|(j, b)| i == j || !b.starts_with(a))
            });
            let links_unbordered = LINKS
                .iter()
                .all(|l| (1..l.len()).all(|k| l.get(k..).is_none_or(|tail| !l.starts_with(tail))));
            if !prefix_free || !links_unbordered {
                return None;
            }
            packed::Config::new()
                .match_kind(packed::MatchKind::LeftmostFirst)
                .builder()
                .extend(&all)
                .build()
        })
        .as_ref()
}

/// How many spam phrases occur in `lower` and how many link prefixes (non-overlapping, as
/// `matches` counts), in one packed search instead of a search per phrase: the search
/// restarts one byte after each match's start, so it visits every start where a pattern
/// matches (no pattern is a prefix of another, so one pattern at most matches at a start),
/// and a link prefix does not overlap itself, so all its occurrences are its non-overlapping
/// ones. `None` when the searcher is missing or the text holds more than
/// [`MAX_PHRASE_MATCHES`] matches; the caller then counts with the per-phrase finders.
fn phrase_counts(lower: &[u8]) -> Option<(usize, usize)> {
    let searcher = phrase_searcher()?;
    let mut spam = [false; SPAM.len()];
    let mut links = 0usize;
    let mut matches = 0usize;
    let mut at = 0usize;
    while at < lower.len() {
        let Some(m) = searcher.find_in(lower, aho_corasick::Span::from(at..lower.len())) else {
            break;
        };
        matches += 1;
        if matches > MAX_PHRASE_MATCHES {
            return None;
        }
        match spam.get_mut(m.pattern().as_usize()) {
            Some(found) => *found = true,
            None => links += 1,
        }
        at = m.start() + 1;
    }
    Some((spam.iter().filter(|f| **f).count(), links))
}

/// What [`phrase_counts`] counts, with a prebuilt finder per phrase and link prefix.
fn finder_counts(lower: &[u8]) -> (usize, usize) {
    let (spam_finders, link_finders) = finders().split_at(SPAM.len().min(finders().len()));
    let links: usize = link_finders
        .iter()
        .map(|f| f.find_iter(lower).count())
        .sum();
    let spam = spam_finders
        .iter()
        .filter(|f| f.find(lower).is_some())
        .count();
    (spam, links)
}

/// Bytes per block of the vector counting loops: at most 255, so that an 8-bit counter cannot
/// overflow in a block, and a multiple of the 32 bytes the compiled loop takes per step, so
/// that no block ends in a byte-at-a-time tail (blocks of 255 left 31 such bytes each).
const BLOCK: usize = 224;

/// ASCII letters and upper-case letters among `bytes`, by range tests without branches
/// (`(b | 0x20) - b'a' < 26` is `is_ascii_alphabetic`, `b - b'A' < 26` is
/// `is_ascii_uppercase`), summed over blocks of [`BLOCK`] bytes in 8-bit counters (which
/// cannot overflow there) so that the compiler runs the loop on vector registers sixteen bytes at a
/// time (16-bit counters over 256 bytes took twice the instructions).
fn ascii_letters(bytes: &[u8]) -> (usize, usize) {
    let (mut letters, mut upper) = (0usize, 0usize);
    for block in bytes.chunks(BLOCK) {
        let (mut l, mut u) = (0u8, 0u8);
        for &b in block {
            l += u8::from((b | 0x20).wrapping_sub(b'a') < 26);
            u += u8::from(b.wrapping_sub(b'A') < 26);
        }
        letters += usize::from(l);
        upper += usize::from(u);
    }
    (letters, upper)
}

/// The lines of `text` exactly as `str::lines` gives them (split after each `\n`, which is
/// dropped with a `\r` just before it; no empty line after a final `\n`), each line end found
/// by the `memchr` crate's search (`str::lines` cost ~200 instructions a line here).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(p) => {
                let line = rest.get(..p).unwrap_or("");
                rest = rest.get(p + 1..).unwrap_or("");
                Some(line.strip_suffix('\r').unwrap_or(line))
            }
            None => Some(std::mem::take(&mut rest)),
        }
    })
}

/// Byte class bit: ASCII whitespace, as [`is_ascii_space`] sees it.
const SPACE: u8 = 1;
/// Byte class bit: an ASCII digit.
const DIGIT: u8 = 2;
/// Word state bit of the reference word pass (never a byte's class): the word under way has
/// a byte.
#[cfg(test)]
const IN_WORD: u8 = 4;

/// The class bits of every byte value, built at compile time: the word pass reads one table
/// entry per byte instead of six comparisons and a digit test.
const CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = if is_ascii_space(b) {
            SPACE
        } else if b.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        i += 1;
    }
    table
};

/// The ASCII lower case of every byte value (`u8::to_ascii_lowercase`), built at compile time.
const LOWER: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = (i as u8).to_ascii_lowercase();
        i += 1;
    }
    table
};

/// Words of an ASCII body, as `split_whitespace` counts them: the bytes that are not space
/// and follow a space (or open the body). The test has no table load and no branch, and the
/// counts go into 8-bit counters over blocks of [`BLOCK`] byte pairs (which cannot overflow there),
/// so the compiler runs the loop on vector registers; the hashes are taken later, and only as
/// far as the distinct-word test needs them.
fn ascii_word_count(bytes: &[u8]) -> usize {
    // `is_ascii_space` without branches: space, or `\t` to `\r` (9 to 13).
    let space = |b: u8| (b == b' ') | (b.wrapping_sub(9) < 5);
    let mut wc = usize::from(bytes.first().is_some_and(|&b| !space(b)));
    let prev = bytes.get(..bytes.len().saturating_sub(1)).unwrap_or(&[]);
    let next = bytes.get(1..).unwrap_or(&[]);
    for (p, n) in prev.chunks(BLOCK).zip(next.chunks(BLOCK)) {
        let mut starts = 0u8;
        for (&a, &b) in p.iter().zip(n) {
            starts += u8::from(space(a) & !space(b));
        }
        wc += usize::from(starts);
    }
    wc
}

/// Whether two words or more of an ASCII body hold a digit (the score reads the count of such
/// words only as `>= 2`): the first digit, the end of its word, then any digit after that end,
/// which must lie in another word.
fn two_numbers(bytes: &[u8]) -> bool {
    let Some(first) = bytes.iter().position(u8::is_ascii_digit) else {
        return false;
    };
    let rest = bytes.get(first..).unwrap_or(&[]);
    let Some(end) = rest.iter().position(|&b| is_ascii_space(b)) else {
        return false;
    };
    rest.get(end..)
        .unwrap_or(&[])
        .iter()
        .any(u8::is_ascii_digit)
}

/// The FNV-1a hashes of the lower-case words of an ASCII body, in order, as `split_whitespace`
/// cuts them, read a byte at a time with the word state in registers (one [`CLASS`] and one
/// [`LOWER`] load per byte; skipping to each word and hashing it in an inner loop cost half as
/// much again). An iterator, so that the distinct count can stop reading early. The score
/// hashes the words of an ASCII body in [`repetition`] (which this is the reference for), and
/// those of another body here, read through [`ascii_spaces`]: every non-ASCII byte is then a
/// word byte, which [`LOWER`] leaves as it is.
struct AsciiWordHashes<'a> {
    /// The bytes not read yet.
    rest: std::slice::Iter<'a, u8>,
}

impl Iterator for AsciiWordHashes<'_> {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        const START: u64 = 0xcbf2_9ce4_8422_2325;
        let mut h = START;
        let mut in_word = false;
        for &b in self.rest.by_ref() {
            if CLASS[usize::from(b)] & SPACE != 0 {
                if in_word {
                    return Some(h);
                }
                continue;
            }
            in_word = true;
            h = (h ^ u64::from(LOWER[usize::from(b)])).wrapping_mul(0x0100_0000_01b3);
        }
        in_word.then_some(h)
    }
}

/// How many bytes the whitespace character starting at `bytes[i]` takes, or 0 when the
/// character there is not whitespace, for a non-ASCII lead byte of valid UTF-8. Of the
/// characters `char::is_whitespace` accepts, those beyond ASCII are U+0085, U+00A0, U+1680,
/// U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F and U+3000: their encodings start with
/// 0xC2, 0xE1, 0xE2 or 0xE3 and are matched here byte for byte, so no `char` is decoded.
fn unicode_space_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i..).unwrap_or(&[]) {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..]
        | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
        | [0xE2, 0x81, 0x9F, ..]
        | [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// `text` with every non-ASCII whitespace character (see [`unicode_space_len`]) replaced by as
/// many ASCII spaces as it has bytes: the same words, at the same offsets, for the passes that
/// read spaces a byte at a time ([`ascii_word_count`], [`two_numbers`], [`AsciiWordHashes`]),
/// to which every other non-ASCII byte is a word byte. Borrowed when there is no such
/// character, as in nearly all text; only the four bytes that can open one are looked at, found
/// by the `memchr` crate's vector searches.
fn ascii_spaces(text: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let mut spaced: Option<Vec<u8>> = None;
    let leads = memchr::memchr3_iter(0xC2, 0xE2, 0xE3, text).chain(memchr::memchr_iter(0xE1, text));
    for i in leads {
        let n = unicode_space_len(text, i);
        if n > 0 {
            let copy = spaced.get_or_insert_with(|| text.to_vec());
            if let Some(space) = copy.get_mut(i..i + n) {
                space.fill(b' ');
            }
        }
    }
    spaced.map_or(std::borrow::Cow::Borrowed(text), std::borrow::Cow::Owned)
}

/// Letters and upper-case letters among the non-ASCII characters of `text` (`char::is_alphabetic`,
/// `char::is_uppercase`): only its runs of non-ASCII bytes are decoded; [`ascii_letters`]
/// counts the rest.
fn non_ascii_letters(text: &str) -> (usize, usize) {
    let (mut letters, mut upper) = (0usize, 0usize);
    let mut rest = text;
    while let Some(p) = first_non_ascii(rest.as_bytes()) {
        let run = rest.get(p..).unwrap_or("");
        let end = run.bytes().position(|b| b < 0x80).unwrap_or(run.len());
        for c in run.get(..end).unwrap_or("").chars() {
            if c.is_alphabetic() {
                letters += 1;
                upper += usize::from(c.is_uppercase());
            }
        }
        rest = run.get(end..).unwrap_or("");
    }
    (letters, upper)
}

/// Words of a body that is not all ASCII, as `split_whitespace` splits them: how many, how
/// many hold a digit, and the FNV-1a hash of each word of the lower-cased body. The score
/// reads such bodies through [`ascii_spaces`] now; kept as the reference for it.
#[cfg(test)]
fn unicode_words(body: &str, lower: &str) -> (usize, usize, Vec<u64>) {
    let mut wc = 0usize;
    let mut numbers = 0usize;
    for w in body.split_whitespace() {
        wc += 1;
        numbers += usize::from(w.bytes().any(|b| b.is_ascii_digit()));
    }
    (wc, numbers, lower.split_whitespace().map(fnv).collect())
}

/// The least number of distinct words out of `wc` whose share, computed as the score computes
/// it (`distinct as f32 / wc as f32`), is at least 0.3, the share from which the score takes
/// nothing off. Both conversions and the division round to nearest, so the share never falls
/// as the count grows: once the distinct count reaches this number, counting further cannot
/// change the score. Never above `wc` (a share of 1).
fn enough_distinct(wc: usize) -> usize {
    let mut k = (wc / 10 * 3).saturating_sub(2);
    while k < wc && (k as f32 / wc as f32) < 0.3 {
        k += 1;
    }
    k
}

/// Whether a line opens a numbered list item: one to three digits, then ". ". The same as
/// asking whether the text before the line's first ". " is one to three digits (digits hold no
/// ". ", so that first occurrence is right after them), without searching the whole line.
fn numbered_item(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && line.get(digits..).is_some_and(|r| r.starts_with(". "))
}

/// Most slots of the per-thread set that [`distinct_up_to`] reuses (16 bytes each: 256 KiB a
/// thread); a longer list gets a set of its own, freed after the count.
const MAX_REUSED_SLOTS: usize = 1 << 14;

/// An open-addressing set kept per thread and reused from one count to the next: a slot is
/// occupied in the current count only when it carries the current stamp, so starting a count
/// clears nothing (the set [`distinct_fresh_up_to`] builds is zeroed for every count).
struct StampedSet {
    /// (value, stamp) per slot.
    slots: Vec<(u64, u32)>,
    /// The line set of [`repetition`], stamped the same way: (line hash, stamp, index of the
    /// first long line with that hash) per slot.
    lines: Vec<LineSlot>,
    /// Stamp of the current count (never 0, the stamp of a slot never written).
    stamp: u32,
}

thread_local! {
    static SET: std::cell::RefCell<StampedSet> = const {
        std::cell::RefCell::new(StampedSet {
            slots: Vec::new(),
            lines: Vec::new(),
            stamp: 0,
        })
    };
}

/// A slot of the line set: (line hash, stamp, index of the first long line with that hash).
type LineSlot = (u64, u32, usize);

/// A line of more than 8 bytes once trimmed (the lines the repeated-line test counts): the
/// FNV-1a hash of the trimmed line, where the trimmed line lies in the body, and whether the
/// same bytes came in an earlier line ([`repetition`] sets it).
#[derive(Clone, Copy)]
struct LongLine {
    hash: u64,
    start: usize,
    end: usize,
    repeat: bool,
}

/// The repetition counts of a body: how many distinct hashes its long lines hold (the count
/// the tests' reference `distinct` gives of their hashes) and, when `words` is
/// `Some((wc, enough))`, how many distinct words its ASCII lower case `lower` holds, up to
/// `enough` (the count [`distinct_up_to`] gives of the [`AsciiWordHashes`] of the body, `wc`
/// of them). The words of a long line that repeats an earlier one byte for byte are not
/// hashed: they are all among the earlier line's words, so they add nothing to the count at
/// any point of it (a line that only shares its hash with an earlier one is read). Both sets
/// live in the per-thread set (no allocation and no zeroing per count) unless they would be
/// too large or the set is busy.
fn repetition(
    body: &[u8],
    lower: &[u8],
    long_lines: &mut [LongLine],
    words: Option<(usize, usize)>,
) -> (usize, usize) {
    let line_size = (long_lines.len() * 2).next_power_of_two().max(16);
    let word_size = words.map_or(0, |(wc, _)| (wc * 2).next_power_of_two().max(16));
    let fresh = |long_lines: &mut [LongLine]| {
        let mut line_table = vec![(0u64, 0u32, 0usize); line_size];
        let mut word_table = vec![(0u64, 0u32); word_size];
        repetition_in(
            &mut word_table,
            &mut line_table,
            1,
            body,
            lower,
            long_lines,
            words,
        )
    };
    if line_size > MAX_REUSED_SLOTS || word_size > MAX_REUSED_SLOTS {
        return fresh(long_lines);
    }
    SET.with(|cell| {
        let Ok(mut set) = cell.try_borrow_mut() else {
            return fresh(long_lines);
        };
        let set = &mut *set;
        if set.slots.len() < word_size {
            set.slots.resize(word_size, (0, 0));
        }
        if set.lines.len() < line_size {
            set.lines.resize(line_size, (0, 0, 0));
        }
        set.stamp = set.stamp.wrapping_add(1);
        if set.stamp == 0 {
            // After 2^32 counts: forget every old stamp at once.
            set.slots.fill((0, 0));
            set.lines.fill((0, 0, 0));
            set.stamp = 1;
        }
        let stamp = set.stamp;
        match (
            set.slots.get_mut(..word_size),
            set.lines.get_mut(..line_size),
        ) {
            (Some(word_table), Some(line_table)) => repetition_in(
                word_table, line_table, stamp, body, lower, long_lines, words,
            ),
            _ => fresh(long_lines),
        }
    })
}

/// [`repetition`] in the given tables (a power of two slots each, every slot that does not
/// carry `stamp` free).
fn repetition_in(
    word_table: &mut [(u64, u32)],
    line_table: &mut [LineSlot],
    stamp: u32,
    body: &[u8],
    lower: &[u8],
    long_lines: &mut [LongLine],
    words: Option<(usize, usize)>,
) -> (usize, usize) {
    let mask = line_table.len().wrapping_sub(1);
    let mut distinct_lines = 0usize;
    for k in 0..long_lines.len() {
        let Some(&LongLine {
            hash: h,
            start,
            end,
            ..
        }) = long_lines.get(k)
        else {
            break;
        };
        let mut repeat = false;
        let mut slot = usize::try_from((h ^ (h >> 29)) & (mask as u64)).unwrap_or(0);
        loop {
            match line_table.get_mut(slot) {
                Some((v, st, first)) if *st == stamp => {
                    if *v == h {
                        let earlier = long_lines
                            .get(*first)
                            .and_then(|l| body.get(l.start..l.end));
                        repeat = earlier.is_some() && earlier == body.get(start..end);
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                Some(e) => {
                    *e = (h, stamp, k);
                    distinct_lines += 1;
                    break;
                }
                None => break,
            }
        }
        if let Some(l) = long_lines.get_mut(k) {
            l.repeat = repeat;
        }
    }
    let Some((_, enough)) = words else {
        return (distinct_lines, 0);
    };
    let mut set = WordSet {
        mask: word_table.len().wrapping_sub(1),
        table: word_table,
        stamp,
        count: 0,
    };
    // The words between repeated lines, a stretch at a time: a trimmed line opens the body or
    // follows a space and ends it or comes before one, so no word spans two stretches.
    let mut at = 0usize;
    for l in long_lines.iter().filter(|l| l.repeat) {
        if !set.insert_words(lower.get(at..l.start).unwrap_or(&[]), enough) {
            return (distinct_lines, set.count);
        }
        at = l.end;
    }
    set.insert_words(lower.get(at..).unwrap_or(&[]), enough);
    (distinct_lines, set.count)
}

/// The word set of [`repetition_in`]: open addressing over a stamped table.
struct WordSet<'a> {
    table: &'a mut [(u64, u32)],
    mask: usize,
    stamp: u32,
    /// Distinct words so far.
    count: usize,
}

impl WordSet<'_> {
    /// Hashes the words of `bytes` (ASCII lower case, cut as `split_whitespace` cuts them; the
    /// same FNV-1a hashes as [`AsciiWordHashes`]) into the set, a byte at a time with the word
    /// state in registers, until the set holds `enough`; false once it does.
    fn insert_words(&mut self, bytes: &[u8], enough: usize) -> bool {
        const START: u64 = 0xcbf2_9ce4_8422_2325;
        let mut h = START;
        let mut in_word = false;
        for &b in bytes {
            if CLASS[usize::from(b)] & SPACE != 0 {
                if in_word {
                    if self.count >= enough {
                        return false;
                    }
                    self.insert(h);
                    h = START;
                    in_word = false;
                }
                continue;
            }
            in_word = true;
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        if in_word {
            if self.count >= enough {
                return false;
            }
            self.insert(h);
        }
        true
    }

    /// Puts `h` in the set (the probe of [`distinct_up_to`]).
    #[inline]
    fn insert(&mut self, h: u64) {
        let mut slot = usize::try_from((h ^ (h >> 29)) & (self.mask as u64)).unwrap_or(0);
        loop {
            match self.table.get_mut(slot) {
                Some((v, st)) if *st == self.stamp => {
                    if *v == h {
                        return;
                    }
                    slot = (slot + 1) & self.mask;
                }
                Some(e) => {
                    *e = (h, self.stamp);
                    self.count += 1;
                    return;
                }
                None => return,
            }
        }
    }
}

/// How many distinct values a list of hashes holds, in a per-thread set reused across scans
/// (no allocation and no zeroing per count); the same count as [`distinct_fresh`]. The score
/// now counts its lines with [`repetition`]; kept as the reference for it.
#[cfg(test)]
fn distinct(hashes: &[u64]) -> usize {
    distinct_up_to(hashes.iter().copied(), hashes.len(), usize::MAX)
}

/// How many distinct values the first `len` hashes hold, or `enough` if they hold that many or
/// more: the count stops there, so that the hashes past that point are never computed. In a
/// per-thread set reused across scans (no allocation and no zeroing per count); the same count
/// as [`distinct_fresh_up_to`]. The set has room for twice `len` values and reads no more than
/// `len` hashes, so a probe always ends at a free slot.
fn distinct_up_to(hashes: impl Iterator<Item = u64>, len: usize, enough: usize) -> usize {
    let size = (len * 2).next_power_of_two().max(16);
    if size > MAX_REUSED_SLOTS {
        return distinct_fresh_up_to(hashes, len, enough);
    }
    SET.with(|cell| {
        let Ok(mut set) = cell.try_borrow_mut() else {
            return distinct_fresh_up_to(hashes, len, enough);
        };
        let set = &mut *set;
        if set.slots.len() < size {
            set.slots.resize(size, (0, 0));
        }
        set.stamp = set.stamp.wrapping_add(1);
        if set.stamp == 0 {
            // After 2^32 counts: forget every old stamp at once.
            set.slots.fill((0, 0));
            set.stamp = 1;
        }
        let stamp = set.stamp;
        let Some(table) = set.slots.get_mut(..size) else {
            return distinct_fresh_up_to(hashes, len, enough);
        };
        let mask = size - 1;
        let mut count = 0usize;
        for h in hashes.take(len) {
            if count >= enough {
                break;
            }
            let mut slot = usize::try_from((h ^ (h >> 29)) & (mask as u64)).unwrap_or(0);
            loop {
                match table.get_mut(slot) {
                    Some((v, st)) if *st == stamp => {
                        if *v == h {
                            break;
                        }
                        slot = (slot + 1) & mask;
                    }
                    Some(e) => {
                        *e = (h, stamp);
                        count += 1;
                        break;
                    }
                    None => break,
                }
            }
        }
        count
    })
}

/// How many distinct values a list of hashes holds (an open-addressing set: no sort), in a set
/// of its own.
#[cfg(test)]
fn distinct_fresh(hashes: &[u64]) -> usize {
    distinct_fresh_up_to(hashes.iter().copied(), hashes.len(), usize::MAX)
}

/// What [`distinct_up_to`] counts, in a set of its own.
fn distinct_fresh_up_to(hashes: impl Iterator<Item = u64>, len: usize, enough: usize) -> usize {
    let size = (len * 2).next_power_of_two().max(16);
    let mask = size - 1;
    let mut table: Vec<Option<u64>> = vec![None; size];
    let mut count = 0usize;
    for h in hashes.take(len) {
        if count >= enough {
            break;
        }
        let mut slot = usize::try_from((h ^ (h >> 29)) & (mask as u64)).unwrap_or(0);
        loop {
            match table.get_mut(slot) {
                Some(Some(v)) if *v == h => break,
                Some(Some(_)) => slot = (slot + 1) & mask,
                Some(e @ None) => {
                    *e = Some(h);
                    count += 1;
                    break;
                }
                None => break,
            }
        }
    }
    count
}

/// Longest title (bytes) lower-cased on the stack rather than into a new string.
const STACK_TITLE: usize = 256;
/// Longest interest word (bytes) whose finder is kept per thread.
const CACHED_WORD: usize = 64;
/// Most interest words kept per thread (the list starts over when full).
const CACHED_WORDS: usize = 64;

thread_local! {
    /// Interest words this thread has searched, as given, with the finder of their lower
    /// case: a publisher's interests come back with each of its patterns, and building a
    /// finder costs more than its two searches of a short pattern.
    static FINDERS: std::cell::RefCell<Vec<(Box<str>, Finder<'static>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// How many interests have a word of three bytes or more whose lower case occurs in the
/// lower-cased title or in `lower` (the lower-cased body); the count the tests' reference
/// `interest_hits_fresh` gives, without a string per title or word.
fn interest_hits(title: &str, lower: &str, interests: &[String]) -> usize {
    // An ASCII title's lower case is its ASCII lower case (what `str::to_lowercase` gives).
    let mut stack = [0u8; STACK_TITLE];
    let owned;
    let title_lower: &[u8] = match stack.get_mut(..title.len()) {
        Some(buf) if title.is_ascii() => {
            buf.copy_from_slice(title.as_bytes());
            buf.make_ascii_lowercase();
            buf
        }
        _ => {
            owned = title.to_lowercase();
            owned.as_bytes()
        }
    };
    // A prebuilt SIMD search: the same answer as `str::contains`.
    let search =
        |f: &Finder<'_>| f.find(title_lower).is_some() || f.find(lower.as_bytes()).is_some();
    let found = |w: &str| {
        if w.len() <= CACHED_WORD {
            let cached = FINDERS.with(|cell| {
                let mut list = cell.try_borrow_mut().ok()?;
                if let Some((_, f)) = list.iter().find(|(k, _)| **k == *w) {
                    return Some(search(f));
                }
                if list.len() >= CACHED_WORDS {
                    list.clear();
                }
                let f = Finder::new(w.to_lowercase().as_bytes()).into_owned();
                let hit = search(&f);
                list.push((w.into(), f));
                Some(hit)
            });
            if let Some(hit) = cached {
                return hit;
            }
        }
        search(&Finder::new(w.to_lowercase().as_bytes()))
    };
    interests
        .iter()
        .filter(|i| i.split_whitespace().any(|w| w.len() >= 3 && found(w)))
        .count()
}

/// [`interest_hits`] as it was: the title and every word lower-cased into new strings and a
/// finder built per word.
#[cfg(test)]
fn interest_hits_fresh(title: &str, lower: &str, interests: &[String]) -> usize {
    let title_lower = title.to_lowercase();
    interests
        .iter()
        .filter(|i| {
            i.split_whitespace().any(|w| {
                w.len() >= 3 && {
                    let w = w.to_lowercase();
                    let finder = Finder::new(w.as_bytes());
                    finder.find(title_lower.as_bytes()).is_some()
                        || finder.find(lower.as_bytes()).is_some()
                }
            })
        })
        .count()
}

/// Scores a pattern.
pub fn score(title: &str, body: &str, interests: &[String]) -> f32 {
    let mut q: f32 = 7.5;
    let lower = crate::bytes::to_lowercase(body);
    // The words are counted by a vector pass, and hashed only when the distinct-word test
    // needs them (below); a body that is not all ASCII is read with its non-ASCII spaces made
    // ASCII (the same words).
    let ascii = body.is_ascii();
    let spaced = if ascii {
        std::borrow::Cow::Borrowed(body.as_bytes())
    } else {
        ascii_spaces(body.as_bytes())
    };
    let wc = ascii_word_count(&spaced);
    let two_or_more_numbers = two_numbers(&spaced);

    // Near-empty bodies.
    if wc < 3 {
        q -= 4.0;
    } else if wc < 6 {
        q -= 1.5;
    }

    // Structure, and repeated lines (by hash), in one pass over the lines.
    let mut has_heading = false;
    let mut list_items = 0usize;
    let mut table_lines = 0usize;
    let mut long_lines: Vec<LongLine> = Vec::new();
    for l in lines(body) {
        let t = l.trim_start();
        has_heading |= t.starts_with('#');
        if t.starts_with("- ") || t.starts_with("* ") || numbered_item(t) {
            list_items += 1;
        }
        if t.starts_with('|') {
            table_lines += 1;
        }
        let trimmed = l.trim();
        if trimmed.len() > 8 {
            // Where the trimmed line starts in the body: its address less the body's.
            let start = (trimmed.as_ptr() as usize).wrapping_sub(body.as_ptr() as usize);
            long_lines.push(LongLine {
                hash: fnv(trimmed),
                start,
                end: start + trimmed.len(),
                repeat: false,
            });
        }
    }
    // Two backticks or more (a fence has three), found by the `memchr` crate's vector search:
    // a byte-by-byte filter read all of a body without code (~5 instructions a byte).
    let has_code = memchr::memchr_iter(b'`', body.as_bytes()).nth(1).is_some();
    let has_table = table_lines >= 3;
    let structure = [has_heading, list_items >= 2, has_code, has_table]
        .iter()
        .filter(|b| **b)
        .count();
    q += 0.35 * structure as f32;

    // Specificity: numbers and length of substance.
    if two_or_more_numbers {
        q += 0.3;
    }
    if wc >= 60 {
        q += 0.4;
    }
    if wc >= 150 {
        q += 0.3;
    }

    // Coherence with interests.
    if !interests.is_empty() {
        let hits = interest_hits(title, &lower, interests);
        q += 0.5 * hits as f32 / interests.len() as f32;
    }

    // Repetition: the share of distinct words, and repeated lines. Words are compared by a
    // hash of their lower-case form (no string per word), lines by a hash of their trimmed
    // form. The word count stops once it proves a share of 0.3 or more (see
    // `enough_distinct`): the share it then gives is still at least 0.3, so the score is the
    // same, and the words past that point are never hashed. In an ASCII body, the words of a
    // line that repeats an earlier one are not hashed either (see `repetition`).
    let words = (wc >= 30).then(|| (wc, enough_distinct(wc)));
    let (distinct_lines, ascii_found) = repetition(
        body.as_bytes(),
        lower.as_bytes(),
        &mut long_lines,
        words.filter(|_| ascii),
    );
    if let Some((wc, enough)) = words {
        let found = if ascii {
            ascii_found
        } else {
            let spaced_lower = ascii_spaces(lower.as_bytes());
            let hashes = AsciiWordHashes {
                rest: spaced_lower.iter(),
            };
            distinct_up_to(hashes, wc, enough)
        };
        let ratio = found as f32 / wc as f32;
        if ratio < 0.2 {
            q -= 3.0;
        } else if ratio < 0.3 {
            q -= 1.5;
        }
    }
    let total_lines = long_lines.len();
    if total_lines >= 4 && (total_lines - distinct_lines) * 3 >= total_lines {
        q -= 2.0;
    }

    // Shouting.
    let (letters, upper) = if ascii {
        ascii_letters(body.as_bytes())
    } else {
        let (l, u) = ascii_letters(body.as_bytes());
        let (nl, nu) = non_ascii_letters(body);
        (l + nl, u + nu)
    };
    if letters >= 40 {
        if upper * 100 >= letters * 60 {
            q -= 2.5;
        } else if upper * 100 >= letters * 35 {
            q -= 1.0;
        }
    }
    // Non-overlapping, as `matches` counts.
    let bangs = memchr::memmem::find_iter(body.as_bytes(), "!!").count();
    if bangs >= 2 {
        q -= 0.5 * (bangs.min(6) as f32);
    }

    // Link farms (non-overlapping counts, as `matches` counts) and spam phrases: one packed
    // search, or prebuilt finders per phrase.
    let (spam, links) =
        phrase_counts(lower.as_bytes()).unwrap_or_else(|| finder_counts(lower.as_bytes()));
    if links >= 6 && links * 12 >= wc {
        q -= 3.0;
    } else if links >= 10 {
        q -= 1.5;
    }

    // Spam phrases.
    q -= 0.8 * spam.min(4) as f32;

    // A title that is all capitals or empty.
    let t = title.trim();
    if t.is_empty() {
        q -= 1.0;
    } else if t.chars().filter(|c| c.is_alphabetic()).count() >= 8
        && !t.chars().any(char::is_lowercase)
    {
        q -= 0.5;
    }

    (q.clamp(0.0, 10.0) * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`score`]'s word pass as it was (every hash collected in one pass), kept as the reference
    /// for [`ascii_word_count`], [`two_numbers`], [`AsciiWordHashes`] and [`unicode_words`].
    /// Words of a body, as `split_whitespace` splits them, with whether each holds a digit and the
    /// FNV-1a hash of its lower-case form. ASCII bodies are read in one pass, a byte at a time,
    /// with the word state in registers (one [`CLASS`] and one [`LOWER`] load per byte; the pass
    /// that skipped to each word and hashed it in an inner loop cost half as much again); others
    /// are split by `char`.
    fn words(body: &str, lower: &str) -> (usize, usize, Vec<u64>) {
        let mut numbers = 0usize;
        let mut hashes = Vec::new();
        if body.is_ascii() {
            hashes.reserve(body.len() / 4);
            const START: u64 = 0xcbf2_9ce4_8422_2325;
            let mut h = START;
            // The class bits of the word so far, with [`IN_WORD`] once it has a byte.
            let mut class = 0u8;
            for &b in body.as_bytes() {
                let c = CLASS[usize::from(b)];
                if c & SPACE != 0 {
                    if class != 0 {
                        numbers += usize::from(class & DIGIT != 0);
                        hashes.push(h);
                        h = START;
                        class = 0;
                    }
                    continue;
                }
                class |= c | IN_WORD;
                h = (h ^ u64::from(LOWER[usize::from(b)])).wrapping_mul(0x0100_0000_01b3);
            }
            if class != 0 {
                numbers += usize::from(class & DIGIT != 0);
                hashes.push(h);
            }
            return (hashes.len(), numbers, hashes);
        }
        let mut wc = 0usize;
        for w in body.split_whitespace() {
            wc += 1;
            numbers += usize::from(w.bytes().any(|b| b.is_ascii_digit()));
        }
        hashes.extend(lower.split_whitespace().map(fnv));
        (wc, numbers, hashes)
    }

    /// The ASCII word pass as it was (one byte at a time, a state flag), kept as the reference
    /// for [`words`].
    fn words_reference(body: &str, lower: &str) -> (usize, usize, Vec<u64>) {
        let mut wc = 0usize;
        let mut numbers = 0usize;
        let mut hashes = Vec::new();
        if body.is_ascii() {
            let mut h = 0u64;
            let mut digit = false;
            let mut in_word = false;
            for &b in body.as_bytes() {
                if is_ascii_space(b) {
                    if in_word {
                        wc += 1;
                        numbers += usize::from(digit);
                        hashes.push(h);
                        in_word = false;
                    }
                    continue;
                }
                if !in_word {
                    in_word = true;
                    digit = false;
                    h = 0xcbf2_9ce4_8422_2325;
                }
                digit |= b.is_ascii_digit();
                h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
            }
            if in_word {
                wc += 1;
                numbers += usize::from(digit);
                hashes.push(h);
            }
        } else {
            for w in body.split_whitespace() {
                wc += 1;
                numbers += usize::from(w.bytes().any(|b| b.is_ascii_digit()));
            }
            hashes.extend(lower.split_whitespace().map(fnv));
        }
        (wc, numbers, hashes)
    }

    /// [`words`] as it was: each word skipped to and hashed in an inner loop. Words of a body,
    /// as `split_whitespace` splits them, with whether each holds a digit and the
    /// FNV-1a hash of its lower-case form. ASCII bodies are read a word at a time (skip to the next
    /// non-space byte, then hash up to the next space, one [`CLASS`] load per byte); others are
    /// split by `char`.
    fn words_word_at_a_time(body: &str, lower: &str) -> (usize, usize, Vec<u64>) {
        let mut wc = 0usize;
        let mut numbers = 0usize;
        let mut hashes = Vec::new();
        if body.is_ascii() {
            hashes.reserve(body.len() / 4);
            let mut rest = body.as_bytes();
            while let Some(start) = rest
                .iter()
                .position(|&b| CLASS[usize::from(b)] & SPACE == 0)
            {
                let word = rest.get(start..).unwrap_or(&[]);
                let mut h = 0xcbf2_9ce4_8422_2325u64;
                let mut class = 0u8;
                let mut len = word.len();
                for (k, &b) in word.iter().enumerate() {
                    let c = CLASS[usize::from(b)];
                    if c & SPACE != 0 {
                        len = k;
                        break;
                    }
                    class |= c;
                    h = (h ^ u64::from(LOWER[usize::from(b)])).wrapping_mul(0x0100_0000_01b3);
                }
                wc += 1;
                numbers += usize::from(class & DIGIT != 0);
                hashes.push(h);
                rest = word.get(len..).unwrap_or(&[]);
            }
        } else {
            for w in body.split_whitespace() {
                wc += 1;
                numbers += usize::from(w.bytes().any(|b| b.is_ascii_digit()));
            }
            hashes.extend(lower.split_whitespace().map(fnv));
        }
        (wc, numbers, hashes)
    }

    /// The byte test of non-ASCII spaces agrees with `char::is_whitespace` on every character.
    #[test]
    fn unicode_space_len_is_is_whitespace_on_every_char() {
        let mut buf = [0u8; 4];
        for c in (0x80..=0x10_FFFFu32).filter_map(char::from_u32) {
            let encoded = c.encode_utf8(&mut buf).as_bytes();
            let expected = if c.is_whitespace() { encoded.len() } else { 0 };
            assert_eq!(
                unicode_space_len(encoded, 0),
                expected,
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    proptest::proptest! {
        /// The interest count with stack titles and cached finders equals the count with new
        /// strings and finders, over arbitrary Unicode and over titles, bodies and interests
        /// cut from the same words in mixed case (repeated words reuse cached finders).
        #[test]
        fn interest_hits_equal_fresh_strings(
            words in proptest::collection::vec(
                proptest::prop_oneof![
                    "\\PC{1,8}",
                    "[A-Za-z\u{c9}\u{130}]{3,8}",
                    proptest::strategy::Strategy::prop_map(
                        proptest::sample::select(vec!["Linux", "OPS", "postgres", "İstanbul", "ÉTÉ"]),
                        str::to_string,
                    ),
                ],
                1..8,
            ),
            picks in proptest::collection::vec((0usize..8, 0usize..3), 0..12),
            long_title in proptest::bool::ANY,
        ) {
            let pick = |from: usize, to: usize| -> String {
                picks
                    .iter()
                    .skip(from)
                    .take(to)
                    .map(|&(w, _)| words[w % words.len()].clone())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let mut title = pick(0, 4);
            if long_title {
                title = title.repeat(40);
            }
            let body = pick(4, 4);
            let interests: Vec<String> = picks
                .iter()
                .skip(8)
                .map(|&(w, k)| match k {
                    0 => words[w % words.len()].clone(),
                    1 => words[w % words.len()].to_uppercase(),
                    _ => format!("x {}", words[w % words.len()].to_lowercase()),
                })
                .collect();
            let lower = body.to_lowercase();
            for _ in 0..2 {
                proptest::prop_assert_eq!(
                    interest_hits(&title, &lower, &interests),
                    interest_hits_fresh(&title, &lower, &interests)
                );
            }
        }

        /// The vector search for a second backtick answers what the byte filter answered.
        #[test]
        fn second_backtick_equals_the_byte_filter(text in "[a`\n\u{e9}]{0,40}") {
            proptest::prop_assert_eq!(
                memchr::memchr_iter(b'`', text.as_bytes()).nth(1).is_some(),
                text.bytes().filter(|b| *b == b'`').nth(1).is_some()
            );
        }

        /// The reused per-thread set counts what a sort and dedup counts, count after count
        /// (lists of different sizes in a row leave stale slots behind), and so does the fresh
        /// set.
        #[test]
        fn distinct_counts_equal_sort_and_dedup(
            lists in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::prop_oneof![0u64..8, proptest::num::u64::ANY],
                    0..300,
                ),
                1..6,
            ),
        ) {
            for list in &lists {
                let mut sorted = list.clone();
                sorted.sort_unstable();
                sorted.dedup();
                proptest::prop_assert_eq!(distinct(list), sorted.len());
                proptest::prop_assert_eq!(distinct_fresh(list), sorted.len());
            }
        }

        /// The packed search counts the phrases and links the per-phrase finders count (or
        /// gives up past its match limit), whatever the phrases' neighbours and overlaps.
        #[test]
        fn phrase_counts_equal_the_finders(
            parts in proptest::collection::vec(
                "click here|buy now|risk-free|risk free|earn \\$|\\$|\\$\\$\\$|https?://|http|/|[a-z ]{1,6}",
                0..60,
            ),
            repeat in 1usize..80,
        ) {
            let text = parts.concat();
            if let Some(counts) = phrase_counts(text.as_bytes()) {
                proptest::prop_assert_eq!(counts, finder_counts(text.as_bytes()));
            }
            let long = text.repeat(repeat);
            if let Some(counts) = phrase_counts(long.as_bytes()) {
                proptest::prop_assert_eq!(counts, finder_counts(long.as_bytes()));
            }
        }

        /// The branch-free letter counts equal the byte tests they replace, for any bytes.
        #[test]
        fn ascii_letters_equal_the_byte_tests(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..700),
        ) {
            let reference = bytes
                .iter()
                .filter(|b| b.is_ascii_alphabetic())
                .fold((0usize, 0usize), |(l, u), b| {
                    (l + 1, u + usize::from(b.is_ascii_uppercase()))
                });
            proptest::prop_assert_eq!(ascii_letters(&bytes), reference);
        }

        /// The line split equals `str::lines`, line for line.
        #[test]
        fn lines_equal_str_lines(text in "[a\r\n \u{e9}]{0,40}") {
            let ours: Vec<&str> = lines(&text).collect();
            let std: Vec<&str> = text.lines().collect();
            proptest::prop_assert_eq!(ours, std);
        }

        /// The word pass gives the reference's counts and hashes, word for word.
        #[test]
        fn words_equal_the_reference(
            body in "([a-zA-Z0-9 .!:/`-]|\n|\r|\t|\u{b}|\u{c}|\u{0}|\u{1f}|\u{7f}){0,200}",
        ) {
            let lower = body.to_lowercase();
            proptest::prop_assert_eq!(words(&body, &lower), words_reference(&body, &lower));
            proptest::prop_assert_eq!(
                words(&body, &lower),
                words_word_at_a_time(&body, &lower)
            );
        }

        /// The ASCII word count, the two-numbers test and the lazy hashes give what the word
        /// pass they replace gave (count, digit words, hashes in order), over ASCII text of
        /// every space kind and control bytes; the `char` split agrees on any text.
        #[test]
        fn ascii_word_parts_equal_the_word_pass(
            body in "([a-zA-Z0-9 .!:/`-]|\n|\r|\t|\u{b}|\u{c}|\u{0}|\u{1f}|\u{7f}|\u{1c}){0,600}",
            any in "\\PC{0,60}",
        ) {
            let lower = body.to_lowercase();
            let (wc, numbers, hashes) = words(&body, &lower);
            proptest::prop_assert_eq!(ascii_word_count(body.as_bytes()), wc);
            proptest::prop_assert_eq!(two_numbers(body.as_bytes()), numbers >= 2);
            let lazy: Vec<u64> = AsciiWordHashes { rest: body.as_bytes().iter() }.collect();
            proptest::prop_assert_eq!(lazy, hashes);
            let lower = any.to_lowercase();
            if !any.is_ascii() {
                proptest::prop_assert_eq!(unicode_words(&any, &lower), words(&any, &lower));
            }
        }

        /// Read through [`ascii_spaces`], a text that is not all ASCII gives the byte passes the
        /// word count, digit words and word hashes `split_whitespace` gives, and the two letter
        /// counts give the `char` count, over text rich in Unicode spaces, their near neighbours
        /// (the zero-width space, U+180E, the characters one code point from a space) and
        /// letters whose lower case changes length.
        #[test]
        fn spaced_word_passes_equal_split_whitespace(
            text in "([a-zA-Z0-9 \\t\\n]|\\u{85}|\\u{a0}|\\u{1680}|[\\u{2000}-\\u{200c}]|\\u{2028}|\\u{2029}|\\u{202f}|\\u{205f}|\\u{3000}|\\u{84}|\\u{86}|\\u{9f}|\\u{a1}|\\u{167f}|\\u{1681}|\\u{180e}|\\u{2014}|\\u{2027}|\\u{202a}|\\u{202e}|\\u{2030}|\\u{205e}|\\u{2060}|\\u{2fff}|\\u{3001}|\\u{c9}|\\u{e9}|\\u{130}|\\u{1e9e}|\\u{3a3}|\\u{1f600}|\\u{feff}){0,80}",
        ) {
            let lower = crate::bytes::to_lowercase(&text);
            let (wc, numbers, hashes) = unicode_words(&text, &lower);
            let spaced = ascii_spaces(text.as_bytes());
            proptest::prop_assert_eq!(ascii_word_count(&spaced), wc);
            proptest::prop_assert_eq!(two_numbers(&spaced), numbers >= 2);
            let spaced_lower = ascii_spaces(lower.as_bytes());
            let lazy: Vec<u64> = AsciiWordHashes { rest: spaced_lower.iter() }.collect();
            proptest::prop_assert_eq!(lazy, hashes);
            let (l, u) = ascii_letters(text.as_bytes());
            let (nl, nu) = non_ascii_letters(&text);
            let by_char = text
                .chars()
                .filter(|c| c.is_alphabetic())
                .fold((0usize, 0usize), |(l, u), c| (l + 1, u + usize::from(c.is_uppercase())));
            proptest::prop_assert_eq!((l + nl, u + nu), by_char);
        }

        /// A count that stops at `enough` gives the full count or `enough`, whichever is less,
        /// in the reused and in the fresh set, count after count.
        #[test]
        fn distinct_up_to_is_the_count_capped(
            lists in proptest::collection::vec(
                (
                    proptest::collection::vec(
                        proptest::prop_oneof![0u64..8, proptest::num::u64::ANY],
                        0..300,
                    ),
                    0usize..320,
                ),
                1..6,
            ),
        ) {
            for (list, enough) in &lists {
                let full = distinct(list);
                let capped = full.min(*enough);
                proptest::prop_assert_eq!(
                    distinct_up_to(list.iter().copied(), list.len(), *enough),
                    capped
                );
                proptest::prop_assert_eq!(
                    distinct_fresh_up_to(list.iter().copied(), list.len(), *enough),
                    capped
                );
            }
        }

        /// The score equals the reference on bodies cut from a few words, so that the share
        /// of distinct words falls on both sides of 0.2 and 0.3, with repeated lines.
        #[test]
        fn same_score_near_the_repetition_thresholds(
            vocabulary in proptest::collection::vec("[a-zA-Z0-9]{1,6}", 1..40),
            picks in proptest::collection::vec((0usize..40, 0usize..8), 25..400),
        ) {
            let mut body = String::new();
            for &(w, gap) in &picks {
                body.push_str(&vocabulary[w % vocabulary.len()]);
                body.push_str(["\n", " ", " ", " ", "\t", "  ", " ", "\r\n"][gap]);
            }
            proptest::prop_assert_eq!(
                score("Notes", &body, &[]).to_bits(),
                reference("Notes", &body, &[]).to_bits()
            );
        }

        /// The line and word counts of [`repetition`] equal the separate counts it replaced
        /// ([`distinct`] of the long lines' hashes, [`distinct_up_to`] of every word's hash), on
        /// bodies made of lines drawn from a few (so that lines repeat, with spaces, tabs and
        /// `\r` around them that trimming removes or that make them differ), for any cap.
        #[test]
        fn repetition_equals_the_separate_counts(
            pool in proptest::collection::vec("[a-zA-Z0-9 ]{0,24}", 1..8),
            picks in proptest::collection::vec((0usize..8, 0usize..6, 0usize..4), 0..60),
            cap in 0usize..80,
        ) {
            let mut body = String::new();
            for &(line, lead, tail) in &picks {
                body.push_str(["", " ", "\t", "  ", "\x0b", ""][lead]);
                body.push_str(&pool[line % pool.len()]);
                body.push_str(["\n", " \n", "\r\n", "\t\n"][tail]);
            }
            let mut long_lines = Vec::new();
            let mut hashes = Vec::new();
            for l in lines(&body) {
                let trimmed = l.trim();
                if trimmed.len() > 8 {
                    let start = trimmed.as_ptr() as usize - body.as_ptr() as usize;
                    long_lines.push(LongLine {
                        hash: fnv(trimmed),
                        start,
                        end: start + trimmed.len(),
                        repeat: false,
                    });
                    hashes.push(fnv(trimmed));
                }
            }
            let lower = body.to_lowercase();
            let wc = body.split_whitespace().count();
            for enough in [cap, enough_distinct(wc), usize::MAX] {
                let words = AsciiWordHashes { rest: body.as_bytes().iter() };
                let reference = (distinct(&hashes), distinct_up_to(words, wc, enough));
                proptest::prop_assert_eq!(
                    repetition(body.as_bytes(), lower.as_bytes(), &mut long_lines, Some((wc, enough))),
                    reference
                );
            }
            proptest::prop_assert_eq!(
                repetition(body.as_bytes(), lower.as_bytes(), &mut long_lines, None),
                (distinct(&hashes), 0)
            );
        }

        /// The score equals the reference on bodies made of repeated lines (the case where
        /// [`repetition`] leaves words unread), on both sides of the repetition thresholds.
        #[test]
        fn same_score_with_repeated_lines(
            pool in proptest::collection::vec("[a-zA-Z0-9 ]{0,30}", 1..10),
            picks in proptest::collection::vec((0usize..10, 0usize..4), 0..80),
        ) {
            let mut body = String::new();
            for &(line, gap) in &picks {
                body.push_str(&pool[line % pool.len()]);
                body.push_str(["\n", " \n", "\r\n", " "][gap]);
            }
            proptest::prop_assert_eq!(
                score("Notes", &body, &[]).to_bits(),
                reference("Notes", &body, &[]).to_bits()
            );
        }

        /// The numbered-item test equals the search for the first ". " it replaces.
        #[test]
        fn numbered_item_equals_split_once(line in "[0-9. a]{0,8}") {
            let reference = line.split_once(". ").is_some_and(|(n, _)| {
                !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
            });
            proptest::prop_assert_eq!(numbered_item(&line), reference);
        }
    }

    #[test]
    fn a_structured_playbook_scores_high() {
        let body = "## Steps\n1. Check `pg_stat_activity` for locks older than 30 s.\n2. Cancel the blocker with `pg_cancel_backend(pid)`.\n3. Add a `lock_timeout` of 5 s to migrations.\n";
        let q = score(
            "Unblocking a stuck Postgres migration",
            body,
            &["postgres".into()],
        );
        assert!(q >= 8.0, "{q}");
    }

    #[test]
    fn a_short_honest_note_is_above_the_floor() {
        let q = score(
            "Field note",
            "Field note, ops:\n\nRun npm install to set up dependencies.",
            &["ops".into()],
        );
        assert!(q >= 7.0, "{q}");
    }

    #[test]
    fn spam_and_shouting_score_low() {
        let body = "BUY NOW!!! CLICK HERE!!! LIMITED TIME!!! https://a.example https://b.example https://c.example https://d.example https://e.example https://f.example";
        assert!(score("DEALS", body, &[]) < 5.0);
        assert!(score("x", "hi", &[]) < 5.0);
        let rep = "great tips great tips ".repeat(20);
        assert!(score("Tips", &rep, &[]) < 7.0);
    }

    /// The scorer as it was before the single-pass rewrite, kept as the reference.
    fn reference(title: &str, body: &str, interests: &[String]) -> f32 {
        let mut q: f32 = 7.5;
        let lower = body.to_lowercase();
        let words: Vec<&str> = body.split_whitespace().collect();
        let wc = words.len();

        // Near-empty bodies.
        if wc < 3 {
            q -= 4.0;
        } else if wc < 6 {
            q -= 1.5;
        }

        // Structure.
        let lines: Vec<&str> = body.lines().collect();
        let has_heading = lines.iter().any(|l| l.trim_start().starts_with('#'));
        let list_items = lines
            .iter()
            .filter(|l| {
                let t = l.trim_start();
                t.starts_with("- ")
                    || t.starts_with("* ")
                    || t.split_once(". ").is_some_and(|(n, _)| {
                        !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
                    })
            })
            .count();
        let has_code = body.contains("```") || body.matches('`').count() >= 2;
        let has_table = lines
            .iter()
            .filter(|l| l.trim_start().starts_with('|'))
            .count()
            >= 3;
        let structure = [has_heading, list_items >= 2, has_code, has_table]
            .iter()
            .filter(|b| **b)
            .count();
        q += 0.35 * structure as f32;

        // Specificity: numbers and length of substance.
        let numbers = words
            .iter()
            .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
            .count();
        if numbers >= 2 {
            q += 0.3;
        }
        if wc >= 60 {
            q += 0.4;
        }
        if wc >= 150 {
            q += 0.3;
        }

        // Coherence with interests.
        if !interests.is_empty() {
            let title_lower = title.to_lowercase();
            let hits = interests
                .iter()
                .filter(|i| {
                    i.split_whitespace().any(|w| {
                        w.len() >= 3 && {
                            let w = w.to_lowercase();
                            title_lower.contains(&w) || lower.contains(&w)
                        }
                    })
                })
                .count();
            q += 0.5 * hits as f32 / interests.len() as f32;
        }

        // Repetition: the share of distinct words, and repeated lines.
        if wc >= 30 {
            // Words compared by a hash of their lower-case form: no string per word.
            let mut distinct: Vec<u64> = lower.split_whitespace().map(fnv).collect();
            distinct.sort_unstable();
            distinct.dedup();
            let ratio = distinct.len() as f32 / wc as f32;
            if ratio < 0.2 {
                q -= 3.0;
            } else if ratio < 0.3 {
                q -= 1.5;
            }
        }
        let mut non_empty: Vec<u64> = lines
            .iter()
            .map(|l| l.trim())
            .filter(|l| l.len() > 8)
            .map(fnv)
            .collect();
        let total_lines = non_empty.len();
        non_empty.sort_unstable();
        non_empty.dedup();
        if total_lines >= 4 && (total_lines - non_empty.len()) * 3 >= total_lines {
            q -= 2.0;
        }

        // Shouting.
        let (letters, upper) = body
            .chars()
            .filter(|c| c.is_alphabetic())
            .fold((0usize, 0usize), |(l, u), c| {
                (l + 1, u + usize::from(c.is_uppercase()))
            });
        if letters >= 40 {
            if upper * 100 >= letters * 60 {
                q -= 2.5;
            } else if upper * 100 >= letters * 35 {
                q -= 1.0;
            }
        }
        let bangs = body.matches("!!").count();
        if bangs >= 2 {
            q -= 0.5 * (bangs.min(6) as f32);
        }

        // Link farms.
        let links = lower.matches("http://").count() + lower.matches("https://").count();
        if links >= 6 && links * 12 >= wc {
            q -= 3.0;
        } else if links >= 10 {
            q -= 1.5;
        }

        // Spam phrases.
        const SPAM: &[&str] = &[
            "click here",
            "buy now",
            "act now",
            "limited time",
            "100% free",
            "make money fast",
            "risk-free",
            "risk free",
            "double your",
            "once in a lifetime",
            "order now",
            "sign up now",
            "exclusive deal",
            "earn $",
            "guaranteed returns",
            "$$$",
        ];
        let spam = SPAM.iter().filter(|s| lower.contains(*s)).count();
        q -= 0.8 * spam.min(4) as f32;

        // A title that is all capitals or empty.
        let t = title.trim();
        if t.is_empty() {
            q -= 1.0;
        } else if t.chars().filter(|c| c.is_alphabetic()).count() >= 8
            && !t.chars().any(char::is_lowercase)
        {
            q -= 0.5;
        }

        (q.clamp(0.0, 10.0) * 10.0).round() / 10.0
    }

    proptest::proptest! {
        #[test]
        fn same_score_as_the_reference(
            title in "[A-Za-z !]{0,20}",
            body in "([a-zA-Z0-9 .!$%:/#|*`-]|\n|\u{a0}|\u{2028}|\u{0431}|\u{0412}|\t|\u{b}){0,300}",
            interests in proptest::collection::vec("[a-z ]{0,12}", 0..3),
        ) {
            let body = format!("{body} click here https://a.example !! {body}");
            proptest::prop_assert_eq!(
                score(&title, &body, &interests).to_bits(),
                reference(&title, &body, &interests).to_bits()
            );
        }
    }

    #[test]
    fn the_packed_search_is_built_and_gives_up_on_a_flood() {
        assert!(phrase_searcher().is_some());
        assert_eq!(
            phrase_counts(b"earn $$$ now: click here, https://x and http://y"),
            Some((3, 2))
        );
        let flood = "$".repeat(MAX_PHRASE_MATCHES + 10);
        assert_eq!(phrase_counts(flood.as_bytes()), None);
        assert_eq!(finder_counts(flood.as_bytes()), (1, 0));
    }

    /// The number of distinct words that proves a share of 0.3 is the least such number, for
    /// every word count up to 200,000 (it need only be a proof; being the least makes the
    /// count stop as soon as it can).
    #[test]
    fn enough_distinct_is_the_least_proof() {
        for wc in 1..200_000usize {
            let k = enough_distinct(wc);
            assert!(k <= wc);
            assert!(k as f32 / wc as f32 >= 0.3, "{wc} {k}");
            assert!(k == 0 || ((k - 1) as f32 / wc as f32) < 0.3, "{wc} {k}");
        }
    }

    #[test]
    fn deterministic() {
        let a = score("t", "some body text here with words", &[]);
        let b = score("t", "some body text here with words", &[]);
        assert_eq!(a.to_bits(), b.to_bits());
    }
}
