//! Normalisation before matching. The rules never see the raw text: they see a *skeleton* in
//! which compatibility forms are folded (NFKD), combining marks dropped, case folded, look-alike
//! Cyrillic and Greek letters mapped to Latin, dashes and curly quotes mapped to ASCII, and
//! invisible characters removed. A map from every skeleton byte back to the original byte offset
//! lets findings report spans in the original.
//!
//! Invisible characters are not only removed: their positions are kept so the detectors can
//! flag them as obfuscation.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// The class of an invisible character, as the detectors care about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invisible {
    /// Zero-width space, joiners, word joiner, invisible operators, soft hyphen, BOM.
    ZeroWidth,
    /// Bidirectional embeddings, overrides and isolates.
    Bidi,
    /// Unicode tag characters (U+E0000 to U+E007F): invisible ASCII.
    Tag,
    /// Variation selectors, which can also smuggle bytes.
    VariationSelector,
    /// ASCII control characters other than tab, newline and carriage return (escape, backspace).
    Control,
}

/// A normalised view of a text.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The skeleton the rules match against.
    pub text: String,
    /// For every byte of `text` (and one past the end), the byte offset in the original.
    pub map: Vec<u32>,
    /// Invisible characters removed, with their byte offset in the original.
    pub invisibles: Vec<(usize, char, Invisible)>,
}

impl Normalized {
    /// The original byte range for a range of the skeleton.
    pub fn original_span(&self, start: usize, end: usize, original_len: usize) -> (usize, usize) {
        let s = self.map.get(start).copied().unwrap_or(0) as usize;
        let e = if end == 0 {
            s
        } else {
            // The end maps to the start of the original char after the last skeleton byte.
            self.map
                .get(end)
                .copied()
                .map_or(original_len, |v| v as usize)
        };
        (
            s.min(original_len),
            e.clamp(s.min(original_len), original_len),
        )
    }
}

/// Classifies an invisible character, or `None` for a visible one.
pub fn invisible_class(c: char) -> Option<Invisible> {
    let cp = c as u32;
    match cp {
        0x09 | 0x0a | 0x0d => None,
        0x00..=0x1f | 0x7f => Some(Invisible::Control),
        0x80..=0x9f => Some(Invisible::Control),
        0x00ad | 0x034f | 0x061c | 0x115f | 0x1160 | 0x17b4 | 0x17b5 | 0x180e | 0x3164 | 0xfeff
        | 0xffa0 => Some(Invisible::ZeroWidth),
        0x200b..=0x200d | 0x2060..=0x2064 | 0x206a..=0x206f | 0x1d173..=0x1d17a => {
            Some(Invisible::ZeroWidth)
        }
        0x200e | 0x200f | 0x202a..=0x202e | 0x2066..=0x2069 => Some(Invisible::Bidi),
        0xe0000..=0xe007f => Some(Invisible::Tag),
        0x180b..=0x180d | 0xfe00..=0xfe0f | 0xe0100..=0xe01ef => Some(Invisible::VariationSelector),
        _ => None,
    }
}

/// Maps a lower-case look-alike letter to the Latin letter it imitates.
pub fn confusable(c: char) -> char {
    match c {
        // Cyrillic.
        'а' => 'a',
        'в' => 'b',
        'е' | 'ё' | 'є' => 'e',
        'к' => 'k',
        'м' => 'm',
        'н' | 'һ' => 'h',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'т' => 't',
        'у' | 'ү' => 'y',
        'х' => 'x',
        'ѕ' => 's',
        'і' | 'ї' => 'i',
        'ј' => 'j',
        'ԁ' => 'd',
        'ӏ' => 'l',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ո' => 'n',
        'ց' => 'g',
        // Greek.
        'α' => 'a',
        'β' => 'b',
        'ε' => 'e',
        'η' => 'n',
        'ι' => 'i',
        'κ' => 'k',
        'ν' => 'v',
        'ο' => 'o',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'χ' => 'x',
        'γ' => 'y',
        // Latin look-alikes outside ASCII.
        'ı' => 'i',
        'ɡ' => 'g',
        'ℓ' => 'l',
        _ => c,
    }
}

/// Maps typographic punctuation to the ASCII it stands for: dashes and the minus sign to `-`,
/// curly single quotes to `'`, curly double quotes to `"`.
/// Text that agents write is full of em dashes; with them in ASCII, the skeleton of such a text
/// is ASCII and every rule runs its fast ASCII regex (see `rules::RuleRegex`).
pub fn typographic(c: char) -> char {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{2018}'..='\u{201b}' => '\'',
        '\u{201c}'..='\u{201f}' => '"',
        _ => c,
    }
}

