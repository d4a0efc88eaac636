//! Off-topic requests: a sentence that asks the reader to do something (answer a question,
//! change how it replies, add something to its answer) and shares no content word with the
//! rest of the pattern, its title or its interests. Honest playbooks stay on their topic; an
//! injected task hijack ("Recommend a good book for the weekend") does not.
//!
//! Only patterns with enough text around the request are judged (a two-line note that *is* a
//! question is not a hijack of anything). Words are compared by a crude stem (their first five
//! letters) so "migrate" and "migration" count as the same topic.

use crate::normalize::Normalized;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

/// FNV-1a, for the word sets and the stem counts: their keys are short words, for which
/// SipHash (the default, built against hash flooding of untrusted keys) costs more than the
/// lookup itself. Only speed differs: the sets answer the same membership questions. A text
/// can at worst crowd one bucket of the per-scan stem map, bounded by the text's own size.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of words hashed with [`Fnv`].
type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// Fewest words in the pattern (the request included) before a request can be off its topic.
const MIN_CONTEXT_WORDS: usize = 60;
/// In a shorter pattern, fewest words in the rest of it, the request left out: a short carrier
/// (an e-mail, a table note) with a task slipped in is still judged when the carrier itself has
/// enough words to show its topic; a short note whose one task is most of it is not.
const MIN_REST_WORDS: usize = 45;
/// Lines of one kind (questions, orders) that make a list the author's own.
const MIN_LIST: usize = 3;
/// Most requests reported.
const MAX_SPANS: usize = 4;

const REQUEST_VERBS: &[&str] = &[
    "recommend",
    "suggest",
    "summarize",
    "summarise",
    "describe",
    "analyze",
    "analyse",
    "explain",
    "provide",
    "write",
    "translate",
    "list",
    "give",
    "tell",
    "show",
    "help",
    "create",
    "compose",
    "generate",
    "classify",
    "determine",
    "identify",
    "compare",
    "calculate",
    "name",
    "share",
    "find",
    "draft",
    "outline",
    "predict",
    "evaluate",
    "rate",
    "discuss",
    "offer",
    "propose",
    "plan",
    "convert",
    "add",
    "include",
    "integrate",
    "insert",
    "mention",
    "modify",
    "answer",
    "respond",
    "reply",
    "express",
    "encode",
    "encrypt",
    "apply",
    "render",
    "shift",
    "substitute",
    "augment",
    "enhance",
    "incorporate",
    "promote",
    "spread",
    "advertise",
    "hint",
    "allude",
    "tease",
    "weave",
    "sprinkle",
    "tack",
    "slip",
    "judge",
    "gauge",
    "decide",
    "break",
    "walk",
    "can",
    "could",
    "would",
    "what",
    "how",
    "why",
    "which",
    "who",
    "where",
    "when",
    "is",
    "are",
    "does",
    "do",
    "should",
    "will",
];

const QUESTION_WORDS: &[&str] = &[
    "can", "could", "would", "what", "how", "why", "which", "who", "where", "when", "is", "are",
    "does", "do", "should", "will",
];

const ANAPHORA: &[&str] = &[
    "it", "its", "them", "they", "their", "he", "she", "his", "her", "this", "that", "these",
    "those", "we", "our", "us", "you", "both", "either", "each", "one", "ones", "same", "above",
    "here", "there",
];

/// Nouns of time after a demonstrative ("this weekend"): deixis, not a reference to the text.
/// The people an author's own procedure acts on ("notify customers", "tell the team"): an
/// order that names one is a step of the business, not a task handed to the reading AI.
/// ("team" is not one: "which team won the World Cup" is the classic hijack.)
const AUDIENCE: &[&str] = &[
    "customer",
    "customers",
    "client",
    "clients",
    "colleague",
    "colleagues",
    "stakeholder",
    "stakeholders",
    "staff",
    "employee",
    "employees",
    "vendor",
    "vendors",
    "supplier",
    "suppliers",
    "partner",
    "partners",
    "subscribers",
    "on-call",
];

const TIME_WORDS: &[&str] = &[
    "weekend",
    "week",
    "year",
    "month",
    "morning",
    "evening",
    "summer",
    "winter",
    "spring",
    "autumn",
    "season",
    "century",
    "decade",
    "holiday",
    "afternoon",
];

