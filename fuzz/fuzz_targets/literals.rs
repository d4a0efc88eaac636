//! Fuzz target: the rules' prefilter (`literals.rs`, a search of its own built for speed)
//! reports exactly what an overlapping Aho-Corasick search reports, in the same order: every
//! occurrence of every literal, by end, longest first, then by literal index. An even first
//! byte searches the rest of the input for the built-in rules' literals; an odd one takes the
//! literals from the input (newline-separated, up to the first NUL, at most 64) and searches
//! what follows the NUL.
#![no_main]

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use libfuzzer_sys::fuzz_target;
use scanner::fuzzing::{Literals, builtin_patterns};
use std::sync::OnceLock;

/// Most literals taken from one input.
const MAX_LITERALS: usize = 64;

fn builtin() -> &'static Option<(Literals, AhoCorasick)> {
    static PAIR: OnceLock<Option<(Literals, AhoCorasick)>> = OnceLock::new();
    PAIR.get_or_init(|| {
        let patterns = builtin_patterns();
        let ac = reference_search(&patterns)?;
        Some((Literals::new(&patterns), ac))
    })
}

fn reference_search<P: AsRef<[u8]>>(patterns: &[P]) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
        .ok()
}

fn agree(literals: &Literals, ac: &AhoCorasick, haystack: &[u8]) {
    let mut found = Vec::new();
    literals.find_overlapping(haystack, &mut found);
    let ours: Vec<(usize, usize, usize)> =
        found.iter().map(|m| (m.pattern, m.start, m.end)).collect();
    let theirs: Vec<(usize, usize, usize)> = ac
        .find_overlapping_iter(haystack)
        .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
        .collect();
    assert_eq!(ours, theirs);
}

fuzz_target!(
    // Compiling the built-in rules takes seconds: done once before the first input, so that
    // it is not counted against that input's time.
    init: {
        builtin();
    },
    |data: &[u8]| check(data)
);

/// One input, read as the module's documentation says.
fn check(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode % 2 == 0 {
        if let Some((literals, ac)) = builtin() {
            agree(literals, ac, rest);
        }
        return;
    }
    let (head, haystack) = match rest.iter().position(|&b| b == 0) {
        Some(p) => {
            let (head, tail) = rest.split_at(p);
            (head, tail.get(1..).unwrap_or(&[]))
        }
        None => (rest, &[][..]),
    };
    let patterns: Vec<&[u8]> = head
        .split(|&b| b == b'\n')
        .filter(|p| !p.is_empty())
        .take(MAX_LITERALS)
        .collect();
    if patterns.is_empty() {
        return;
    }
    if let Some(ac) = reference_search(&patterns) {
        agree(&Literals::new(&patterns), &ac, haystack);
    }
}
