//! The regex gate: whether a rule's regex has any match in a window, asked for several windows
//! at once, before the regex itself looks for where the matches are.
//!
//! Why: a lazy DFA search on this kind of machine costs about 2 ns a byte whatever the
//! pattern, because each byte's step waits for the table entry that the previous step loaded
//! (`scanner/EVAL.md`, session 16). Searches of different rules do not wait on each other, so
//! walking four of them side by side, one byte of each per step, overlaps their loads. Most
//! windows hold no match: the engine asks the gate about every window of an ASCII text and
//! runs the rule's regex only in the windows the gate says may hold one.
//!
//! Why the answer is exact: a rule's gate is a lazy DFA built from the same syntax tree as the
//! rule's ASCII regex (the one the engine runs on those windows), searching the same span with
//! the same look-behind. A DFA searching unanchored enters a match state one byte after some
//! match ends (or at the end of the input), so a walk that reaches the end without one proves
//! that the regex finds nothing there. Anything unexpected (a cache cleared too often, a quit
//! byte, an error) answers "may match", and the regex then runs as it would without a gate.
//!
//! Four searches share no cache: each lane uses its own rule's cache, so a batch never holds
//! two windows of one rule (a cache cleared by one lane would void the other's states).

use regex_automata::Input;
use regex_automata::hybrid::LazyStateID;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson;
use regex_syntax::hir::Hir;
use std::sync::{Arc, Mutex};

/// Searches walked side by side. Measured in session 17 with every regex rule gated, per scan
/// of the bench's 4 KiB text: two lanes 132-141 µs, three 110 µs, four 104-112 µs. More lanes
/// than four do not fit the registers: each needs its text, table and state at hand.
const LANES: usize = 4;

/// Cache clears one search may cause before it gives up and answers "may match". A window is
/// at most a few KiB, so a search that fills the cache twice is one whose text makes the DFA
/// build a state on most bytes, where the regex's own engine choice does better.
const MAX_CLEARS: usize = 2;

/// Builds a rule's gate from the syntax tree its ASCII regex is built from (Unicode off), with
/// the regex's size limit and a lazy DFA cache of at most `cache` bytes; `None` if it does not
/// build (the rule then runs without a gate).
pub(crate) fn build(hir: &Hir, size_limit: usize, cache: usize) -> Option<DFA> {
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(size_limit))
                .utf8(false)
                .which_captures(thompson::WhichCaptures::None),
        )
        .build_from_hir(hir)
        .ok()?;
    DFA::builder()
        .configure(
            DFA::config()
                .match_kind(regex_automata::MatchKind::LeftmostFirst)
                .cache_capacity(cache),
        )
        .build_from_nfa(nfa)
        .ok()
}

/// One question: may `dfa` match anywhere in `hay[start..]`? The text before `start` is read
/// for look-behind (a word boundary at `start`), as the engine's regex search reads it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ask<'a> {
    /// The rule, which names the cache to use.
    pub rule: usize,
    /// Its gate.
    pub dfa: &'a DFA,
    /// The window.
    pub hay: &'a [u8],
    /// Where in the window the search starts.
    pub start: usize,
}

/// Caches for every rule's gate, one set per scan in progress. A scan takes a set and puts it
/// back when done, so caches are reused and never shared between threads; a set is created
/// when none is free, which bounds the sets by the scans running at once.
#[derive(Debug, Clone)]
pub(crate) struct CachePool {
    rules: usize,
    free: Arc<Mutex<Vec<Caches>>>,
}

/// A gate cache for each rule of the set (by rule index), created on first use.
#[derive(Debug)]
pub(crate) struct Caches(Vec<Option<Cache>>);

impl CachePool {
    /// A pool for a rule set of `rules` rules.
    pub(crate) fn new(rules: usize) -> Self {
        Self {
            rules,
            free: Arc::new(Mutex::new(Vec::new())),
        }
    }