/// Whether a character is a letter of a script whose letters are mixed with Latin to fake
/// words (Cyrillic, Greek, Armenian).
pub fn is_lookalike_script(c: char) -> bool {
    (0x0370..=0x058f).contains(&(c as u32))
}

fn push(out: &mut Normalized, c: char, at: u32) {
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    out.text.push_str(s);
    for _ in 0..s.len() {
        out.map.push(at);
    }
}

/// Whether an ASCII byte passes through normalisation as itself, lower-cased: every ASCII byte
/// but the control characters [`invisible_class`] removes (all but tab, newline and return).
fn is_plain_ascii(b: u8) -> bool {
    matches!(b, 0x20..=0x7e | b'\t' | b'\n' | b'\r')
}

/// How many bytes at the start of `rest` are plain ASCII ([`is_plain_ascii`]): blocks of 32
/// bytes are tested whole by comparisons the compiler runs on vector registers, and only the
/// block that ends the run is read byte by byte (the byte-by-byte count cost ~4 instructions
/// a byte, over nearly every byte of a pattern).
fn plain_run(rest: &[u8]) -> usize {
    let mut run = 0usize;
    for block in rest.chunks(32) {
        if block.iter().fold(true, |all, &b| all & is_plain_ascii(b)) {
            run += block.len();
            continue;
        }
        return run + block.iter().take_while(|b| is_plain_ascii(**b)).count();
    }
    run
}

/// Normalises `input` into its skeleton.
///
/// Runs of plain ASCII (the bulk of almost every pattern) are copied lower-cased in one go with
/// an identity offset map; only the other characters take the per-character path.
pub fn normalize(input: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(input.len()),
        map: Vec::with_capacity(input.len() + 1),
        invisibles: Vec::new(),
    };
    let bytes = input.as_bytes();
    let mut i = 0usize;
    while i < bytes.len() {
        let run = bytes.get(i..).map_or(0, plain_run);
        if run > 0 {
            let end = i + run;
            if let Some(chunk) = input.get(i..end) {
                let from = out.text.len();
                out.text.push_str(chunk);
                if let Some(pushed) = out.text.get_mut(from..) {
                    pushed.make_ascii_lowercase();
                }
                // Offsets fit in u32: inputs are capped far below 4 GiB before normalising.
                // Checked once for the run (then a plain counting range, which vectorises);
                // per offset, as before, only if the run's end did not fit.
                match (u32::try_from(i), u32::try_from(end)) {
                    (Ok(a), Ok(b)) => out.map.extend(a..b),
                    _ => out
                        .map
                        .extend((i..end).map(|at| u32::try_from(at).unwrap_or(u32::MAX))),
                }
            }
            i = end;
            continue;
        }
        let Some(c) = input.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        slow_char(&mut out, i, c);
        i += c.len_utf8();
    }
    out.map.push(u32::try_from(input.len()).unwrap_or(u32::MAX));
    out
}

/// One character that is not plain ASCII: an invisible is recorded and dropped, anything else
/// is decomposed, stripped of combining marks, lower-cased and mapped off look-alikes.
fn slow_char(out: &mut Normalized, at: usize, c: char) {
    // A dash or a curly quote, the non-ASCII characters of most prose, goes straight to its
    // ASCII form: what [`general_char`] gives it too (a test holds this), without the
    // decomposition's table lookups.
    let ascii = typographic(c);
    if ascii != c {
        push(out, ascii, u32::try_from(at).unwrap_or(u32::MAX));
        return;
    }
    general_char(out, at, c);
}

