//! Built-in detectors: checks that are easier to write as code than as a regex. Each returns
//! the byte spans (in the original text) where it fires; the rules file decides their id,
//! category and severity, and carries their examples like any other rule.

use crate::bytes::{ALNUM, byte_table, first_in_blocks, first_non_ascii};
use crate::normalize::{Invisible, Normalized, is_lookalike_script};
use std::ops::Range;

/// Most spans one detector reports for one text.
const MAX_SPANS: usize = 8;

fn is_emoji_like(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x2bff | 0x1f000..=0x1faff | 0xfe0f | 0x200d)
}

/// Unicode tag characters.
pub fn tag_chars(n: &Normalized) -> Vec<Range<usize>> {
    spans_of(n, |_, _, class| class == Invisible::Tag)
}

/// Bidi overrides, embeddings and isolates (not the plain LRM/RLM marks).
pub fn bidi_controls(n: &Normalized) -> Vec<Range<usize>> {
    spans_of(n, |_, c, class| {
        class == Invisible::Bidi && !matches!(c, '\u{200e}' | '\u{200f}')
    })
}

/// Terminal escapes and backspaces.
pub fn control_chars(n: &Normalized) -> Vec<Range<usize>> {
    spans_of(n, |_, c, class| {
        class == Invisible::Control && matches!(c, '\u{1b}' | '\u{8}' | '\u{7}' | '\u{9b}')
    })
}

/// Variation selectors outside emoji presentation (VS15/VS16 after a symbol are normal).
pub fn variation_selectors(n: &Normalized) -> Vec<Range<usize>> {
    let extended = n
        .invisibles
        .iter()
        .filter(|(_, c, class)| *class == Invisible::VariationSelector && (*c as u32) >= 0xe0100)
        .count();
    if extended == 0 {
        return Vec::new();
    }
    spans_of(n, |_, c, class| {
        class == Invisible::VariationSelector && (c as u32) >= 0xe0100
    })
}

/// Zero-width characters inside Latin words or in runs; joiners inside emoji sequences and
/// non-joiners in scripts that need them are normal.
pub fn zero_width(text: &str, n: &Normalized) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let zw: Vec<&(usize, char, Invisible)> = n
        .invisibles
        .iter()
        .filter(|(_, _, class)| *class == Invisible::ZeroWidth)
        .collect();
    let mut suspicious = 0usize;
    for (at, c, _) in &zw {
        if *c == '\u{feff}' && *at == 0 {
            continue;
        }
        let before = text.get(..*at).and_then(|s| s.chars().next_back());
        let after = text.get(at + c.len_utf8()..).and_then(|s| s.chars().next());
        let emoji = before.is_some_and(is_emoji_like) || after.is_some_and(is_emoji_like);
        let joiner = matches!(c, '\u{200c}' | '\u{200d}');
        let latin = |x: Option<char>| x.is_some_and(|x| x.is_ascii_alphanumeric());
        let non_latin_script =
            |x: Option<char>| x.is_some_and(|x| x.is_alphabetic() && !x.is_ascii());
        if joiner && (emoji || non_latin_script(before) || non_latin_script(after)) {
            continue;
        }
        if latin(before) || latin(after) || zw.len() >= 3 {
            suspicious += 1;
            if out.len() < MAX_SPANS {
                out.push(*at..at + c.len_utf8());
            }
        }
    }
    if suspicious == 0 { Vec::new() } else { out }
}

fn spans_of(n: &Normalized, keep: impl Fn(usize, char, Invisible) -> bool) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for &(at, c, class) in &n.invisibles {
        if !keep(at, c, class) {
            continue;
        }
        let end = at + c.len_utf8();
        if let Some(last) = out.last_mut() {
            if last.end + 8 >= at {
                last.end = end;
                continue;
            }
        }
        if out.len() >= MAX_SPANS {
            break;
        }
        out.push(at..end);
    }
    out
}

/// Words that mix Latin letters with Cyrillic, Greek or Armenian ones.
pub fn mixed_script(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // Look-alike letters (U+0370 to U+058F) start with a byte from 0xCD to 0xD6 in UTF-8: a
    // text without one (an ASCII text, prose with em dashes or accents) has no mixed word.
    // Looked for 32 bytes at a time (`any` went a byte at a time, ~8 instructions a byte).
    let lookalike_lead = |b: u8| b.wrapping_sub(0xcd) < 10;
    if text.is_ascii() || first_in_blocks(text.as_bytes(), lookalike_lead).is_none() {
        return out;
    }
    let mut start = None;
    let mut latin = false;
    let mut other = false;
    let flush =
        |s: Option<usize>, end: usize, latin: bool, other: bool, out: &mut Vec<Range<usize>>| {
            if let Some(s) = s {
                if latin && other && out.len() < MAX_SPANS {
                    out.push(s..end);
                }
            }
        };
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() {
            if start.is_none() {
                start = Some(i);
            }
            if c.is_ascii_alphabetic() {
                latin = true;
            } else if is_lookalike_script(c) {
                other = true;
            }
        } else {
            flush(start, i, latin, other, &mut out);
            start = None;
            latin = false;
            other = false;
        }
    }
    flush(start, text.len(), latin, other, &mut out);
    out
}

fn shannon_bits(s: &str) -> f64 {
    let mut counts = [0u32; 128];
    let mut total = 0u32;
    for b in s.bytes() {
        if let Some(c) = counts.get_mut(usize::from(b & 0x7f)) {
            *c += 1;
        }
        total += 1;
    }
    if total == 0 {
        return 0.0;
    }
    let t = f64::from(total);
    counts
        .iter()
        .filter(|c| **c > 0)
        .map(|c| {
            let p = f64::from(*c) / t;
            -p * p.log2()
        })
        .sum()
}

const KEY_WORDS: &[&str] = &[
    "key",
    "secret",
    "token",
    "password",
    "passwd",
    "pwd",
    "credential",
    "auth",
    "bearer",
    "apikey",
];
const PLACEHOLDERS: &[&str] = &[
    "xxxx",
    "example",
    "your",
    "redact",
    "placeholder",
    "changeme",
    "dummy",
    "sample",
    "****",
    "...",
    "<",
    "${",
    "{{",
    "fake",
    "test",
];