    /// Answers every question in `asks`, in order: `false` only when that window holds no
    /// match of its rule.
    pub(crate) fn may_match(&self, asks: &[Ask<'_>]) -> Vec<bool> {
        let taken = self.free.lock().ok().and_then(|mut free| free.pop());
        let mut caches = taken.unwrap_or_else(|| Caches((0..self.rules).map(|_| None).collect()));
        let answers = answer(asks, &mut caches);
        if let Ok(mut free) = self.free.lock() {
            free.push(caches);
        }
        answers
    }
}

/// One search in progress.
struct Lane<'a> {
    /// Index of its question.
    ask: usize,
    /// Its rule, whose cache slot `cache` returns to.
    rule: usize,
    /// The rule's gate.
    dfa: &'a DFA,
    /// The rule's cache, taken from its slot for the batch.
    cache: Cache,
    /// The window.
    hay: &'a [u8],
    /// The next byte to read.
    at: usize,
    /// The state after the bytes read (untagged while undecided).
    state: LazyStateID,
    /// The cache's clear count when the search began.
    clears: usize,
    /// Decided: `Some(true)` may match, `Some(false)` does not.
    answer: Option<bool>,
}

impl<'a> Lane<'a> {
    fn start(index: usize, ask: &Ask<'a>, mut cache: Cache) -> Self {
        let start = ask.start.min(ask.hay.len());
        let clears = cache.clear_count();
        let (state, answer) = match ask
            .dfa
            .start_state_forward(&mut cache, &Input::new(ask.hay).span(start..ask.hay.len()))
        {
            Ok(s) if s.is_dead() => (s, Some(false)),
            // A start state is never a match state (matches show one byte late), and no other
            // tag is expected: decide "may match" rather than walk from it.
            Ok(s) if s.is_tagged() => (s, Some(true)),
            Ok(s) => (s, None),
            Err(_) => (LazyStateID::default(), Some(true)),
        };
        Lane {
            ask: index,
            rule: ask.rule,
            dfa: ask.dfa,
            cache,
            hay: ask.hay,
            at: start,
            state,
            clears,
            answer,
        }
    }

    /// One step through the DFA's full transition (building the state if need be), or the end
    /// of input transition when the window is read.
    fn settle(&mut self) {
        let next = match self.hay.get(self.at) {
            Some(&byte) => self.dfa.next_state(&mut self.cache, self.state, byte),
            None => self.dfa.next_eoi_state(&mut self.cache, self.state),
        };
        self.answer = match next {
            Err(_) => Some(true),
            Ok(s) if s.is_match() || s.is_quit() => Some(true),
            Ok(s) if s.is_dead() => Some(false),
            Ok(_) if self.at >= self.hay.len() => Some(false),
            Ok(_) if self.cache.clear_count().saturating_sub(self.clears) > MAX_CLEARS => {
                Some(true)
            }
            Ok(s) => {
                self.state = s;
                self.at += 1;
                None
            }
        };
    }
}