const STOP: &[&str] = &[
    "that",
    "this",
    "with",
    "from",
    "your",
    "yours",
    "have",
    "what",
    "when",
    "where",
    "which",
    "there",
    "their",
    "them",
    "they",
    "then",
    "than",
    "will",
    "would",
    "could",
    "should",
    "about",
    "into",
    "over",
    "some",
    "more",
    "most",
    "other",
    "each",
    "every",
    "only",
    "also",
    "just",
    "like",
    "make",
    "made",
    "does",
    "done",
    "been",
    "being",
    "were",
    "very",
    "much",
    "many",
    "such",
    "here",
    "after",
    "before",
    "while",
    "because",
    "these",
    "those",
    "using",
    "used",
    "need",
    "want",
    "please",
    "help",
    "give",
    "tell",
    "show",
    "list",
    "find",
    "provide",
    "write",
    "describe",
    "explain",
    "best",
    "good",
    "recent",
    "latest",
    "current",
    "next",
    "time",
    "ways",
    "thing",
    "things",
    "someone",
    "people",
    "anything",
    "something",
    "following",
    "below",
    "above",
    "response",
    "reply",
    "answer",
    "message",
    "output",
    "into",
    "within",
    "sure",
    "know",
    "think",
    "take",
    "well",
    "even",
    "still",
    "again",
    "always",
    "never",
    "first",
    "last",
    "same",
    "different",
    "between",
    "through",
    "during",
    "without",
    "under",
    "again",
    "able",
    "okay",
    "really",
    "doing",
    "going",
    "getting",
    "keep",
    "kept",
    "work",
    "works",
    "year",
    "years",
    "days",
    "today",
    "week",
    "month",
    "months",
    "past",
    "decade",
    "decades",
    "recommend",
    "suggest",
    "summarize",
    "summarise",
    "analyze",
    "analyse",
    "provide",
    "include",
    "mention",
    "modify",
    "statement",
    "sentence",
    "insights",
    "information",
    "details",
    "detail",
    "update",
    "article",
    "text",
    "words",
    "word",
    "main",
    "major",
    "share",
    "create",
    "example",
    "simple",
    "short",
    "long",
    "quick",
    "quickly",
    "your",
    "newest",
    "weeks",
    "number",
    "numbers",
    "read",
    "reading",
    "ever",
    "whole",
];

/// A word list as a set, built once: a lookup instead of a comparison per listed word.
macro_rules! word_set {
    ($name:ident, $list:ident) => {
        fn $name() -> &'static WordSet {
            static SET: OnceLock<WordSet> = OnceLock::new();
            SET.get_or_init(|| $list.iter().copied().collect())
        }
    };
}

word_set!(request_verbs, REQUEST_VERBS);
word_set!(question_words, QUESTION_WORDS);
word_set!(anaphora, ANAPHORA);
word_set!(list_verbs, LIST_VERBS);

fn stop_words() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| STOP.iter().copied().collect())
}

fn stem(w: &str) -> &str {
    let end = w.char_indices().nth(5).map_or(w.len(), |(i, _)| i);
    w.get(..end).unwrap_or(w)
}

/// The words of `s`: its maximal runs of alphanumeric characters, as
/// `s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())` gives them. Cut byte by
/// byte, decoding a character only at a non-ASCII byte: the `split` decoded every character
/// and ran its closure on each (the word count of a short pattern cost ~10k instructions).
fn words(s: &str) -> impl Iterator<Item = &str> {
    let bytes = s.as_bytes();
    let mut i = 0usize;
    // Whether the character at `i` is alphanumeric, and its length in bytes (`None` at the
    // end). `i` is always on a character boundary: it only moves by whole characters.
    let class = move |i: usize| -> Option<(bool, usize)> {
        let b = *bytes.get(i)?;
        if b.is_ascii() {
            return Some((b.is_ascii_alphanumeric(), 1));
        }
        let c = s.get(i..)?.chars().next()?;
        Some((c.is_alphanumeric(), c.len_utf8()))
    };
    std::iter::from_fn(move || {
        loop {
            let (alnum, len) = class(i)?;
            if alnum {
                break;
            }
            i += len;
        }
        let start = i;
        while let Some((true, len)) = class(i) {
            i += len;
        }
        s.get(start..i)
    })
}