/// A byte of a secret-like token: an ASCII letter or digit or one of `+/_-.~!`.
const fn token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'_' | b'-' | b'.' | b'~' | b'!')
}

/// [`token_byte`] of every byte value, built at compile time: the run finders test a byte by
/// one load instead of a chain of comparisons (they read the bytes of every word a probe
/// lands in).
const TOKEN: [bool; 256] = byte_table!(|b| token_byte(b));

fn is_token_byte(b: u8) -> bool {
    TOKEN[usize::from(b)]
}

/// The maximal runs of bytes in the set `member` that are at least `min` (one or more) bytes
/// long, in order: exactly the runs a byte-by-byte split would give, less the shorter ones.
///
/// From a position where no run is under way, the byte `min - 1` ahead decides: outside the
/// set, no run of `min` bytes starts at or before it, and the search jumps past it; inside,
/// the run holding it is measured both ways. Texts of short words are read a fraction of a
/// byte at a time.
pub(crate) fn long_runs<F: Fn(u8) -> bool>(
    bytes: &[u8],
    min: usize,
    member: F,
) -> impl Iterator<Item = Range<usize>> {
    let min = min.max(1);
    // Invariant: `i` is 0 or follows a byte outside the set (or the previous run's end).
    let mut i = 0usize;
    std::iter::from_fn(move || {
        loop {
            let p = i.checked_add(min - 1)?;
            let probe = *bytes.get(p)?;
            if !member(probe) {
                i = p + 1;
                continue;
            }
            let mut start = p;
            while start > i && bytes.get(start - 1).is_some_and(|&b| member(b)) {
                start -= 1;
            }
            let mut end = p + 1;
            while bytes.get(end).is_some_and(|&b| member(b)) {
                end += 1;
            }
            i = end;
            if end - start >= min {
                return Some(start..end);
            }
        }
    })
}

/// High-entropy strings gated by a key word shortly before them on the same line.
pub fn entropy_secret(text: &str, n: &Normalized) -> Vec<Range<usize>> {
    let _ = n;
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // Trimming only shortens a token: a run under 16 bytes cannot become one, and is skipped
    // without being read byte by byte.
    for run in long_runs(bytes, 16, is_token_byte) {
        if out.len() >= MAX_SPANS {
            break;
        }
        let (start, i) = (run.start, run.end);
        let line_start = crate::bytes::line_start(bytes, start);
        let token = text
            .get(start..i)
            .unwrap_or("")
            .trim_end_matches(['.', '!', '-', '=']);
        if token.len() < 16 || token.len() > 256 {
            continue;
        }
        let digits = token.bytes().filter(u8::is_ascii_digit).count();
        let letters = token.bytes().filter(u8::is_ascii_alphabetic).count();
        if digits < 2 || letters < 4 || token.contains('/') && token.matches('/').count() > 1 {
            continue;
        }
        let hex_only = token.bytes().all(|b| b.is_ascii_hexdigit());
        if shannon_bits(token) < if hex_only { 3.2 } else { 3.6 } {
            continue;
        }
        let lower = token.to_ascii_lowercase();
        if PLACEHOLDERS.iter().any(|p| lower.contains(p)) {
            continue;
        }
        let from = start.saturating_sub(48).max(line_start);
        let before = text.get(from..start).unwrap_or("").to_ascii_lowercase();
        let gated = KEY_WORDS.iter().any(|k| before.contains(k))
            && (before.contains('=')
                || before.contains(':')
                || before.contains('"')
                || before.contains("is"));
        if gated && !encodes_placeholder(token) {
            out.push(start..start + token.len());
        }
    }
    out
}

/// Whether `token` is base64 of a placeholder (`ZGV2LW9ubHktZmFrZS1rZXk` is
/// "dev-only-fake-key", as Kubernetes manifests carry them): no key material.
fn encodes_placeholder(token: &str) -> bool {
    crate::decode::decode_base64(token).is_some_and(|d| {
        let d = d.to_ascii_lowercase();
        PLACEHOLDERS.iter().any(|p| d.contains(p))
    })
}