/// Answers `asks` with the caches in `caches`, up to [`LANES`] windows of different rules
/// walked side by side. The windows are taken round-robin over the rules (the first window of
/// each rule, then the second...), and a lane whose window is decided takes the next window
/// whose rule no other lane is walking, so the lanes stay full while windows of several rules
/// remain (a batch walked until its longest window ends would walk most of its bytes in fewer
/// lanes when its windows differ in length).
fn answer(asks: &[Ask<'_>], caches: &mut Caches) -> Vec<bool> {
    let mut answers = vec![true; asks.len()];
    // Round-robin order: by the window's rank among its rule's windows, then by rule.
    let mut rank = vec![0usize; asks.len()];
    let mut seen: Vec<usize> = vec![0; caches.0.len()];
    for (r, ask) in rank.iter_mut().zip(asks) {
        if let Some(count) = seen.get_mut(ask.rule) {
            *r = *count;
            *count += 1;
        }
    }
    let mut pending: Vec<usize> = (0..asks.len()).collect();
    pending.sort_unstable_by_key(|&i| {
        std::cmp::Reverse((rank.get(i).copied(), asks.get(i).map(|a| a.rule)))
    });
    let mut lanes: Vec<Lane<'_>> = Vec::with_capacity(LANES);
    loop {
        // Fill the free lanes with the next windows of rules no lane is walking.
        while lanes.len() < LANES {
            let Some(at) = pending.iter().rposition(|&i| {
                asks.get(i)
                    .is_some_and(|a| lanes.iter().all(|l| l.rule != a.rule))
            }) else {
                break;
            };
            let i = pending.remove(at);
            let Some(ask) = asks.get(i) else { continue };
            let Some(slot) = caches.0.get_mut(ask.rule) else {
                continue;
            };
            let cache = slot.take().unwrap_or_else(|| ask.dfa.create_cache());
            let lane = Lane::start(i, ask, cache);
            if lane.answer.is_some() {
                finish(lane, &mut answers, caches);
            } else {
                lanes.push(lane);
            }
        }
        match lanes.len() {
            0 => break,
            1 => stride::<1>(&mut lanes),
            2 => stride::<2>(&mut lanes),
            3 => stride::<3>(&mut lanes),
            _ => stride4(&mut lanes),
        }
        for lane in &mut lanes {
            lane.settle();
        }
        let mut k = 0;
        while k < lanes.len() {
            if lanes.get(k).is_some_and(|l| l.answer.is_some()) {
                finish(lanes.swap_remove(k), &mut answers, caches);
            } else {
                k += 1;
            }
        }
    }
    answers
}

/// Records a decided lane's answer and puts its cache back in its rule's slot.
fn finish(lane: Lane<'_>, answers: &mut [bool], caches: &mut Caches) {
    if let Some(a) = answers.get_mut(lane.ask) {
        *a = lane.answer.unwrap_or(true);
    }
    if let Some(slot) = caches.0.get_mut(lane.rule) {
        *slot = Some(lane.cache);
    }
}

/// Steps `N` lanes side by side through transitions already built, until one lane's window
/// ends or one lane needs a transition that is not built yet (or leads to a match or a dead
/// state: every special state is tagged).
fn stride<const N: usize>(lanes: &mut [Lane<'_>]) {
    let Ok(lanes) = <&mut [Lane<'_>; N]>::try_from(lanes) else {
        return;
    };
    let hays: [&[u8]; N] = std::array::from_fn(|k| lanes[k].hay.get(lanes[k].at..).unwrap_or(&[]));
    let n = hays.iter().map(|h| h.len()).min().unwrap_or(0);
    let mut states: [LazyStateID; N] = std::array::from_fn(|k| lanes[k].state);
    let mut i = 0;
    while i < n {
        let next: [LazyStateID; N] = std::array::from_fn(|k| {
            lanes[k]
                .dfa
                .next_state_untagged(&lanes[k].cache, states[k], hays[k][i])
        });
        if next.iter().any(|s| s.is_tagged()) {
            break;
        }
        states = next;
        i += 1;
    }
    for (lane, state) in lanes.iter_mut().zip(states) {
        lane.state = state;
        lane.at += i;
    }
}

/// [`stride`] for four lanes, written out: the four windows zipped, so the loop has no bounds
/// check on them, and each lane's state in a local of its own (about a third faster than the
/// generic loop, whose arrays went through the stack: 104-112 µs against 132 µs a bench scan
/// when every rule had a gate).
fn stride4(lanes: &mut [Lane<'_>]) {
    fn rest<'h>(lane: &Lane<'h>) -> &'h [u8] {
        lane.hay.get(lane.at..).unwrap_or(&[])
    }
    let Some([a, b, c, d]) = lanes.get_mut(..4) else {
        return;
    };
    let (ha, hb, hc, hd) = (rest(a), rest(b), rest(c), rest(d));
    let (mut sa, mut sb, mut sc, mut sd) = (a.state, b.state, c.state, d.state);
    let mut i = 0;
    for (((&xa, &xb), &xc), &xd) in ha.iter().zip(hb).zip(hc).zip(hd) {
        let na = a.dfa.next_state_untagged(&a.cache, sa, xa);
        let nb = b.dfa.next_state_untagged(&b.cache, sb, xb);
        let nc = c.dfa.next_state_untagged(&c.cache, sc, xc);
        let nd = d.dfa.next_state_untagged(&d.cache, sd, xd);
        if na.is_tagged() | nb.is_tagged() | nc.is_tagged() | nd.is_tagged() {
            break;
        }
        (sa, sb, sc, sd) = (na, nb, nc, nd);
        i += 1;
    }
    for (lane, state) in [a, b, c, d].into_iter().zip([sa, sb, sc, sd]) {
        lane.state = state;
        lane.at += i;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate(pattern: &str, cache: usize) -> DFA {
        let syntax = regex_automata::util::syntax::Config::new()
            .unicode(false)
            .utf8(false);
        let hir = regex_automata::util::syntax::parse_with(pattern, &syntax).expect("parses");
        build(&hir, 1 << 20, cache).expect("builds")
    }

    fn ask<'a>(rule: usize, dfa: &'a DFA, hay: &'a str, start: usize) -> Ask<'a> {
        Ask {
            rule,
            dfa,
            hay: hay.as_bytes(),
            start,
        }
    }

    /// The search starts at `start` and reads the byte before it for a word boundary; the end
    /// of the window is the end of input (for `$` and `\b`); lanes of different lengths and
    /// more questions than lanes are all answered, in order.
    #[test]
    fn answers_follow_the_window_and_its_start() {
        let word = gate(r"\bfoo\b", 1 << 20);
        let end = gate(r"bar$", 1 << 20);
        let never = gate(r"zzz", 1 << 20);
        let empty = gate(r"x*", 1 << 20);
        let pool = CachePool::new(4);
        let long = "y".repeat(3000);
        let asks = [
            ask(0, &word, "a foo b", 0),
            ask(0, &word, "a foo b", 3),
            ask(0, &word, "xfoo", 1),
            ask(1, &end, "foo bar", 0),
            ask(1, &end, "bar foo", 0),
            ask(2, &never, &long, 0),
            ask(3, &empty, "", 0),
            ask(2, &never, "zz", 0),
            ask(2, &never, "zzz", 0),
            ask(1, &end, "bar", 9),
        ];
        let want = [
            true, false, false, true, false, false, true, false, true, false,
        ];
        assert_eq!(pool.may_match(&asks), want);
        // Again, with the caches the first call left in the pool.
        assert_eq!(pool.may_match(&asks), want);
    }

    /// A search whose cache is cleared again and again gives up with "may match": the regex
    /// then decides. It never answers "no" for a window with a match.
    #[test]
    fn a_thrashing_cache_answers_may_match() {
        let syntax = regex_automata::util::syntax::Config::new()
            .unicode(false)
            .utf8(false);
        let hir =
            regex_automata::util::syntax::parse_with(r"[a-z]{20}q\d", &syntax).expect("parses");
        let nfa = thompson::Compiler::new()
            .build_from_hir(&hir)
            .expect("compiles");
        let tiny = DFA::builder()
            .configure(
                DFA::config()
                    .cache_capacity(0)
                    .skip_cache_capacity_check(true),
            )
            .build_from_nfa(nfa)
            .expect("builds");
        let text: String = (0..4000u32)
            .map(|i| char::from(b'a' + ((i * 7 + i / 13) % 26) as u8))
            .collect();
        let pool = CachePool::new(1);
        assert_eq!(pool.may_match(&[ask(0, &tiny, &text, 0)]), [true]);
        let hit = format!("{text}q7");
        assert_eq!(pool.may_match(&[ask(0, &tiny, &hit, 0)]), [true]);
    }
}