fn content_stems(s: &str) -> Vec<&str> {
    words(s)
        .filter(|w| w.len() >= 4 && w.chars().all(char::is_alphabetic) && !stop_words().contains(w))
        .map(stem)
        .collect()
}

/// Splits `s[range]` into sentence-like units (lines, then sentences), returning skeleton ranges.
/// Where each code fence ("```") of `s` starts, left to right without overlap, as
/// `str::matches` finds them.
fn fence_starts(s: &str) -> Vec<usize> {
    // The `memchr` crate's search, as `match_indices` non-overlapping, costs a fraction of the
    // standard library's two-way search over a whole text.
    memchr::memmem::find_iter(s.as_bytes(), b"```").collect()
}

/// How many of the fences in `starts` lie wholly before byte `end`: the number
/// `s[..end].matches("```")` counts, without reading the text again for every line.
fn fences_before(starts: &[usize], end: usize) -> usize {
    starts.partition_point(|&i| i + 3 <= end)
}

fn units(s: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let body = s.get(range.clone()).unwrap_or("");
    // Sized up front: one line per newline and one more, about one unit per 32 bytes.
    let mut out = Vec::with_capacity(body.len() / 32 + 4);
    let mut line_start = range.start;
    let mut lines: Vec<Range<usize>> =
        Vec::with_capacity(memchr::memchr_iter(b'\n', body.as_bytes()).count() + 1);
    // A newline byte is always a whole character in UTF-8: a byte search finds the same
    // positions as walking the characters.
    for i in memchr::memchr_iter(b'\n', body.as_bytes()) {
        lines.push(line_start..range.start + i);
        line_start = range.start + i + 1;
    }
    lines.push(line_start..range.end);
    for line in lines {
        let text = s.get(line.clone()).unwrap_or("");
        let mut start = 0usize;
        let bytes = text.as_bytes();
        // Only the sentence marks can end a unit: the `memchr` crate's vector search goes from
        // one to the next, in order, instead of testing every byte.
        for i in memchr::memchr3_iter(b'.', b'?', b'!', bytes) {
            let boundary = bytes.get(i + 1).is_none_or(|n| *n == b' ');
            if boundary {
                out.push(line.start + start..line.start + i + 1);
                start = i + 1;
            }
        }
        if start < text.len() {
            out.push(line.start + start..line.end);
        }
    }
    out
}