/// Luhn checksum of a digit string.
pub fn luhn_ok(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(*d);
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// Well-known test card numbers (documented by payment providers) never count as PII.
fn is_test_card(digits: &[u8]) -> bool {
    let s: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
    matches!(
        s.as_str(),
        "4242424242424242"
            | "4000056655665556"
            | "5555555555554444"
            | "2223003122003222"
            | "5200828282828210"
            | "5105105105105100"
            | "378282246310005"
            | "371449635398431"
            | "6011111111111117"
            | "3056930009020004"
            | "36227206271667"
            | "3566002020360505"
            | "6200000000000005"
            | "4000000000003220"
            | "4000000000009995"
            | "4000000000000002"
            | "4111111111111111"
            | "4012888888881881"
            | "4000002500003155"
            | "4000000000000077"
    ) || digits.windows(2).all(|w| w.first() == w.get(1))
}

/// Counts of personal-data atoms.
#[derive(Debug, Default, Clone, Copy)]
pub struct PiiCounts {
    /// E-mail addresses at real-looking domains.
    pub emails: usize,
    /// Phone numbers.
    pub phones: usize,
    /// SSN-shaped numbers.
    pub ssns: usize,
    /// Luhn-valid card numbers that are not documented test cards.
    pub cards: usize,
    /// Street addresses.
    pub addresses: usize,
    /// Dates of birth and similar full dates.
    pub dates: usize,
}

impl PiiCounts {
    /// The weighted score; a dump scores 8 or more over two or more kinds.
    pub fn score(&self) -> usize {
        self.emails + self.phones + 3 * self.ssns + 3 * self.cards + self.addresses + self.dates / 2
    }

    fn kinds(&self) -> usize {
        [
            self.emails,
            self.phones,
            self.ssns,
            self.cards,
            self.addresses,
        ]
        .iter()
        .filter(|c| **c > 0)
        .count()
    }
}

/// Counts personal-data atoms in a skeleton (lower case).
pub fn pii_counts(s: &str) -> PiiCounts {
    let mut c = PiiCounts::default();
    let bytes = s.as_bytes();
    // E-mails: local@domain.tld, skipping documentation domains.
    for (at, _) in s.match_indices('@') {
        let dom_end = s.get(at + 1..).map_or(0, |r| {
            r.find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '-'))
                .unwrap_or(r.len())
        });
        let domain = s
            .get(at + 1..at + 1 + dom_end)
            .unwrap_or("")
            .trim_end_matches('.');
        let local_ok = at > 0
            && bytes
                .get(at - 1)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.');
        if local_ok
            && domain.contains('.')
            && !domain.starts_with("example")
            && !domain.ends_with(".example")
            && !domain.ends_with(".test")
            && !domain.ends_with(".invalid")
            && !domain.ends_with("acme.com")
        {
            c.emails += 1;
        }
    }
    // Digit groups (two buffers reused across groups: no allocation per group).
    let mut i = 0usize;
    let mut digits: Vec<u8> = Vec::with_capacity(32);
    let mut seps: Vec<u8> = Vec::with_capacity(8);
    while i < bytes.len() {
        // Straight to the next digit or opening bracket: every other byte is stepped over
        // below one at a time.
        match bytes.get(i..).and_then(digit_or_bracket) {
            Some(skip) => i += skip,
            None => break,
        }
        let Some(b) = bytes.get(i).copied() else {
            break;
        };
        if !(b.is_ascii_digit() || b == b'(')
            || (i > 0 && bytes.get(i - 1).is_some_and(|p| p.is_ascii_alphanumeric()))
        {
            i += 1;
            continue;
        }
        let start = i;
        digits.clear();
        seps.clear();
        while let Some(&x) = bytes.get(i) {
            if x.is_ascii_digit() {
                digits.push(x - b'0');
            } else if matches!(x, b' ' | b'-' | b'(' | b')' | b'.' | b'/')
                && bytes
                    .get(i + 1)
                    .is_some_and(|y| y.is_ascii_digit() || *y == b' ' || *y == b'-')
                && seps.len() < 6
            {
                seps.push(x);
            } else {
                break;
            }
            i += 1;
        }
        let shape = s.get(start..i).unwrap_or("").trim();
        let n = digits.len();
        let glued = bytes.get(i).is_some_and(|x| x.is_ascii_alphanumeric());
        if glued || n == 0 {
            i = i.max(start + 1);
            continue;
        }
        let plus = start > 0 && bytes.get(start - 1) == Some(&b'+');
        count_group(&mut c, shape, &digits, plus);
        if street_number(bytes, start, i) {
            c.addresses += 1;
        }
        i = i.max(start + 1);
    }
    // Street addresses: "<number> <word> (st|street|ave|rd|dr|lane|way|blvd)", the number
    // opening a field (a line, a cell, a list item, a quoted JSON value).
    // Every suffix starts with a space and none overlaps itself, so checking each suffix at
    // each space finds exactly the occurrences `match_indices` would, in one pass; the test of
    // the text before does not depend on the suffix, so it is made once for all the suffixes
    // found at a space.
    for at in suffix_starts(bytes) {
        let second = bytes.get(at + 1).copied().unwrap_or(0);
        let found = street_suffixes_at(bytes.get(at..).unwrap_or(&[]), second);
        if found == 0 {
            continue;
        }
        let before = s.get(at.saturating_sub(24)..at).unwrap_or("");
        if before
            .rsplit([',', '|', '\n', '"', ':'])
            .next()
            .is_some_and(|seg| {
                seg.trim_start()
                    .split(' ')
                    .next()
                    .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
            })
        {
            c.addresses += found;
        }
    }
    c
}

/// Counts one group of digits (`shape` as written, `digits` its digits) into `c`: an SSN
/// (3-2-4), a phone (ten digits written as one, or ten to fifteen after a `+`, the
/// international form), a card (13 to 19 digits that pass the Luhn check and are no
/// documented test card), or a full date (eight digits in three parts, `-` or `/`).
#[inline]
fn count_group(c: &mut PiiCounts, shape: &str, digits: &[u8], plus: bool) {
    let n = digits.len();
    if n == 9
        && shape.len() == 11
        && shape.as_bytes().get(3) == Some(&b'-')
        && shape.as_bytes().get(6) == Some(&b'-')
    {
        c.ssns += 1;
    } else if (plus && (10..=15).contains(&n))
        || (n == 10
            && (shape.starts_with('(')
                || shape.matches('-').count() == 2
                || shape.matches('.').count() == 2))
    {
        c.phones += 1;
    } else if (13..=19).contains(&n) && luhn_ok(digits) && !is_test_card(digits) {
        c.cards += 1;
    } else if n == 8 && (shape.matches('-').count() == 2 || shape.matches('/').count() == 2) {
        c.dates += 1;
    }
}

/// Words that open a street's name after its number in French, Spanish, Italian and
/// Portuguese addresses ("14 rue des Tanneurs", "48 bd de la Libération", "Calle Mayor" after
/// its number), as the skeleton writes them.
const STREET_WORDS: &[&str] = &[
    "rue",
    "bd",
    "boulevard",
    "avenue",
    "av.",
    "allee",
    "impasse",
    "chemin",
    "quai",
    "calle",
    "avenida",
    "paseo",
    "plaza",
    "via",
    "viale",
    "piazza",
    "corso",
    "rua",
    "travessa",
    "largo",
];

