//! How far into a match of a rule's regex its first literal can end, read from the regex's
//! syntax ([`left_reach`]). When every match of the regex contains one of the rule's own
//! literals, and the literal such a match holds ends at most `reach` bytes after the match
//! starts, then no match starts more than `reach` bytes before the end of the first literal
//! hit of a window: the engine starts the window's search there instead of at the window's
//! start (see `engine::scan_view`). That is the same search: see [`left_reach`].
//!
//! The test is conservative. A piece is covered (every match of it holds a literal) when it is
//! a literal holding a rule literal, a run of neighbouring pieces of a concatenation that
//! spells a small finite set of strings each holding a rule literal, a concatenation with a
//! covered piece, a repetition of at least once of a covered piece, or an alternation whose
//! every branch is covered. A class, a look-around or an optional piece is not. A rule that
//! fails the test is searched from the start of its windows, as before.

use regex_syntax::hir::{Class, Hir, HirKind};

/// Most strings a finite piece of a pattern is spelled out into when testing it (a case
/// folded word of six letters is 64 strings). Beyond this the piece is not spelled out.
const MAX_STRINGS: usize = 64;

/// Most characters of a class spelled out as strings.
const MAX_CLASS: usize = 4;

/// How far after a match's start the literal it holds can end: `Some(reach)` when every
/// match of `hir` contains one of `literals` (as bytes) ending at most `reach` bytes after the
/// match's start; `None` when that cannot be shown.
///
/// Why a window's search may then start at `t - reach`, `t` the end of the window's first hit
/// of the rule's literals: every match `[p, e)` inside the window holds a literal occurrence
/// `[s, u)` inside the window, with `u - p <= reach`. The prefilter reports every occurrence,
/// and none inside a window ends before its first hit (`engine::add_window`), so `u >= t` and
/// `p >= t - reach`. No match starts before that point, so the leftmost-first
/// search from there (the text before it still read for look-behind) finds the same first
/// match, and every later one, as the search from the window's start.
pub(crate) fn left_reach(hir: &Hir, literals: &[String]) -> Option<usize> {
    let literals: Vec<&[u8]> = literals
        .iter()
        .map(String::as_bytes)
        .filter(|l| !l.is_empty())
        .collect();
    reach(hir, &literals)
}

/// [`left_reach`] of a piece.
fn reach(hir: &Hir, literals: &[&[u8]]) -> Option<usize> {
    match hir.kind() {
        HirKind::Literal(lit) => holds_literal(&lit.0, literals).then_some(lit.0.len()),
        HirKind::Capture(cap) => reach(&cap.sub, literals),
        // The first repetition holds a literal that near the start.
        HirKind::Repetition(rep) if rep.min >= 1 => reach(&rep.sub, literals),
        HirKind::Alternation(subs) => subs
            .iter()
            .try_fold(0usize, |most, s| reach(s, literals).map(|r| most.max(r))),
        HirKind::Concat(subs) => {
            let mut best: Option<usize> = None;
            // Longest the pieces before the current one can match (`None`: unbounded).
            let mut before: Option<usize> = Some(0);
            // A run of neighbouring finite pieces spells a set of strings; each is a substring
            // of every match, ending where the run ends. Holding a literal stays true as the
            // run grows, so it is tested after each piece.
            let mut run: Option<Vec<Vec<u8>>> = None;
            for sub in subs {
                let Some(start) = before else {
                    break;
                };
                if let Some(r) = reach(sub, literals) {
                    best = Some(best.map_or(start + r, |b| b.min(start + r)));
                }
                let longest = sub.properties().maximum_len();
                match strings(sub) {
                    Some(set) => {
                        let grown = match run.take() {
                            Some(prefixes) => product(&prefixes, &set),
                            None => Some(set.clone()),
                        };
                        // Too many strings: start a new run at this piece.
                        run = grown.or(Some(set));
                        let end = longest.map(|l| start + l);
                        if let (Some(end), Some(r)) = (end, run.as_ref()) {
                            if r.iter().all(|s| holds_literal(s, literals)) {
                                best = Some(best.map_or(end, |b| b.min(end)));
                            }
                        }
                    }
                    None => run = None,
                }
                before = longest.map(|l| start + l);
            }
            best
        }
        _ => None,
    }
}