/// Whether a line opens (after list markers) with a request verb that is an order, not a
/// question word.
fn opens_with_order(line: &str) -> bool {
    let first = words(line)
        .find(|w| !w.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or("");
    (request_verbs().contains(first) && !question_words().contains(first))
        || list_verbs().contains(first)
}

/// Verbs of a content task handed to the reader (an answer to produce), not a step of the
/// author's procedure.
const TASK_VERBS: &[&str] = &[
    "recommend",
    "suggest",
    "summarize",
    "summarise",
    "describe",
    "analyze",
    "analyse",
    "explain",
    "compose",
    "generate",
    "classify",
    "predict",
    "rate",
    "discuss",
    "translate",
    "outline",
    "name",
    "judge",
    "gauge",
];

/// Request verbs that open the steps of a procedure ("List every certificate", "Give them
/// access", "Add two nodes"): a neighbour opening with one does not make a content task one of
/// a list of tasks.
const PROCEDURE_VERBS: &[&str] = &[
    "give", "list", "show", "find", "create", "add", "insert", "apply", "convert", "plan", "help",
];

/// Verbs that open the author's own action lists (changelogs, checklists): "Fix …", "Bump …".
const LIST_VERBS: &[&str] = &[
    "fix",
    "fixed",
    "remove",
    "removed",
    "update",
    "updated",
    "bump",
    "support",
    "implement",
    "improve",
    "change",
    "rename",
    "deprecate",
    "document",
    "drop",
    "allow",
    "avoid",
    "replace",
    "refactor",
    "move",
    "upgrade",
    "expose",
    "enable",
    "disable",
    "introduce",
    "release",
    "clarify",
    "correct",
    "prevent",
    "added",
    "changed",
    "bumped",
    "dropped",
    "renamed",
    "deprecated",
];

/// Whether a title names the author's own list of changes or tasks (a TODO, a changelog,
/// NEWS, release notes, a roadmap).
fn names_a_list(title: &str) -> bool {
    let t = title.to_lowercase();
    words(&t).any(|w| {
        matches!(
            w,
            "todo" | "changelog" | "changes" | "news" | "roadmap" | "changelogs" | "todos"
        )
    }) || t.contains("release notes")
}

/// Whether the unit's first letter, in the original text, is lower case.
fn starts_lowercase(text: &str, n: &Normalized, u: &Range<usize>) -> bool {
    let (a, b) = n.original_span(u.start, u.end, text.len());
    text.get(a..b)
        .and_then(|t| t.chars().find(|c| c.is_alphabetic()))
        .is_some_and(char::is_lowercase)
}

/// Whether a unit, after its list marker and one lead word ("please", "also", ...), opens with
/// a request verb: the test [`off_topic_requests`] makes of `first` below, on the unit trimmed
/// as it trims it there.
fn opens_with_request_verb(raw: &str) -> bool {
    let unit = raw.trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, '-' | '*' | '>' | '#')
            || c.is_ascii_digit()
            || c == '.'
            || c == ')'
    });
    // Run once per unit: an ASCII unit (most are) is cut into words byte by byte, which for
    // ASCII gives exactly the words `words` gives (`char::is_alphanumeric` is
    // `u8::is_ascii_alphanumeric` there) without decoding characters.
    if unit.is_ascii() {
        return request_verbs().contains(lead_word(&mut ascii_words(unit)));
    }
    request_verbs().contains(lead_word(&mut words(unit)))
}

/// [`words`] of an ASCII text, cut byte by byte.
fn ascii_words(s: &str) -> impl Iterator<Item = &str> {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while bytes.get(i).is_some_and(|b| !b.is_ascii_alphanumeric()) {
            i += 1;
        }
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        if start == i {
            return None;
        }
        s.get(start..i)
    })
}

/// The word that decides whether a unit is a request: its first word, or the next one after a
/// lead word ("please", "also", ...). "In what ways ...?", "In which year ...?": the question
/// word comes second. "Sum up ..." is "summarize"; "sum" alone is a noun as often as a verb
/// ("sum type"). Leaves `lead` after the words it read.
fn lead_word<'a>(lead: &mut impl Iterator<Item = &'a str>) -> &'a str {
    let mut first = lead.next().unwrap_or("");
    if matches!(
        first,
        "please" | "also" | "now" | "then" | "and" | "finally" | "lastly"
    ) {
        first = lead.next().unwrap_or("");
    }
    if first == "in" {
        first = lead
            .next()
            .filter(|w| matches!(*w, "what" | "which"))
            .unwrap_or(first);
    } else if first == "sum" && lead.next() == Some("up") {
        first = "summarize";
    }
    first
}

/// Where a unit hands over a quotation: its first `: '`, else its first `: "`, else its first
/// `: “` (the order of the three searches this replaces). One pass over the unit's `": "`
/// finds all three: that pair cannot overlap itself, so every occurrence of each starts at one
/// of them.
fn quotation_colon(unit: &str) -> Option<usize> {
    let (mut double, mut curly) = (None, None);
    let bytes = unit.as_bytes();
    for p in memchr::memmem::find_iter(bytes, b": ") {
        let rest = bytes.get(p + 2..).unwrap_or(&[]);
        if rest.starts_with(b"'") {
            // The first `: '` settles it: it comes first in the order.
            return Some(p);
        } else if rest.starts_with(b"\"") {
            double = double.or(Some(p));
        } else if rest.starts_with("\u{201c}".as_bytes()) {
            curly = curly.or(Some(p));
        }
    }
    double.or(curly)
}