/// Whether a street word ([`STREET_WORDS`]) starts with `b`.
const fn opens_street_word(b: u8) -> bool {
    let mut i = 0;
    while i < STREET_WORDS.len() {
        if let Some(&first) = STREET_WORDS[i].as_bytes().first() {
            if first == b {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// [`opens_street_word`] of every byte value, worked out at compile time.
const STREET_FIRST: [bool; 256] = crate::bytes::byte_table!(|b| opens_street_word(b));

/// Whether the digit group `start..end` of `bytes` is a street number written before its
/// street ([`STREET_WORDS`]): one to four digits alone at the start of a field (after a line
/// break, `|`, `,`, `"`, `:` or the text's start, and spaces), then a space, one of the words
/// and a space. Asked of every digit group the record count reads, so it costs a comparison
/// of the next bytes, and the look back only where a street word follows.
#[inline]
fn street_number(bytes: &[u8], start: usize, end: usize) -> bool {
    if !(1..=4).contains(&(end - start)) || bytes.get(end) != Some(&b' ') {
        return false;
    }
    let rest = bytes.get(end + 1..).unwrap_or_default();
    // Most numbers in prose are followed by a word no street word starts like.
    if !rest.first().is_some_and(|&b| STREET_FIRST[usize::from(b)]) {
        return false;
    }
    let word = STREET_WORDS
        .iter()
        .any(|w| rest.starts_with(w.as_bytes()) && rest.get(w.len()) == Some(&b' '));
    if !word
        || !bytes
            .get(start..end)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    {
        return false;
    }
    let before = bytes.get(..start).unwrap_or_default();
    let kept = before
        .iter()
        .rposition(|&b| b != b' ' && b != b'\t')
        .map_or(&[][..], |k| before.get(..=k).unwrap_or_default());
    matches!(kept.last(), None | Some(b'\n' | b'|' | b',' | b'"' | b':'))
}

/// Where the next ASCII digit or `(` is in `bytes`, by the block search (a byte-by-byte
/// search read most of a text between digit groups at several instructions a byte).
fn digit_or_bracket(bytes: &[u8]) -> Option<usize> {
    first_in_blocks(bytes, |b: u8| b.wrapping_sub(b'0') < 10 || b == b'(')
}

/// The street suffixes of [`street_suffixes_at`] less " avenue" (" ave" starts it), in one
/// packed (Teddy) searcher: a start of one of them is a start of at least one of the ten.
/// `None` where no packed searcher can be built.
fn street_searcher() -> Option<&'static aho_corasick::packed::Searcher> {
    static SEARCHER: std::sync::OnceLock<Option<aho_corasick::packed::Searcher>> =
        std::sync::OnceLock::new();
    SEARCHER
        .get_or_init(|| {
            aho_corasick::packed::Config::new()
                .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
                .builder()
                .extend([
                    " st,", " street", " ave", " rd,", " dr,", " lane", " way,", " blvd", " road",
                ])
                .build()
        })
        .as_ref()
}

/// Every position of `bytes` where a street suffix may start, in order: each start of one of
/// the suffixes, found by the packed search (restarted one byte after each start it reports,
/// so that no start is skipped: a leftmost search reports the first start at or after where
/// it begins); without the searcher, every space followed by a byte. The caller counts the
/// suffixes at each position, so a position where none starts adds nothing.
fn suffix_starts(bytes: &[u8]) -> Box<dyn Iterator<Item = usize> + '_> {
    let Some(searcher) = street_searcher() else {
        return Box::new(
            bytes
                .windows(2)
                .enumerate()
                .filter(|(_, pair)| pair.first() == Some(&b' '))
                .map(|(at, _)| at),
        );
    };
    let mut at = 0usize;
    Box::new(std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let m = searcher.find_in(bytes, aho_corasick::Span::from(at..bytes.len()))?;
        at = m.start() + 1;
        Some(m.start())
    }))
}

/// The street suffixes of an address, each starting with a space: the list
/// [`street_suffixes_at`] tests by second letter (kept for its property test).
#[cfg(test)]
const STREET_SUFFIXES: [&[u8]; 10] = [
    b" st,", b" street", b" ave", b" rd,", b" dr,", b" lane", b" way,", b" blvd", b" road",
    b" avenue",
];

/// How many of the street suffixes (" st,", " street", " ave", " rd,", " dr,", " lane",
/// " way,", " blvd", " road", " avenue") `rest` starts with, given its second byte: only the suffixes
/// that go on with that letter are compared (" avenue" also starts with " ave": two).
fn street_suffixes_at(rest: &[u8], second: u8) -> usize {
    let starts = |suffix: &[u8]| usize::from(rest.starts_with(suffix));
    match second {
        b's' => starts(b" st,") + starts(b" street"),
        b'a' => starts(b" ave") + starts(b" avenue"),
        b'r' => starts(b" rd,") + starts(b" road"),
        b'd' => starts(b" dr,"),
        b'l' => starts(b" lane"),
        b'w' => starts(b" way,"),
        b'b' => starts(b" blvd"),
        _ => 0,
    }
}

/// A coarse script bucket for a character (0 for ASCII and everything unclassified).
fn script_bucket(c: char) -> u8 {
    match c as u32 {
        0x00c0..=0x024f => 1,
        0x0250..=0x02af => 2,
        0x0370..=0x03ff => 3,
        0x0400..=0x052f => 4,
        0x0530..=0x058f => 5,
        0x0590..=0x05ff => 6,
        0x0600..=0x06ff => 7,
        0x0900..=0x0dff => 8,
        0x0e00..=0x0eff => 9,
        0x0f00..=0x0fff => 10,
        0x10a0..=0x10ff => 11,
        0x1100..=0x11ff | 0xac00..=0xd7af => 12,
        0x3040..=0x30ff => 13,
        0x4e00..=0x9fff => 14,
        0xa000..=0xa4cf => 15,
        _ => 0,
    }
}

/// Runs that carry an encoded message in exotic symbols rather than words: Braille, long emoji
/// strings, Zalgo (letters stacked with combining marks), and tokens that mix three or more
/// scripts (base2048-style encodings). Each is a signal; with a request to decode it, a verdict.
pub fn exotic_runs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if text.is_ascii() {
        return out;
    }
    // Only a token (a run of non-whitespace) that holds a non-ASCII character can be exotic:
    // the search goes from one non-ASCII byte to the next and reads only the token around it,
    // in the order `split_whitespace` gives the tokens.
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while let Some(p) = bytes.get(i..).and_then(first_non_ascii) {
        let at = i + p;
        let (Some(before), Some(after)) = (text.get(..at), text.get(at..)) else {
            break;
        };
        let Some(c) = after.chars().next() else {
            break;
        };
        if c.is_whitespace() {
            i = at + c.len_utf8();
            continue;
        }
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let end = after
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(text.len(), |(k, _)| at + k);
        i = end;
        if out.len() >= MAX_SPANS {
            continue;
        }
        if exotic_token(text.get(start..end).unwrap_or("")) {
            out.push(start..end);
        }
    }
    // Braille words are short; a line of them counts as one run. A Braille character
    // (U+2800 to U+28FF) is the byte 0xE2 and then one from 0xA0 to 0xA3 in UTF-8.
    // The 0xE2 bytes are found by the `memchr` crate's vector search (a two-byte window per
    // byte read all of a text at ~10 instructions a byte).
    let braille_total = memchr::memchr_iter(0xe2, bytes)
        .filter(|&k| bytes.get(k + 1).is_some_and(|b| (0xa0..=0xa3).contains(b)))
        .count();
    if out.is_empty() && braille_total >= 8 {
        if let Some(p) = text.find(|c: char| (0x2800..=0x28ff).contains(&(c as u32))) {
            out.push(p..text.len().min(p + 64));
        }
    }
    out
}