/// Whether `text` contains one of `literals`.
fn holds_literal(text: &[u8], literals: &[&[u8]]) -> bool {
    literals
        .iter()
        .any(|l| text.windows(l.len()).any(|w| w == *l))
}

/// Every concatenation of a string of `a` with a string of `b`, or `None` past
/// [`MAX_STRINGS`].
fn product(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if a.len().saturating_mul(b.len()) > MAX_STRINGS {
        return None;
    }
    Some(
        a.iter()
            .flat_map(|x| {
                b.iter().map(move |y| {
                    let mut s = x.clone();
                    s.extend_from_slice(y);
                    s
                })
            })
            .collect(),
    )
}

/// The strings `hir` matches, when they are few and it matches nothing else; zero-width
/// assertions match the empty string (what they hold of a match is nothing).
fn strings(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(vec![Vec::new()]),
        HirKind::Literal(lit) => Some(vec![lit.0.to_vec()]),
        HirKind::Class(Class::Unicode(class)) => {
            let mut out = Vec::new();
            for range in class.ranges() {
                for c in range.start()..=range.end() {
                    if out.len() >= MAX_CLASS {
                        return None;
                    }
                    out.push(c.to_string().into_bytes());
                }
            }
            Some(out)
        }
        HirKind::Class(Class::Bytes(class)) => {
            let mut out = Vec::new();
            for range in class.ranges() {
                for b in range.start()..=range.end() {
                    if out.len() >= MAX_CLASS {
                        return None;
                    }
                    out.push(vec![b]);
                }
            }
            Some(out)
        }
        HirKind::Capture(cap) => strings(&cap.sub),
        HirKind::Concat(subs) => {
            let mut out = vec![Vec::new()];
            for sub in subs {
                out = product(&out, &strings(sub)?)?;
            }
            Some(out)
        }
        HirKind::Alternation(subs) => {
            let mut out = Vec::new();
            for sub in subs {
                out.extend(strings(sub)?);
                if out.len() > MAX_STRINGS {
                    return None;
                }
            }
            Some(out)
        }
        HirKind::Repetition(rep) => {
            if Some(rep.min) != rep.max {
                return None;
            }
            let sub = strings(&rep.sub)?;
            let mut out = vec![Vec::new()];
            for _ in 0..rep.min {
                out = product(&out, &sub)?;
            }
            Some(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::left_reach;

    fn reach(pattern: &str, literals: &[&str]) -> Option<usize> {
        let hir = regex_automata::util::syntax::parse(pattern).ok()?;
        let literals: Vec<String> = literals.iter().map(|s| s.to_string()).collect();
        left_reach(&hir, &literals)
    }

    #[test]
    fn covered_patterns_get_how_far_their_literal_ends() {
        assert_eq!(reach(r"\bcurl\b[^\n]{0,10}-d", &["curl"]), Some(4));
        assert_eq!(reach(r"curl\s+\S+", &["curl"]), Some(4));
        assert_eq!(reach(r"(?:a|bc)?curl\s+", &["curl"]), Some(6));
        assert_eq!(
            reach(
                r"requests\.(?:post|put)\(",
                &["requests.post", "requests.put"]
            ),
            Some(13)
        );
        assert_eq!(reach(r"(?:ab|cd)x{2}", &["abx", "cdx"]), Some(4));
        // `\w` matches up to four bytes a character in Unicode: 12 + 3.
        assert_eq!(
            reach(r"(?:foo|ba)\s+x|\w{0,3}bar", &["foo", "ba", "bar"]),
            Some(15)
        );
        assert_eq!(reach(r"(?:curl\s+)+", &["curl"]), Some(4));
    }

    #[test]
    fn uncovered_patterns_get_none() {
        // A branch without a literal.
        assert_eq!(reach(r"curl|-d\s+@-", &["curl"]), None);
        // Unbounded before the literal.
        assert_eq!(reach(r"\w+curl", &["curl"]), None);
        assert_eq!(reach(r"(?:please\s+)?curl", &["curl"]), None);
        // Optional literal.
        assert_eq!(reach(r"x(?:curl)?", &["curl"]), None);
        // A literal only in part of a class, or in one case only.
        assert_eq!(reach(r"[ck]url", &["curl"]), None);
        assert_eq!(reach(r"(?i)curl", &["curl"]), None);
        assert_eq!(reach(r"(?:curl)*x", &["curl"]), None);
    }
}