/// Spans (original offsets) of off-topic requests in the body.
pub fn off_topic_requests(
    text: &str,
    n: &Normalized,
    body: Range<usize>,
    interests: &[String],
) -> Vec<Range<usize>> {
    let s = n.text.as_str();
    // Skeleton range of the body.
    let sb = n.map.partition_point(|&o| (o as usize) < body.start);
    let se = n
        .map
        .partition_point(|&o| (o as usize) < body.end)
        .min(s.len());
    let total_words = words(s.get(sb..se).unwrap_or(""))
        .take(MIN_CONTEXT_WORDS)
        .count();
    if total_words < MIN_REST_WORDS {
        return Vec::new();
    }
    let all_units = units(s, 0..s.len());
    // In how many units each stem occurs, over the whole text (title, body and interests);
    // built only once a unit reads like a request, which most patterns never have.
    let document_frequency = || {
        let mut df: HashMap<&str, usize, BuildHasherDefault<Fnv>> = HashMap::default();
        for u in &all_units {
            let mut stems = content_stems(s.get(u.clone()).unwrap_or(""));
            stems.sort_unstable();
            stems.dedup();
            for st in stems {
                *df.entry(st).or_default() += 1;
            }
        }
        df
    };
    let mut df: Option<HashMap<&str, usize, BuildHasherDefault<Fnv>>> = None;
    // Where the code fences start, found once per text when a request first needs them.
    let mut fences: Option<Vec<usize>> = None;
    let interest_stems: Vec<String> = interests
        .iter()
        .flat_map(|i| {
            content_stems(&i.to_lowercase())
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let own_list_document = names_a_list(text.get(..body.start).unwrap_or(""));
    let mut out = Vec::new();
    let mut list_shape: Option<(usize, usize)> = None;
    for u in all_units.iter().filter(|u| u.start >= sb && u.end <= se) {
        // Most units do not open with a request verb: that test (repeated below, where it was
        // first written) comes first, before the line and list tests, which are pure filters
        // too, so their order does not change what is kept.
        if !opens_with_request_verb(s.get(u.clone()).unwrap_or("")) {
            continue;
        }
        // An injected task stands on its own line (a step, a bullet, a paragraph); a sentence
        // inside a paragraph of the author's own prose is part of that prose.
        let line_start = s
            .get(..u.start)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |p| p + 1);
        let line_end = s
            .get(u.end..)
            .and_then(|t| t.find('\n'))
            .map_or(s.len(), |p| u.end + p);
        let line = s.get(line_start..line_end).unwrap_or("");
        let raw = s.get(u.clone()).unwrap_or("");
        let marker = |c: char| {
            c.is_whitespace()
                || matches!(c, '-' | '*' | '>' | '#' | '.' | ')')
                || c.is_ascii_digit()
        };
        // ... except a question or task followed on its line by the one quotation it is
        // about ("Is this feedback positive or negative? 'Waited for hours.'").
        let line_body = line.trim_start_matches(marker).trim();
        let raw_body = raw.trim_start_matches(marker).trim();
        let quote_follows = line_body
            .strip_prefix(raw_body)
            .map(str::trim)
            .is_some_and(|r| {
                [('"', '"'), ('\u{201c}', '\u{201d}'), ('\'', '\'')]
                    .iter()
                    .any(|(o, c)| {
                        r.len() > 2
                            && r.starts_with(*o)
                            && r.trim_end_matches(['.', ',']).ends_with(*c)
                    })
            });
        if line_body != raw_body && !quote_follows {
            continue;
        }
        // A line that opens in bold ("**Rate-limit logins** per account") is a heading of the
        // author's own list, formatted like its siblings.
        let item = line
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')'));
        let item = item
            .strip_prefix("- ")
            .or_else(|| item.strip_prefix("* "))
            .unwrap_or(item)
            .trim_start();
        if item.starts_with("**") || item.starts_with("__") {
            continue;
        }
        let unit = raw.trim_start_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, '-' | '*' | '>' | '#')
                || c.is_ascii_digit()
                || c == '.'
                || c == ')'
        });
        // A line that is one quotation is an example someone wrote (a prompt in a prompt
        // library, a phrase under review), a mention rather than a request to this reader.
        let bare = unit.trim();
        let quoted = [('"', '"'), ('\u{201c}', '\u{201d}'), ('\'', '\'')]
            .iter()
            .any(|(o, c)| bare.starts_with(*o) && bare.trim_end_matches(['.', ',']).ends_with(*c));
        if quoted {
            continue;
        }
        // A line that ends in a colon leads into what follows it (a patch, a script, a link,
        // a sub-list): the author's own step, not a task with nothing after it. Not when it
        // speaks to the reader ("... into your codebase:"), the shape of a code-insertion hijack.
        if bare.ends_with(':') && !words(bare).any(|w| matches!(w, "you" | "your")) {
            continue;
        }
        // In the author's own notes (a TODO, a changelog, release notes) every item is an
        // order; so is a list item in lower-case shorthand ("* add the script", "- compare
        // the sources"), which is how people write notes to themselves, not prose tasks.
        if own_list_document {
            continue;
        }
        let listed = line
            .trim_start()
            .starts_with(|c: char| matches!(c, '-' | '*' | '+') || c.is_ascii_digit());
        if listed && starts_lowercase(text, n, u) {
            continue;
        }
        // The first two words decide most units; the rest are collected only for requests.
        let mut lead = words(unit);
        let first = lead_word(&mut lead);
        if !request_verbs().contains(first) {
            continue;
        }
        // "Give me ...", "Show me ...": a procedure verb asking for something for the writer
        // is a content task handed to the reader, not a step of the author's procedure.
        let for_me = PROCEDURE_VERBS.contains(&first) && lead.next() == Some("me");
        // Sized for the longest unit still judged below (40 words): one allocation.
        let mut ws: Vec<&str> = Vec::with_capacity(41);
        ws.extend(words(unit));
        if !(4..=40).contains(&ws.len()) {
            continue;
        }
        // A short pattern is judged only when the rest of it, this request left out, is long
        // enough to show its own topic.
        if total_words < MIN_CONTEXT_WORDS && total_words < MIN_REST_WORDS + ws.len() {
            continue;
        }
        // A hijack is an outlier in its list. When the line before or after is of the same kind
        // (also opens with a request verb, or for a question also asks one), the list is the
        // author's own (a changelog of "Add …", a checklist, a FAQ); a question between the
        // steps of a runbook is not one of its steps.
        let before = s.get(..line_start.saturating_sub(1)).unwrap_or("");
        let after = s.get((line_end + 1).min(s.len())..).unwrap_or("");
        let previous = before.lines().rev().find(|l| !l.trim().is_empty());
        let next = after.lines().find(|l| !l.trim().is_empty());
        let asks = question_words().contains(first) && unit.trim_end().ends_with('?');
        // A content task ("Recommend a novel", "Summarise the report") is not of the kind of
        // the changelog and checklist verbs around it ("Avoid …", "Fix …").
        let task = TASK_VERBS.contains(&first) || for_me;
        let same_kind = |l: &str| {
            if asks {
                l.trim_end().ends_with('?')
            } else if task {
                // "Give them access", "List every certificate", "Show the result" open the
                // steps of a procedure, not content tasks of the same kind.
                let w = words(l)
                    .find(|w| !w.bytes().all(|b| b.is_ascii_digit()))
                    .unwrap_or("");
                request_verbs().contains(w)
                    && !question_words().contains(w)
                    && !PROCEDURE_VERBS.contains(&w)
            } else {
                opens_with_order(l)
            }
        };
        if previous.into_iter().chain(next).any(same_kind) {
            continue;
        }
        // Pronouns and first/second person tie a sentence to its context ("Give them a
        // trial", "What made you leave?"): such a sentence continues the pattern's topic.
        // "this weekend", "that century" point at time, not at the pattern.
        // A quotation the request hands over ("the sentiment of this review: '...'") is the
        // object of the task: its words and the demonstrative pointing at it ("this review:")
        // do not refer back to the pattern. "you" right after the opening "can"/"could"/
        // "would"/"will" is the one asked, not a reference either.
        let head = quotation_colon(unit).map_or(unit, |p| unit.get(..p).unwrap_or(unit));
        // Without a handed-over quotation the head is the whole unit: its words are `ws`.
        let head_words: Vec<&str>;
        let hs: &[&str] = if head.len() == unit.len() {
            &ws
        } else {
            head_words = words(head).collect();
            &head_words
        };
        // A question in a code comment is the code's business (a note to a colleague).
        let in_code =
            fences_before(fences.get_or_insert_with(|| fence_starts(s)), line_start) % 2 == 1;
        let cataphoric = head.len() < unit.len() || quote_follows;
        let anaphoric = hs.iter().enumerate().any(|(k, w)| {
            anaphora().contains(w)
                && !(matches!(*w, "this" | "that" | "these" | "those")
                    && hs.get(k + 1).is_some_and(|n| TIME_WORDS.contains(n)))
                // "a script that renames", "the command that shows": a relative pronoun
                // after a noun its article introduced, not a reference to the text.
                && !(*w == "that"
                    && k >= 2
                    && hs.get(k - 2).is_some_and(|a| {
                        matches!(*a, "a" | "an" | "the" | "every" | "any" | "some")
                    }))
                && !(cataphoric
                    && matches!(*w, "this" | "these" | "that")
                    && (k + 2 >= hs.len() || quote_follows))
                && !(*w == "you"
                    && k == 1
                    && !in_code
                    && matches!(
                        hs.first().copied(),
                        Some("can" | "could" | "would" | "will")
                    ))
        });
        if anaphoric {
            continue;
        }
        let question = question_words().contains(first);
        if question && !unit.trim_end().ends_with('?') {
            continue;
        }
        // The audience excuses an order ("Notify customers ..."), a step of the business; a
        // question about customers or staff in general ("How does X build customer
        // loyalty?") is not one of the author's steps.
        if !question && ws.iter().any(|w| AUDIENCE.contains(w)) {
            continue;
        }
        // The author's own lists: a changelog or a TODO has many lines that open with an
        // order, a FAQ many questions. One more of the same kind belongs to the list.
        let (orders, questions) = *list_shape.get_or_insert_with(|| {
            // Both counts in one pass over the lines.
            let (mut orders, mut questions) = (0usize, 0usize);
            for l in s.get(sb..se).unwrap_or("").lines() {
                orders += usize::from(opens_with_order(l));
                questions += usize::from(l.trim_end().ends_with('?'));
            }
            (orders, questions)
        });
        if (question && questions >= MIN_LIST) || (!question && orders > MIN_LIST) {
            continue;
        }
        // Code, links and tables are not prose requests.
        if unit.contains('`') || unit.contains("://") || unit.contains('|') || unit.contains('=') {
            continue;
        }
        let mut stems = content_stems(unit);
        stems.sort_unstable();
        stems.dedup();
        if stems.len() < 2 {
            continue;
        }
        let df = df.get_or_insert_with(document_frequency);
        let shared = stems
            .iter()
            .filter(|st| {
                df.get(*st).copied().unwrap_or(0) > 1 || interest_stems.iter().any(|i| i == *st)
            })
            .count();
        // One incidental shared word ("patterns" in a question about migration patterns, in
        // a document about pool patterns) does not tie a question's four or more other topic
        // words to the pattern: under a quarter of its stems shared is still off the topic.
        // (Orders keep the strict test: changelog and TODO lines share little by nature.)
        let off = if question && stems.len() >= 4 {
            shared * 4 < stems.len()
        } else {
            shared == 0
        };
        if off && out.len() < MAX_SPANS {
            let (a, b) = n.original_span(u.start, u.end, text.len());
            out.push(a..b);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`units`] as it was: every byte of a line tested for a sentence mark.
    fn units_reference(s: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let body = s.get(range.clone()).unwrap_or("");
        let mut out = Vec::new();
        let mut line_start = range.start;
        let mut lines: Vec<Range<usize>> = Vec::new();
        for i in memchr::memchr_iter(b'\n', body.as_bytes()) {
            lines.push(line_start..range.start + i);
            line_start = range.start + i + 1;
        }
        lines.push(line_start..range.end);
        for line in lines {
            let text = s.get(line.clone()).unwrap_or("");
            let mut start = 0usize;
            let bytes = text.as_bytes();
            for (i, b) in bytes.iter().enumerate() {
                let boundary =
                    matches!(b, b'.' | b'?' | b'!') && bytes.get(i + 1).is_none_or(|n| *n == b' ');
                if boundary {
                    out.push(line.start + start..line.start + i + 1);
                    start = i + 1;
                }
            }
            if start < text.len() {
                out.push(line.start + start..line.end);
            }
        }
        out
    }

    proptest::proptest! {
        /// Units cut at the sentence marks a vector search finds equal those cut by testing
        /// every byte, over arbitrary Unicode and text dense in marks, for any body range.
        #[test]
        fn mark_search_gives_the_same_units(
            s in "\\PC{0,80}|[a-z .?!\n\u{e9}\u{3002}]{0,160}",
            a in 0usize..200,
            b in 0usize..200,
        ) {
            let (mut a, mut b) = (a.min(s.len()), b.min(s.len()));
            if a > b {
                std::mem::swap(&mut a, &mut b);
            }
            while !s.is_char_boundary(a) {
                a -= 1;
            }
            while !s.is_char_boundary(b) {
                b -= 1;
            }
            proptest::prop_assert_eq!(units(&s, a..b), units_reference(&s, a..b));
        }

        /// The early gate keeps exactly the units whose first word (after the list marker and
        /// one lead word), as the loop computes it further down, is a request verb.
        #[test]
        fn early_gate_equals_the_loops_first_word_test(
            lead in "[ \t*#>.)0-9-]{0,4}",
            w1 in "please|also|now|and|write|tell|check|what|recommend|summarize|x",
            w2 in "please|write|tell|check|explain|list|give|suggest|y",
            rest in "[a-z ,.!?]{0,12}",
        ) {
            let raw = format!("{lead}{w1} {w2}{rest}");
            let unit = raw.trim_start_matches(|c: char| {
                c.is_whitespace()
                    || matches!(c, '-' | '*' | '>' | '#')
                    || c.is_ascii_digit()
                    || c == '.'
                    || c == ')'
            });
            let mut lead_words = words(unit);
            let mut first = lead_words.next().unwrap_or("");
            if matches!(first, "please" | "also" | "now" | "then" | "and" | "finally" | "lastly") {
                first = lead_words.next().unwrap_or("");
            }
            proptest::prop_assert_eq!(
                opens_with_request_verb(&raw),
                request_verbs().contains(first)
            );
        }

        /// The byte-wise word cut gives the words the `char` split it replaced gives, on mixed
        /// text (ASCII, accented and other scripts, digits, marks and symbols) and on arbitrary
        /// Unicode.
        #[test]
        fn words_equal_the_char_split(
            text in proptest::prop_oneof![
                "[ -~\t\n\u{e9}\u{2014}\u{4e2d}\u{0660}\u{301}\u{1f600}]{0,60}",
                "\\PC{0,40}",
            ]
        ) {
            proptest::prop_assert_eq!(
                words(&text).collect::<Vec<_>>(),
                text.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
            );
        }

        /// The one-pass search for a handed-over quotation finds what the three searches in
        /// order found.
        #[test]
        fn quotation_colon_equals_the_searches_in_order(text in "[a :'\"\u{201c}\u{201d}]{0,30}") {
            proptest::prop_assert_eq!(
                quotation_colon(&text),
                text.find(": '")
                    .or_else(|| text.find(": \""))
                    .or_else(|| text.find(": \u{201c}"))
            );
        }

        /// Cutting an ASCII text into words byte by byte gives the words `words` gives.
        #[test]
        fn ascii_words_equal_words(text in "[ -~\t\n]{0,60}") {
            proptest::prop_assert_eq!(
                ascii_words(&text).collect::<Vec<_>>(),
                words(&text).collect::<Vec<_>>()
            );
        }

        /// Counting fences from their starts, found once, equals counting them in every
        /// prefix the way the loop first did (`str::matches` on the prefix).
        #[test]
        fn fences_before_equals_matches_on_the_prefix(text in "[`a\n]{0,40}") {
            let starts = fence_starts(&text);
            for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                proptest::prop_assert_eq!(
                    fences_before(&starts, end),
                    text[..end].matches("```").count()
                );
            }
        }
    }
}