/// Whether one whitespace-free token of [`exotic_runs`] is exotic: Braille, a string of emoji,
/// stacked combining marks, or a long word of three scripts.
fn exotic_token(token: &str) -> bool {
    let mut braille = 0usize;
    let mut emoji = 0usize;
    let mut stacked = 0usize;
    let mut marks_here = 0usize;
    let mut scripts = 0u32;
    let mut chars = 0usize;
    for c in token.chars() {
        chars += 1;
        let cp = c as u32;
        if (0x2800..=0x28ff).contains(&cp) {
            braille += 1;
        }
        if (0x1f000..=0x1faff).contains(&cp) || (0x2600..=0x27bf).contains(&cp) {
            emoji += 1;
        }
        if unicode_normalization::char::is_combining_mark(c) {
            marks_here += 1;
            if marks_here == 2 {
                stacked += 1;
            }
        } else {
            marks_here = 0;
            let b = script_bucket(c);
            if b > 0 {
                scripts |= 1 << b;
            }
        }
    }
    braille >= 4 || emoji >= 8 || stacked >= 3 || (chars >= 12 && scripts.count_ones() >= 3)
}

/// Cryptocurrency addresses by shape, in one pass over the skeleton's alphanumeric runs:
/// bech32 bitcoin (`bc1q…`/`bc1p…`, 30-60 more characters), Ethereum (`0x` + 40 hex), TRON (`t`
/// + 33 base58) and Solana-like base58 runs of 43-44 characters that mix letters and digits.
pub fn wallet_addresses(text: &str, n: &Normalized) -> Vec<Range<usize>> {
    let s = n.text.as_bytes();
    let base58 = |b: u8| {
        (b.is_ascii_digit() && b != b'0') || (b.is_ascii_lowercase() && b != b'i' && b != b'o')
    };
    let mut out = Vec::new();
    // Every shape below is at least 34 characters long: shorter runs are skipped unread.
    for run in long_runs(s, 34, |b| ALNUM[usize::from(b)]) {
        if out.len() >= MAX_SPANS {
            break;
        }
        let (start, i) = (run.start, run.end);
        // A run glued to `_`, `-` or `/` is part of an identifier or a path, not an address.
        let glued = |b: Option<&u8>| b.is_some_and(|c| matches!(c, b'_' | b'-' | b'/'));
        if glued(s.get(i)) || start.checked_sub(1).is_some_and(|p| glued(s.get(p))) {
            continue;
        }
        let run = s.get(start..i).unwrap_or(&[]);
        let len = run.len();
        // Every shape below is 34 to 64 characters long.
        if !(34..=64).contains(&len) {
            continue;
        }
        let digits = run.iter().filter(|b| b.is_ascii_digit()).count();
        let hit = (run.starts_with(b"bc1")
            && matches!(run.get(3), Some(b'q' | b'p'))
            && (34..=64).contains(&len))
            || (run.starts_with(b"0x")
                && len == 42
                && run.iter().skip(2).all(u8::is_ascii_hexdigit))
            || (run.first() == Some(&b't')
                && len == 34
                && run.iter().all(|&b| base58(b))
                && digits >= 2)
            || ((43..=44).contains(&len) && run.iter().all(|&b| base58(b)) && digits >= 3);
        if hit {
            let (a, b) = n.original_span(start, i, text.len());
            out.push(a..b);
        }
    }
    out
}

/// Whether `bytes` holds at least `at_least` ASCII digits: counted by a branch-free range
/// test (`b - b'0' < 10`) over blocks of 64 bytes, which the compiler runs on vector
/// registers, stopping after the block that reaches the count.
fn has_digits(bytes: &[u8], at_least: usize) -> bool {
    let mut seen = 0usize;
    for block in bytes.chunks(64) {
        seen += block
            .iter()
            .map(|&b| usize::from(b.wrapping_sub(b'0') < 10))
            .sum::<usize>();
        if seen >= at_least {
            return true;
        }
    }
    seen >= at_least
}