/// [`slow_char`] for any character: an invisible is recorded and dropped, anything else is
/// decomposed, stripped of combining marks, lower-cased and mapped off look-alikes.
fn general_char(out: &mut Normalized, at: usize, c: char) {
    let at32 = u32::try_from(at).unwrap_or(u32::MAX);
    if let Some(class) = invisible_class(c) {
        out.invisibles.push((at, c, class));
        return;
    }
    decompose_compatible(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        for l in d.to_lowercase() {
            if is_combining_mark(l) {
                continue;
            }
            push(out, typographic(confusable(l)), at32);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The blockwise run length equals the byte-by-byte count, from every position of
        /// text mixing plain ASCII with controls and other characters.
        #[test]
        fn plain_run_equals_the_byte_count(
            text in "([ -~\t\n\r]{0,70}|\u{1b}|\u{7f}|\u{e9}|\u{200b}){0,6}",
        ) {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let rest = bytes.get(from..).unwrap_or(&[]);
                proptest::prop_assert_eq!(
                    plain_run(rest),
                    rest.iter().take_while(|b| is_plain_ascii(**b)).count()
                );
            }
        }
    }

    #[test]
    fn zero_width_and_cyrillic_do_not_hide_a_keyword() {
        let n = normalize("Ig\u{200d}nоre prеvious"); // Cyrillic о and е
        assert_eq!(n.text, "ignore previous");
        assert_eq!(n.invisibles.len(), 1);
        assert_eq!(n.invisibles[0].2, Invisible::ZeroWidth);
    }

    #[test]
    fn compatibility_forms_and_marks_fold() {
        let n = normalize("ＩＧＮＯＲＥ ｉ̸g̷n");
        assert_eq!(n.text, "ignore ign");
    }

    /// Every character [`typographic`] maps to ASCII comes out of the general path as that
    /// ASCII character too, so [`slow_char`] may take the short way.
    #[test]
    fn typographic_shortcut_equals_the_general_path() {
        for c in (0x80..=0x10_FFFFu32).filter_map(char::from_u32) {
            if typographic(c) == c {
                continue;
            }
            let mut general = Normalized {
                text: String::new(),
                map: Vec::new(),
                invisibles: Vec::new(),
            };
            general_char(&mut general, 7, c);
            let fast = normalize(&c.to_string());
            assert_eq!(general.text, fast.text, "U+{:04X}", u32::from(c));
            assert!(general.invisibles.is_empty());
            assert_eq!(general.map.len(), general.text.len());
        }
    }

    #[test]
    fn typographic_punctuation_becomes_ascii() {
        let src = "Don\u{2019}t \u{2014} \u{201c}ignore\u{201d} \u{2018}this\u{2019} \u{2212}1";
        let n = normalize(src);
        assert_eq!(n.text, "don't - \"ignore\" 'this' -1");
        assert!(n.text.is_ascii());
        // The dash maps back to the whole three-byte character.
        let dash = n.text.find('-').unwrap_or(0);
        let (s, e) = n.original_span(dash, dash + 1, src.len());
        assert_eq!(&src[s..e], "\u{2014}");
    }

    #[test]
    fn spans_map_back_to_the_original() {
        let src = "é\u{200b}AB";
        let n = normalize(src);
        assert_eq!(n.text, "eab");
        let (s, e) = n.original_span(1, 3, src.len());
        assert_eq!(&src[s..e], "AB");
    }

    /// The per-character normaliser as it was before the ASCII fast path (one character at a
    /// time; non-ASCII characters take the same `slow_char` path): the reference.
    fn reference(input: &str) -> Normalized {
        let mut out = Normalized {
            text: String::with_capacity(input.len()),
            map: Vec::with_capacity(input.len() + 1),
            invisibles: Vec::new(),
        };
        for (at, c) in input.char_indices() {
            // Offsets fit in u32: inputs are capped far below 4 GiB before normalising.
            let at32 = u32::try_from(at).unwrap_or(u32::MAX);
            if c.is_ascii() {
                if let Some(class) = invisible_class(c) {
                    out.invisibles.push((at, c, class));
                    continue;
                }
                out.text.push(c.to_ascii_lowercase());
                out.map.push(at32);
                continue;
            }
            slow_char(&mut out, at, c);
        }
        out.map.push(u32::try_from(input.len()).unwrap_or(u32::MAX));
        out
    }

    proptest::proptest! {
        #[test]
        fn same_skeleton_as_the_reference(
            s in "([a-zA-Z0-9 .\n\t]|\u{1b}|\u{7f}|\u{85}|\u{200b}|\u{202e}|\u{e0041}|\u{fe0f}|\u{0430}|\u{ff29}|\u{301}|\u{e9}|\u{1d400}){0,80}",
        ) {
            let (a, b) = (normalize(&s), reference(&s));
            proptest::prop_assert_eq!(&a.text, &b.text);
            proptest::prop_assert_eq!(&a.map, &b.map);
            proptest::prop_assert_eq!(&a.invisibles, &b.invisibles);
        }
    }

    #[test]
    fn tags_and_bidi_are_classified() {
        let n = normalize("a\u{202e}b\u{e0041}c");
        let classes: Vec<_> = n.invisibles.iter().map(|x| x.2).collect();
        assert_eq!(classes, vec![Invisible::Bidi, Invisible::Tag]);
    }
}