/// A dump of personal data: many atoms of two or more kinds.
pub fn pii_records(text: &str, n: &Normalized) -> Vec<Range<usize>> {
    // A dump needs many atoms: skip texts with too few digits and at-signs to hold one.
    // Counted only as far as the thresholds (the 24th digit, the 4th at-sign): the decision
    // needs no more.
    let digits_24 = has_digits(n.text.as_bytes(), 24);
    let ats_4 = memchr::memchr_iter(b'@', n.text.as_bytes())
        .nth(3)
        .is_some();
    if !digits_24 && !ats_4 {
        return Vec::new();
    }
    let counts = pii_counts(&n.text);
    // Several SSNs or payment cards are a dump on their own: no honest pattern needs three.
    let many_ids = counts.ssns >= 3 || counts.cards >= 3;
    if counts.score() >= 8 && (counts.kinds() >= 2 || many_ids) {
        std::iter::once(0..text.len()).collect()
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    /// The byte tables answer the tests they stand for, for every byte value.
    #[test]
    fn byte_tables_equal_the_tests() {
        for b in 0..=255u8 {
            assert_eq!(is_token_byte(b), token_byte(b), "{b}");
        }
    }

    /// Maximal runs of `member` bytes of at least `min` bytes, found byte by byte (the
    /// reference for [`long_runs`]).
    fn runs_by_bytes(bytes: &[u8], min: usize, member: impl Fn(u8) -> bool) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes.get(i).is_some_and(|&b| member(b)) {
                i += 1;
                continue;
            }
            let start = i;
            while bytes.get(i).is_some_and(|&b| member(b)) {
                i += 1;
            }
            if i - start >= min.max(1) {
                out.push(start..i);
            }
        }
        out
    }

    /// [`exotic_runs`] as it was: every whitespace-split token read (the reference for
    /// `exotic_runs_equal_the_token_split`).
    fn exotic_runs_reference(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let base = text.as_ptr() as usize;
        for token in text.split_whitespace() {
            let start = (token.as_ptr() as usize).saturating_sub(base);
            if token.is_ascii() || out.len() >= MAX_SPANS {
                continue;
            }
            if exotic_token(token) {
                out.push(start..start + token.len());
            }
        }
        let braille_total = text
            .chars()
            .filter(|c| (0x2800..=0x28ff).contains(&(*c as u32)))
            .count();
        if out.is_empty() && braille_total >= 8 {
            if let Some(p) = text.find(|c: char| (0x2800..=0x28ff).contains(&(c as u32))) {
                out.push(p..text.len().min(p + 64));
            }
        }
        out
    }

    /// Whether a word of `text` mixes ASCII letters with look-alike script letters, char by
    /// char (the reference for `mixed_script_skips_texts_without_lookalike_bytes`).
    fn has_lookalike(text: &str) -> bool {
        text.chars().any(crate::normalize::is_lookalike_script)
    }

    proptest::proptest! {
        /// Reading only the tokens around non-ASCII bytes finds what reading every token does,
        /// on text of ASCII, Braille, emoji, marks, other scripts and Unicode spaces.
        #[test]
        fn exotic_runs_equal_the_token_split(
            text in "([a-z ]|\u{2800}|\u{2847}|\u{1f600}|\u{2600}|\u{301}|\u{e9}|\u{0430}|\u{3b1}|\u{5d0}|\u{3000}|\u{a0}|\u{2014}|\u{4e2d}){0,120}",
        ) {
            proptest::prop_assert_eq!(exotic_runs(&text), exotic_runs_reference(&text));
        }

        /// Every look-alike script letter has a byte from 0xCD to 0xD6, the test
        /// `mixed_script` skips texts by; with one, it reads the text.
        #[test]
        fn mixed_script_skips_texts_without_lookalike_bytes(
            text in "([a-z ]|\\u{e9}|\\u{2014}|\\u{36f}|\\u{370}|\\u{430}|\\u{3b1}|\\u{58f}|\\u{590}|\\u{5d0}|\\u{4e2d}){0,40}",
        ) {
            if has_lookalike(&text) {
                proptest::prop_assert!(text.bytes().any(|b| (0xcd..=0xd6).contains(&b)));
            } else {
                proptest::prop_assert!(mixed_script(&text).is_empty());
            }
        }

        /// Skipping ahead finds exactly the long runs a byte-by-byte pass finds.
        #[test]
        fn long_runs_equal_a_byte_by_byte_split(
            text in "[ab1_.+/ \n\u{e9}-]{0,120}",
            min in 0usize..40,
        ) {
            let bytes = text.as_bytes();
            let fast: Vec<Range<usize>> = long_runs(bytes, min, is_token_byte).collect();
            proptest::prop_assert_eq!(fast, runs_by_bytes(bytes, min, is_token_byte));
            let alnum = |b: u8| b.is_ascii_alphanumeric();
            let fast: Vec<Range<usize>> = long_runs(bytes, min, alnum).collect();
            proptest::prop_assert_eq!(fast, runs_by_bytes(bytes, min, alnum));
        }

        /// The suffixes found by second letter are the suffixes of the list `rest` starts with.
        #[test]
        fn street_suffixes_by_letter_equal_the_list(rest in " ?(st,|street|ave|avenue|rd,|road|dr,|lane|way,|blvd|[a-z ,]{0,7})") {
            let second = rest.as_bytes().get(1).copied().unwrap_or(0);
            let expected = STREET_SUFFIXES
                .iter()
                .filter(|s| rest.as_bytes().starts_with(s))
                .count();
            proptest::prop_assert_eq!(street_suffixes_at(rest.as_bytes(), second), expected);
        }

        /// The packed search stops at every space where a street suffix starts, and the block
        /// search finds the next digit or bracket the byte search found.
        #[test]
        fn suffix_starts_and_digit_search_equal_the_byte_passes(
            parts in proptest::collection::vec(
                " st,| street| ave| avenue| rd,| road| dr,| lane| way,| blvd| str| av| ro|[a-z0-9(]{1,5}| |,|\n",
                0..60,
            ),
        ) {
            let text = parts.concat();
            let bytes = text.as_bytes();
            let found: Vec<usize> = suffix_starts(bytes)
                .filter(|&at| {
                    street_suffixes_at(
                        bytes.get(at..).unwrap_or(&[]),
                        bytes.get(at + 1).copied().unwrap_or(0),
                    ) > 0
                })
                .collect();
            let expected: Vec<usize> = bytes
                .windows(2)
                .enumerate()
                .filter(|(at, pair)| {
                    let [b' ', second] = **pair else {
                        return false;
                    };
                    street_suffixes_at(bytes.get(*at..).unwrap_or(&[]), second) > 0
                })
                .map(|(at, _)| at)
                .collect();
            proptest::prop_assert_eq!(found, expected);
            for from in 0..bytes.len() {
                let rest = bytes.get(from..).unwrap_or(&[]);
                proptest::prop_assert_eq!(
                    digit_or_bracket(rest),
                    rest.iter().position(|b| b.is_ascii_digit() || *b == b'(')
                );
            }
        }

        /// The blockwise digit count answers what counting digits to the threshold answers.
        #[test]
        fn has_digits_equals_the_filtered_count(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![b'0'..=b'9', proptest::num::u8::ANY],
                0..300,
            ),
            at_least in 1usize..40,
        ) {
            let reference = bytes
                .iter()
                .filter(|b| b.is_ascii_digit())
                .nth(at_least - 1)
                .is_some();
            proptest::prop_assert_eq!(has_digits(&bytes, at_least), reference);
        }

        /// Skipping to the next digit or bracket counts the atoms a byte-by-byte pass counts.
        #[test]
        fn pii_counts_equal_the_byte_by_byte_pass(
            parts in proptest::collection::vec(
                "[0-9]{1,4}|[ ()./+-]|14 rue |\\||ann@mail.com|a@b.io|x.y@example.com|4111 1111 1111 1111|123-45-6789|(415) 555-0134|1990-01-02|12 main street| st,| ave|[a-z]{1,5}|\n|,",
                0..40,
            ),
        ) {
            let text: String = parts.concat();
            let (a, b) = (pii_counts(&text), reference::pii_counts(&text));
            proptest::prop_assert_eq!(
                (a.emails, a.phones, a.ssns, a.cards, a.addresses, a.dates),
                (b.emails, b.phones, b.ssns, b.cards, b.addresses, b.dates)
            );
        }

        /// Long tokens and wallet-shaped runs among short words: the detectors find what they
        /// found when they read every byte.
        #[test]
        fn detectors_on_long_runs(
            words in proptest::collection::vec(
                "[a-z0-9]{1,6}|[a-km-z1-9]{30,46}|0x[0-9a-f]{40}|bc1q[a-z0-9]{38}|[A-Za-z0-9+/]{14,30}",
                0..24,
            ),
            seps in proptest::collection::vec("[ \n=:_/-]|token = |key: ", 24),
        ) {
            let mut text = String::new();
            for (w, sep) in words.iter().zip(&seps) {
                text.push_str(sep);
                text.push_str(w);
            }
            let n = normalize(&text);
            proptest::prop_assert_eq!(wallet_addresses(&text, &n), reference::wallets(&text, &n));
            proptest::prop_assert_eq!(entropy_secret(&text, &n), reference::entropy(&text));
        }
    }

    /// The detectors as they were before they skipped short runs, for the property tests.
    mod reference {
        use super::super::*;

        /// [`pii_counts`] as it was before it skipped to the next digit and read the street
        /// suffixes by reference.
        pub fn pii_counts(s: &str) -> PiiCounts {
            let mut c = PiiCounts::default();
            let bytes = s.as_bytes();
            // E-mails: local@domain.tld, skipping documentation domains.
            for (at, _) in s.match_indices('@') {
                let dom_end = s.get(at + 1..).map_or(0, |r| {
                    r.find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '-'))
                        .unwrap_or(r.len())
                });
                let domain = s
                    .get(at + 1..at + 1 + dom_end)
                    .unwrap_or("")
                    .trim_end_matches('.');
                let local_ok = at > 0
                    && bytes
                        .get(at - 1)
                        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.');
                if local_ok
                    && domain.contains('.')
                    && !domain.starts_with("example")
                    && !domain.ends_with(".example")
                    && !domain.ends_with(".test")
                    && !domain.ends_with(".invalid")
                    && !domain.ends_with("acme.com")
                {
                    c.emails += 1;
                }
            }
            // Digit groups (two buffers reused across groups: no allocation per group).
            let mut i = 0usize;
            let mut digits: Vec<u8> = Vec::with_capacity(32);
            let mut seps: Vec<u8> = Vec::with_capacity(8);
            while i < bytes.len() {
                let Some(b) = bytes.get(i).copied() else {
                    break;
                };
                if !(b.is_ascii_digit() || b == b'(')
                    || (i > 0 && bytes.get(i - 1).is_some_and(|p| p.is_ascii_alphanumeric()))
                {
                    i += 1;
                    continue;
                }
                let start = i;
                digits.clear();
                seps.clear();
                while let Some(&x) = bytes.get(i) {
                    if x.is_ascii_digit() {
                        digits.push(x - b'0');
                    } else if matches!(x, b' ' | b'-' | b'(' | b')' | b'.' | b'/')
                        && bytes
                            .get(i + 1)
                            .is_some_and(|y| y.is_ascii_digit() || *y == b' ' || *y == b'-')
                        && seps.len() < 6
                    {
                        seps.push(x);
                    } else {
                        break;
                    }
                    i += 1;
                }
                let shape = s.get(start..i).unwrap_or("").trim();
                let n = digits.len();
                let glued = bytes.get(i).is_some_and(|x| x.is_ascii_alphanumeric());
                if glued || n == 0 {
                    i = i.max(start + 1);
                    continue;
                }
                let plus = start > 0 && bytes.get(start - 1) == Some(&b'+');
                count_group(&mut c, shape, &digits, plus);
                if street_number(bytes, start, i) {
                    c.addresses += 1;
                }
                i = i.max(start + 1);
            }
            // Street addresses: "<number> <word> (st|street|ave|rd|dr|lane|way|blvd)", the number
            // opening a field (a line, a cell, a list item, a quoted JSON value).
            // Every suffix starts with a space and none overlaps itself, so checking each suffix at
            // each space finds exactly the occurrences `match_indices` would, in one pass.
            const SUFFIXES: [&[u8]; 10] = [
                b" st,", b" street", b" ave", b" rd,", b" dr,", b" lane", b" way,", b" blvd",
                b" road", b" avenue",
            ];
            for at in memchr::memchr_iter(b' ', bytes) {
                let rest = bytes.get(at..).unwrap_or(&[]);
                // Every suffix goes on with one of these letters.
                let Some(second @ (b's' | b'a' | b'r' | b'd' | b'l' | b'w' | b'b')) = rest.get(1)
                else {
                    continue;
                };
                for suffix in SUFFIXES {
                    if suffix.get(1) != Some(second) || !rest.starts_with(suffix) {
                        continue;
                    }
                    let before = s.get(at.saturating_sub(24)..at).unwrap_or("");
                    if before
                        .rsplit([',', '|', '\n', '"', ':'])
                        .next()
                        .is_some_and(|seg| {
                            seg.trim_start().split(' ').next().is_some_and(|w| {
                                !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
                            })
                        })
                    {
                        c.addresses += 1;
                    }
                }
            }
            c
        }

        pub fn wallets(text: &str, n: &Normalized) -> Vec<Range<usize>> {
            let s = n.text.as_bytes();
            let base58 = |b: u8| {
                (b.is_ascii_digit() && b != b'0')
                    || (b.is_ascii_lowercase() && b != b'i' && b != b'o')
            };
            let mut out = Vec::new();
            let mut i = 0;
            while i < s.len() && out.len() < MAX_SPANS {
                if !s.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                    i += 1;
                    continue;
                }
                let start = i;
                while s.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                    i += 1;
                }
                let glued = |b: Option<&u8>| b.is_some_and(|c| matches!(c, b'_' | b'-' | b'/'));
                if glued(s.get(i)) || start.checked_sub(1).is_some_and(|p| glued(s.get(p))) {
                    continue;
                }
                let run = s.get(start..i).unwrap_or(&[]);
                let len = run.len();
                if !(34..=64).contains(&len) {
                    continue;
                }
                let digits = run.iter().filter(|b| b.is_ascii_digit()).count();
                let hit = (run.starts_with(b"bc1")
                    && matches!(run.get(3), Some(b'q' | b'p'))
                    && (34..=64).contains(&len))
                    || (run.starts_with(b"0x")
                        && len == 42
                        && run.iter().skip(2).all(u8::is_ascii_hexdigit))
                    || (run.first() == Some(&b't')
                        && len == 34
                        && run.iter().all(|&b| base58(b))
                        && digits >= 2)
                    || ((43..=44).contains(&len) && run.iter().all(|&b| base58(b)) && digits >= 3);
                if hit {
                    let (a, b) = n.original_span(start, i, text.len());
                    out.push(a..b);
                }
            }
            out
        }

        pub fn entropy(text: &str) -> Vec<Range<usize>> {
            let mut out = Vec::new();
            let bytes = text.as_bytes();
            let mut line_start = 0usize;
            let mut i = 0usize;
            while i < bytes.len() && out.len() < MAX_SPANS {
                let b = bytes.get(i).copied().unwrap_or(b' ');
                if b == b'\n' {
                    line_start = i + 1;
                    i += 1;
                    continue;
                }
                if !is_token_byte(b) {
                    i += 1;
                    continue;
                }
                let start = i;
                while bytes.get(i).copied().is_some_and(is_token_byte) {
                    i += 1;
                }
                if i - start < 16 {
                    continue;
                }
                let token = text
                    .get(start..i)
                    .unwrap_or("")
                    .trim_end_matches(['.', '!', '-', '=']);
                if token.len() < 16 || token.len() > 256 {
                    continue;
                }
                let digits = token.bytes().filter(u8::is_ascii_digit).count();
                let letters = token.bytes().filter(u8::is_ascii_alphabetic).count();
                if digits < 2
                    || letters < 4
                    || token.contains('/') && token.matches('/').count() > 1
                {
                    continue;
                }
                let hex_only = token.bytes().all(|b| b.is_ascii_hexdigit());
                if shannon_bits(token) < if hex_only { 3.2 } else { 3.6 } {
                    continue;
                }
                let lower = token.to_ascii_lowercase();
                if PLACEHOLDERS.iter().any(|p| lower.contains(p)) {
                    continue;
                }
                let from = start.saturating_sub(48).max(line_start);
                let before = text.get(from..start).unwrap_or("").to_ascii_lowercase();
                let gated = KEY_WORDS.iter().any(|k| before.contains(k))
                    && (before.contains('=')
                        || before.contains(':')
                        || before.contains('"')
                        || before.contains("is"));
                if gated && !super::encodes_placeholder(token) {
                    out.push(start..start + token.len());
                }
            }
            out
        }
    }

    #[test]
    fn luhn_and_test_cards() {
        assert!(luhn_ok(&[4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2]));
        assert!(is_test_card(&[
            4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2
        ]));
    }

    #[test]
    fn mixed_script_words_are_found() {
        assert_eq!(mixed_script("plain words").len(), 0);
        assert_eq!(mixed_script("Русский текст").len(), 0);
        assert_eq!(mixed_script("pаypal login").len(), 1);
    }

    #[test]
    fn entropy_needs_a_key_word() {
        let t = "token = Zx9q2LmP4vR7tY1wK8sD3fG6";
        assert_eq!(entropy_secret(t, &normalize(t)).len(), 1);
        let t = "commit Zx9q2LmP4vR7tY1wK8sD3fG6 fixed it";
        assert!(entropy_secret(t, &normalize(t)).is_empty());
        // base64 of "dev-only-fake-key": a placeholder, whatever its letters look like.
        let t = "api_key: ZGV2LW9ubHktZmFrZS1rZXk=";
        assert!(entropy_secret(t, &normalize(t)).is_empty());
    }

    #[test]
    fn pii_counts_atoms() {
        let c = pii_counts("ann lee, ann.lee@gmail.com, (415) 555-0134, 123-45-6789");
        assert_eq!((c.emails, c.phones, c.ssns), (1, 1, 1));
        let c = pii_counts("write to support@example.com");
        assert_eq!(c.emails, 0);
    }

    /// Records written the European way count as the American ones do: an international
    /// phone number (`+` and ten to fifteen digits), a date with slashes, a street number
    /// before the street word. Short numbers after a `+`, fractions and paths do not.
    #[test]
    fn pii_counts_international_atoms() {
        let c = pii_counts(
            "| vasseur | clemence | 11/04/1989 | 14 rue des tanneurs, 69003 lyon | +33 6 55 01 23 47 |",
        );
        assert_eq!((c.phones, c.dates, c.addresses), (1, 1, 1));
        let c = pii_counts("+1 630 555 0124");
        assert_eq!(c.phones, 1);
        let c = pii_counts("{\"address\":\"619 cedar knoll way, naperville, il\"}");
        assert_eq!(c.addresses, 1);
        let c = pii_counts("call +44 1234567, see docs/2024/05, add 3/4 cup, 12 rue-side seats");
        assert_eq!((c.phones, c.dates, c.addresses), (0, 0, 0));
        let table = "| nom | date de naissance | adresse | telephone |\n\
            | a | 11/04/1989 | 14 rue des tanneurs, 69003 lyon | +33 6 55 01 23 47 |\n\
            | b | 23/11/1977 | 3 impasse du menez, 29200 brest | +33 6 55 01 09 81 |\n\
            | c | 02/07/1995 | 48 bd de la liberation, 13004 marseille | +33 7 55 01 62 30 |\n\
            | d | 30/01/2002 | 7 rue caulaincourt, 75018 paris | +33 6 55 01 88 14 |\n";
        let n = normalize(table);
        assert!(!pii_records(table, &n).is_empty());
    }

    #[test]
    fn wallet_addresses_by_shape() {
        let t = "pay bc1qe0mqt85pd97zzdl0nrw7n056vveqplzlqg9gms or 0x52908400098527886E0F7030069857D2E4169EE7";
        assert_eq!(
            wallet_addresses(t, &crate::normalize::normalize(t)).len(),
            2
        );
        let benign = "sha 0x12ab, path /srv/bc1qe0mqt85pd97zzdl0nrw7n056vveqplzlqg9gms";
        assert!(wallet_addresses(benign, &crate::normalize::normalize(benign)).is_empty());
    }
}
