//! The in-memory match index: which live patterns exist, and how well their interests match a
//! query's.
//!
//! Matching is factored by interest. A pattern's interest vector is the normalised sum of its
//! interests' unit vectors (the [`Embedder`] invariant), so the cosine of a query `q` with a
//! pattern's interests `P` is `Σ_{p∈P} (q·p) / |Σ_{p∈P} p|`. The index therefore keeps:
//!
//! - each distinct interest once, as a sparse vector (a few dozen non-zero buckets),
//!   reference-counted and freed with its last pattern;
//! - each pattern as a small [`Entry`] in one contiguous vector: its interest ids (inline up to
//!   four) and the norm of its summed vector, computed once at insert.
//!
//! A query computes `q·p` once per distinct interest. Each interest keeps a posting list of the
//! patterns that carry it, so a query visits only patterns with at least one interest whose
//! similarity reaches a threshold `τ`, and adds up a few precomputed numbers for each. The
//! pruning is exact: a pattern whose `k` interests all score below `τ` has similarity below
//! `k·τ / norm`, and `τ = minSimilarity × min(norm / k)` over the index makes that bound fall
//! under `minSimilarity`. When `τ` is tiny (a query asking for nearly everything) the query
//! scans every pattern instead.
//!
//! The same bound stops a query early (MaxScore). Interests are visited by falling similarity
//! `s`, and the best `limit` patterns so far are kept in a heap. A pattern not yet reached has
//! all its interests at or below `s`, so its similarity is at most `s / min(norm / k)`; once
//! that is below the worst similarity in a full heap, no pattern left can enter it, and the
//! query ends. With popular interests this visits hundreds of patterns instead of tens of
//! thousands, and the answer is the one a full scan gives (a test checks).
//!
//! A pattern whose interests cancel each other has a tiny norm and a huge gain; in the lists
//! it would weaken every query's bound. Such outliers (gain above 6, which `k ≤ 16` unrelated
//! interests never reach) stay out of the lists and are scored by every query instead.

use std::collections::HashMap;

use pool_proto::embed::{Embedder, HashedNgramEmbedder, add_assign, dot};

/// Interest ids of one pattern: up to four inline (the common case), the rest boxed.
#[derive(Debug, Clone, PartialEq)]
struct Members {
    inline: [u32; 4],
    more: Option<Box<[u32]>>,
}

const NONE: u32 = u32::MAX;

impl Members {
    fn new(ids: &[u32]) -> Self {
        let mut inline = [NONE; 4];
        for (slot, id) in inline.iter_mut().zip(ids) {
            *slot = *id;
        }
        let more = (ids.len() > 4).then(|| ids[4..].to_vec().into_boxed_slice());
        Members { inline, more }
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.inline
            .iter()
            .copied()
            .filter(|m| *m != NONE)
            .chain(self.more.iter().flat_map(|m| m.iter().copied()))
    }

    /// The sum of `sims[m]` over the members: the hot loop of a query, kept free of iterator
    /// adapters.
    fn sum(&self, sims: &[f32]) -> f32 {
        let mut total = 0.0;
        for m in self.inline {
            if m == NONE {
                break;
            }
            total += sims[m as usize];
        }
        if let Some(more) = &self.more {
            for m in more.iter() {
                total += sims[*m as usize];
            }
        }
        total
    }
}

/// What the index knows of one pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The pattern id.
    pub id: [u8; 32],
    members: Members,
    /// Length of the summed interest vector (0 for a pattern whose interests embed to nothing).
    norm: f32,
    /// Expiry, unix ms.
    pub expires_at: u64,
    /// Creation, unix ms (newer wins ties).
    pub created_at: u64,
    /// Scanner quality.
    pub quality: f32,
    /// Held back by an operator.
    pub quarantined: bool,
}

/// A match of a query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// The pattern id.
    pub id: [u8; 32],
    /// Cosine similarity, 0-1.
    pub similarity: f32,
    /// Scanner quality.
    pub quality: f32,
    /// Expiry, unix ms: with the id, the key of the stored record.
    pub expires_at: u64,
}

/// What a query asks of the index.
#[derive(Debug, Clone, Copy)]
pub struct Filter {
    /// Now, unix ms: expired entries never match.
    pub now_ms: u64,
    /// Lowest quality served.
    pub quality_floor: f32,
    /// Lowest similarity returned.
    pub min_similarity: f32,
    /// Most hits returned.
    pub limit: usize,
}

struct Sparse {
    idx: Vec<u16>,
    val: Vec<f32>,
}

impl Sparse {
    fn from_dense(v: &[f32]) -> Self {
        let (mut idx, mut val) = (Vec::new(), Vec::new());
        for (i, x) in v.iter().enumerate() {
            if *x != 0.0 {
                idx.push(i as u16);
                val.push(*x);
            }
        }
        Sparse { idx, val }
    }

    fn dot_dense(&self, q: &[f32]) -> f32 {
        self.idx
            .iter()
            .zip(&self.val)
            .map(|(i, v)| q[*i as usize] * v)
            .sum()
    }
}

/// One pattern in an interest's posting list, with what scoring it needs, so that a query
/// reads posting lists front to back and touches a pattern's [`Entry`] only when it may enter
/// the answer.
#[derive(Debug, Clone, Copy)]
struct Posting {
    /// The pattern's entry slot.
    slot: u32,
    /// `k / norm` for a pattern of `k` interests: a pattern whose interests all score at most
    /// `s` has similarity at most `s × gain` (0 for a pattern that never matches).
    gain: f32,
    /// The pattern's norm (see [`Entry`]).
    norm: f32,
    /// The pattern's interest ids when it has at most four ([`NONE`]-padded); all [`SPILL`]
    /// when it has more (then they are read from its entry).
    members: [u32; 4],
}

/// Marks a [`Posting`] whose pattern has more interests than fit inline.
const SPILL: u32 = u32::MAX - 1;

impl Posting {
    /// The pattern's similarity to the query, given every interest's similarity to it.
    fn similarity(&self, entries: &Slots<Entry>, sims: &[f32]) -> f32 {
        let total = if self.members[0] == SPILL {
            entries.get(self.slot).map_or(0.0, |e| e.members.sum(sims))
        } else {
            let mut total = 0.0;
            for m in self.members {
                if m == NONE {
                    break;
                }
                total += sims[m as usize];
            }
            total
        };
        total / self.norm
    }
}

struct Interest {
    text: String,
    vec: Sparse,
    refs: u32,
    /// The patterns carrying this interest, by falling [`Posting::gain`].
    postings: Vec<Posting>,
}

/// Slots with free lists: ids stay stable while referenced and are reused once freed.
struct Slots<T> {
    items: Vec<Option<T>>,
    free: Vec<u32>,
}

impl<T> Slots<T> {
    fn new() -> Self {
        Slots {
            items: Vec::new(),
            free: Vec::new(),
        }
    }
    fn insert(&mut self, item: T) -> u32 {
        match self.free.pop() {
            Some(i) => {
                self.items[i as usize] = Some(item);
                i
            }
            None => {
                self.items.push(Some(item));
                (self.items.len() - 1) as u32
            }
        }
    }
    fn get(&self, i: u32) -> Option<&T> {
        self.items.get(i as usize).and_then(Option::as_ref)
    }
    fn get_mut(&mut self, i: u32) -> Option<&mut T> {
        self.items.get_mut(i as usize).and_then(Option::as_mut)
    }
    fn remove(&mut self, i: u32) -> Option<T> {
        let item = self.items.get_mut(i as usize)?.take();
        if item.is_some() {
            self.free.push(i);
        }
        item
    }
    fn live(&self) -> usize {
        self.items.len() - self.free.len()
    }
}

/// The index. Not synchronised: the broker keeps it behind a `RwLock`.
pub struct MatchIndex {
    embedder: HashedNgramEmbedder,
    interests: Slots<Interest>,
    interest_ids: HashMap<String, u32>,
    entries: Slots<Entry>,
    positions: HashMap<[u8; 32], u32>,
    /// A lower bound of `norm / k` over every entry with postings ever indexed since the index
    /// was last empty (it only falls, which keeps the pruning exact).
    min_ratio: f32,
    /// Patterns whose gain exceeds `max_gain`: kept out of the posting lists and of
    /// `min_ratio`, and scored by every query.
    outliers: Vec<u32>,
    /// The largest gain (`k / norm`) a pattern in the posting lists may have.
    max_gain: f32,
}

/// The largest gain of a pattern in the posting lists. `k` unrelated interests give
/// `k / norm ≈ √k`, at most 4 for the 16 interests a pattern may carry; only interests chosen to
/// cancel each other go past 6. Without the cap one such pattern would lower `min(norm / k)`
/// for the whole index, weaken every query's bounds and, near zero, turn every query into a
/// full scan: a way for one publisher to slow the pool for everyone.
const MAX_GAIN: f32 = 6.0;

/// Below this threshold the posting lists would visit most patterns anyway: scan instead.
const MIN_PRUNE_TAU: f32 = 0.02;

impl Default for MatchIndex {
    fn default() -> Self {
        Self::new(HashedNgramEmbedder::default())
    }
}

impl MatchIndex {
    /// An empty index using `embedder`.
    pub fn new(embedder: HashedNgramEmbedder) -> Self {
        MatchIndex {
            embedder,
            interests: Slots::new(),
            interest_ids: HashMap::new(),
            entries: Slots::new(),
            positions: HashMap::new(),
            min_ratio: 1.0,
            outliers: Vec::new(),
            max_gain: MAX_GAIN,
        }
    }

    /// An index whose posting lists take patterns of gain up to `max_gain` only (tests use a
    /// small one to exercise the outliers).
    #[cfg(test)]
    fn with_max_gain(max_gain: f32) -> Self {
        MatchIndex {
            max_gain,
            ..Self::default()
        }
    }

    /// Patterns indexed (live or not yet swept).
    pub fn len(&self) -> usize {
        self.positions.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// Distinct interests held.
    pub fn distinct_interests(&self) -> usize {
        self.interests.live()
    }

    /// Patterns that are live at `now_ms` (unexpired, quarantined or not).
    pub fn live(&self, now_ms: u64) -> usize {
        self.entries
            .items
            .iter()
            .flatten()
            .filter(|e| e.expires_at > now_ms)
            .count()
    }

    /// The entry of a pattern.
    pub fn get(&self, id: &[u8; 32]) -> Option<&Entry> {
        self.positions.get(id).and_then(|p| self.entries.get(*p))
    }

    /// Adds a pattern (or refreshes its quality and quarantine flag when it is already in).
    pub fn insert(
        &mut self,
        id: [u8; 32],
        interests: &[String],
        expires_at: u64,
        created_at: u64,
        quality: f32,
        quarantined: bool,
    ) {
        if let Some(e) = self
            .positions
            .get(&id)
            .and_then(|p| self.entries.get_mut(*p))
        {
            e.quarantined = quarantined;
            e.quality = quality;
            return;
        }
        let mut ids: Vec<u32> = Vec::with_capacity(interests.len());
        for text in interests {
            let i = self.acquire_interest(text);
            if ids.contains(&i) {
                self.release_interest(i);
            } else {
                ids.push(i);
            }
        }
        let mut sum = vec![0.0f32; self.embedder.dims()];
        for m in &ids {
            if let Some(i) = self.interests.get(*m) {
                for (k, v) in i.vec.idx.iter().zip(&i.vec.val) {
                    sum[*k as usize] += v;
                }
            }
        }
        let norm = dot(&sum, &sum).sqrt();
        let gain = if norm > f32::EPSILON {
            ids.len() as f32 / norm
        } else {
            0.0
        };
        let outlier = gain > self.max_gain;
        if gain > 0.0 && !outlier {
            self.min_ratio = self.min_ratio.min(norm / ids.len() as f32);
        }
        let slot = self.entries.insert(Entry {
            id,
            members: Members::new(&ids),
            norm,
            expires_at,
            created_at,
            quality,
            quarantined,
        });
        if outlier {
            self.outliers.push(slot);
            self.positions.insert(id, slot);
            return;
        }
        let members = if ids.len() <= 4 {
            let mut inline = [NONE; 4];
            inline[..ids.len()].copy_from_slice(&ids);
            inline
        } else {
            [SPILL; 4]
        };
        for m in &ids {
            if let Some(i) = self.interests.get_mut(*m) {
                let at = i.postings.partition_point(|p| p.gain >= gain);
                let posting = Posting {
                    slot,
                    gain,
                    norm,
                    members,
                };
                i.postings.insert(at, posting);
            }
        }
        self.positions.insert(id, slot);
    }

    /// Marks a pattern quarantined or live. Returns whether it is indexed.
    pub fn set_quarantined(&mut self, id: &[u8; 32], quarantined: bool) -> bool {
        match self
            .positions
            .get(id)
            .and_then(|p| self.entries.get_mut(*p))
        {
            Some(e) => {
                e.quarantined = quarantined;
                true
            }
            None => false,
        }
    }

    /// Removes a pattern. Returns whether it was indexed.
    pub fn remove(&mut self, id: &[u8; 32]) -> bool {
        let Some(slot) = self.positions.remove(id) else {
            return false;
        };
        let Some(entry) = self.entries.remove(slot) else {
            return false;
        };
        for m in entry.members.iter() {
            if let Some(i) = self.interests.get_mut(m) {
                i.postings.retain(|p| p.slot != slot);
            }
            self.release_interest(m);
        }
        if !self.outliers.is_empty() {
            self.outliers.retain(|s| *s != slot);
        }
        if self.positions.is_empty() {
            self.min_ratio = 1.0;
        }
        true
    }

    fn acquire_interest(&mut self, text: &str) -> u32 {
        if let Some(&i) = self.interest_ids.get(text) {
            if let Some(interest) = self.interests.get_mut(i) {
                interest.refs += 1;
            }
            return i;
        }
        let vec = Sparse::from_dense(&self.embedder.embed_one(text));
        let i = self.interests.insert(Interest {
            text: text.to_string(),
            vec,
            refs: 1,
            postings: Vec::new(),
        });
        self.interest_ids.insert(text.to_string(), i);
        i
    }

    fn release_interest(&mut self, i: u32) {
        let Some(interest) = self.interests.get_mut(i) else {
            return;
        };
        interest.refs -= 1;
        if interest.refs == 0
            && let Some(interest) = self.interests.remove(i)
        {
            self.interest_ids.remove(&interest.text);
        }
    }

    /// Ranks the live, unquarantined patterns at or above the floor by similarity to
    /// `interests` (normalised), best first (then quality, then newest, then id). Returns the
    /// hits and how many patterns were scored (patterns that cannot reach `min_similarity`, or
    /// the current top `limit`, are not).
    pub fn query(&self, interests: &[String], filter: Filter) -> (Vec<Hit>, usize) {
        let mut q = vec![0.0f32; self.embedder.dims()];
        for i in interests {
            add_assign(&mut q, &self.embedder.embed_one(i));
        }
        pool_proto::embed::normalise(&mut q);

        let interest_sim: Vec<f32> = self
            .interests
            .items
            .iter()
            .map(|slot| slot.as_ref().map_or(0.0, |i| i.vec.dot_dense(&q)))
            .collect();

        let mut top = TopK::new(filter.limit);
        let mut candidates = 0usize;
        // Offers a scored pattern to the top list if it passes the filters.
        let offer = |e: &Entry, similarity: f32, top: &mut TopK| {
            let similarity = similarity.clamp(0.0, 1.0);
            if similarity >= filter.min_similarity
                && e.expires_at > filter.now_ms
                && !e.quarantined
                && e.quality >= filter.quality_floor
            {
                top.offer(Ranked {
                    similarity,
                    quality: e.quality,
                    created_at: e.created_at,
                    expires_at: e.expires_at,
                    id: e.id,
                });
            }
        };

        let tau = filter.min_similarity * self.min_ratio;
        if tau < MIN_PRUNE_TAU {
            for e in self.entries.items.iter().flatten() {
                if e.norm > f32::EPSILON {
                    candidates += 1;
                    offer(e, e.members.sum(&interest_sim) / e.norm, &mut top);
                }
            }
        } else {
            // Interests that can lift a pattern to `min_similarity`, best first.
            let mut order: Vec<(f32, u32)> = interest_sim
                .iter()
                .enumerate()
                .filter(|(_, sim)| **sim >= tau)
                .map(|(i, sim)| (*sim, i as u32))
                .collect();
            order.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
            // Outliers are not in the posting lists and not under their bounds: score each.
            for slot in &self.outliers {
                if let Some(e) = self.entries.get(*slot) {
                    candidates += 1;
                    offer(e, e.members.sum(&interest_sim) / e.norm, &mut top);
                }
            }
            // Patterns already scored: a pattern is reached once per matching interest.
            let mut seen = vec![0u64; self.entries.items.len().div_ceil(64)];
            // The bar a pattern must reach: `min_similarity`, or the worst of a full top list
            // (which only rises). A pattern not yet scored has all its interests at or below
            // the current interest's `sim`, so it can reach at most `sim × gain`.
            let bar = |top: &TopK| {
                top.threshold().map_or(filter.min_similarity, |worst| {
                    worst.max(filter.min_similarity)
                }) * (1.0 - BOUND_SLACK)
            };
            let mut current_bar = bar(&top);
            // Patterns of one list that reach the bar, best first: their entries are read (a
            // cache miss each) only while they can still enter the top list.
            let mut reached: Vec<(f32, u32)> = Vec::new();
            for (sim, interest) in order {
                if sim < current_bar * self.min_ratio {
                    break; // no pattern left can reach the bar (MaxScore)
                }
                let Some(interest) = self.interests.get(interest) else {
                    continue;
                };
                reached.clear();
                for posting in &interest.postings {
                    if sim * posting.gain < current_bar {
                        break; // the rest of this list has smaller gains
                    }
                    let (word, bit) = (posting.slot as usize / 64, 1u64 << (posting.slot % 64));
                    if seen[word] & bit != 0 {
                        continue;
                    }
                    seen[word] |= bit;
                    candidates += 1;
                    let similarity = posting.similarity(&self.entries, &interest_sim);
                    if similarity >= current_bar {
                        reached.push((similarity, posting.slot));
                    }
                }
                reached.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
                for &(similarity, slot) in &reached {
                    if similarity < current_bar {
                        break;
                    }
                    if let Some(e) = self.entries.get(slot) {
                        offer(e, similarity, &mut top);
                        current_bar = bar(&top);
                    }
                }
            }
        }
        let hits = top
            .into_sorted()
            .into_iter()
            .map(|r| Hit {
                id: r.id,
                similarity: r.similarity,
                quality: r.quality,
                expires_at: r.expires_at,
            })
            .collect();
        (hits, candidates)
    }
}

/// Relative slack on the MaxScore bound, so float rounding in the bound never stops a query
/// early.
const BOUND_SLACK: f32 = 1e-4;

/// A scored pattern, ordered best first: similarity, then quality, then newest, then id.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Ranked {
    similarity: f32,
    quality: f32,
    created_at: u64,
    expires_at: u64,
    id: [u8; 32],
}

impl Eq for Ranked {}

impl Ord for Ranked {
    /// `Less` means better (sorts first).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other
            .similarity
            .total_cmp(&self.similarity)
            .then(other.quality.total_cmp(&self.quality))
            .then(other.created_at.cmp(&self.created_at))
            .then(self.id.cmp(&other.id))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The best `limit` patterns seen so far: a max-heap on [`Ranked`]'s order keeps the worst of
/// them on top, ready to be replaced.
struct TopK {
    limit: usize,
    heap: std::collections::BinaryHeap<Ranked>,
}

impl TopK {
    fn new(limit: usize) -> Self {
        TopK {
            limit,
            heap: std::collections::BinaryHeap::with_capacity(limit.min(1024) + 1),
        }
    }

    fn offer(&mut self, r: Ranked) {
        if self.heap.len() < self.limit {
            self.heap.push(r);
        } else if let Some(mut worst) = self.heap.peek_mut()
            && r < *worst
        {
            *worst = r;
        }
    }

    /// The similarity a pattern must beat to enter, once the list is full.
    fn threshold(&self) -> Option<f32> {
        (self.limit > 0 && self.heap.len() == self.limit)
            .then(|| self.heap.peek().map(|w| w.similarity))
            .flatten()
    }

    fn into_sorted(self) -> Vec<Ranked> {
        self.heap.into_sorted_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn filter(now_ms: u64) -> Filter {
        Filter {
            now_ms,
            quality_floor: 7.0,
            min_similarity: 0.5,
            limit: 10,
        }
    }

    #[test]
    fn factored_similarity_equals_direct_cosine() {
        let mut idx = MatchIndex::default();
        idx.insert(
            [1; 32],
            &s(&["bitcoin", "self custody"]),
            100,
            0,
            8.0,
            false,
        );
        let (hits, _) = idx.query(
            &s(&["bitcoin"]),
            Filter {
                min_similarity: 0.0,
                ..filter(0)
            },
        );
        let e = HashedNgramEmbedder::default();
        let direct = pool_proto::similarity(
            &e.embed(&["bitcoin", "self custody"]),
            &e.embed(&["bitcoin"]),
        );
        assert!(
            (hits[0].similarity - direct).abs() < 1e-4,
            "{} vs {direct}",
            hits[0].similarity
        );
    }

    #[test]
    fn filters_and_ranks() {
        let mut idx = MatchIndex::default();
        idx.insert([1; 32], &s(&["founder scaling"]), 100, 0, 8.0, false);
        idx.insert(
            [2; 32],
            &s(&["founder scaling", "hiring"]),
            100,
            0,
            9.0,
            false,
        );
        idx.insert([3; 32], &s(&["founder scaling"]), 10, 0, 9.0, false); // expires at 10
        idx.insert([4; 32], &s(&["founder scaling"]), 100, 0, 6.0, false); // below the floor
        idx.insert([5; 32], &s(&["founder scaling"]), 100, 0, 9.0, true); // quarantined
        idx.insert([6; 32], &s(&["kubernetes"]), 100, 0, 9.0, false); // unrelated
        let (hits, candidates) = idx.query(&s(&["founder scaling"]), filter(50));
        assert_eq!(candidates, 5, "the unrelated pattern is never scored");
        let (_, all) = idx.query(
            &s(&["founder scaling"]),
            Filter {
                min_similarity: 0.0,
                ..filter(50)
            },
        );
        assert_eq!(all, 6, "a query for everything scores every pattern");
        let ids: Vec<u8> = hits.iter().map(|h| h.id[0]).collect();
        assert_eq!(ids, vec![1, 2]);
        assert!(hits[0].similarity > 0.99);
        assert!(idx.set_quarantined(&[5; 32], false));
        let (hits, _) = idx.query(&s(&["founder scaling"]), filter(50));
        assert_eq!(
            hits[0].id, [5; 32],
            "equal similarity: higher quality first"
        );
    }

    #[test]
    fn removal_frees_interests_and_sets() {
        let mut idx = MatchIndex::default();
        for i in 0..50u8 {
            idx.insert(
                [i; 32],
                &s(&["alpha", &format!("topic {i}")]),
                100,
                0,
                8.0,
                false,
            );
        }
        assert_eq!(idx.distinct_interests(), 51);
        for i in 0..50u8 {
            assert!(idx.remove(&[i; 32]));
        }
        assert!(!idx.remove(&[0; 32]));
        assert_eq!(idx.distinct_interests(), 0);
        assert!(idx.is_empty());
        idx.insert([9; 32], &s(&["alpha"]), 100, 0, 8.0, false);
        let (hits, _) = idx.query(&s(&["alpha"]), filter(0));
        assert_eq!(hits.len(), 1);
    }

    #[test]
    fn shared_interests_are_counted_once() {
        let mut idx = MatchIndex::default();
        idx.insert([1; 32], &s(&["a b", "c"]), 100, 0, 8.0, false);
        idx.insert([2; 32], &s(&["c", "a b"]), 100, 0, 8.0, false);
        assert_eq!(idx.distinct_interests(), 2);
        idx.remove(&[1; 32]);
        assert_eq!(idx.distinct_interests(), 2);
        idx.remove(&[2; 32]);
        assert_eq!(idx.distinct_interests(), 0);
    }

    #[test]
    fn many_interests_spill_past_the_inline_slots() {
        let mut idx = MatchIndex::default();
        let many: Vec<String> = (0..9).map(|i| format!("topic{i}")).collect();
        idx.insert([1; 32], &many, 100, 0, 8.0, false);
        let (hits, _) = idx.query(
            &many,
            Filter {
                min_similarity: 0.0,
                ..filter(0)
            },
        );
        assert!(hits[0].similarity > 0.999, "{}", hits[0].similarity);
        assert!(idx.remove(&[1; 32]));
        assert_eq!(idx.distinct_interests(), 0);
    }

    #[test]
    fn pruned_and_full_scans_agree() {
        pruned_and_full_scans_agree_in(MatchIndex::default());
    }

    #[test]
    fn outliers_are_scored_outside_the_lists() {
        // With a low cap, every pattern of two or more unrelated interests is an outlier.
        let mut idx = MatchIndex::with_max_gain(1.2);
        idx.insert([1; 32], &s(&["rust"]), 100, 0, 8.0, false);
        idx.insert([2; 32], &s(&["rust", "gardening"]), 100, 0, 8.0, false);
        assert_eq!(idx.outliers.len(), 1);
        assert_eq!(idx.min_ratio, 1.0, "an outlier does not weaken the bounds");
        let (hits, _) = idx.query(&s(&["gardening"]), filter(0));
        assert_eq!(hits.len(), 1, "found though no list holds it");
        assert_eq!(hits[0].id, [2; 32]);
        assert!(idx.remove(&[2; 32]));
        assert!(idx.outliers.is_empty());
        pruned_and_full_scans_agree_in(MatchIndex::with_max_gain(1.2));
    }

    fn pruned_and_full_scans_agree_in(mut idx: MatchIndex) {
        let vocab: Vec<String> = (0..40)
            .map(|i| format!("subject{} aspect{}", i % 7, i / 7))
            .collect();
        let mut seed = 7u64;
        for n in 0..2_000u32 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let k = 1 + (seed >> 33) as usize % 4;
            let interests: Vec<String> = (0..k)
                .map(|j| vocab[(seed >> (j * 8)) as usize % vocab.len()].clone())
                .collect();
            let mut id = [0u8; 32];
            id[..4].copy_from_slice(&n.to_le_bytes());
            idx.insert(id, &interests, 100, u64::from(n), 8.0, false);
        }
        let queries: Vec<Vec<String>> = (0..24)
            .map(|i| {
                (0..1 + i % 3)
                    .map(|j| vocab[(i * 7 + j * 13) % vocab.len()].clone())
                    .collect()
            })
            .collect();
        for q in &queries {
            // The same query with pruning defeated: a threshold low enough to scan everything.
            let full = idx
                .query(
                    q,
                    Filter {
                        min_similarity: 0.0,
                        limit: 100_000,
                        ..filter(0)
                    },
                )
                .0;
            for min in [0.3f32, 0.5, 0.8] {
                for limit in [1, 5, 20, 100] {
                    let pruned = idx
                        .query(
                            q,
                            Filter {
                                min_similarity: min,
                                limit,
                                ..filter(0)
                            },
                        )
                        .0;
                    let expected: Vec<Hit> = full
                        .iter()
                        .filter(|h| h.similarity >= min)
                        .take(limit)
                        .copied()
                        .collect();
                    assert_eq!(pruned, expected, "{q:?} at {min}, limit {limit}");
                }
            }
        }
    }

    #[test]
    fn a_full_top_list_stops_the_query_early() {
        let mut idx = MatchIndex::default();
        for i in 0..100u8 {
            idx.insert([i; 32], &s(&["rust"]), 100, 0, 8.0, false);
            idx.insert(
                [i; 32].map(|b| b ^ 0x80),
                &s(&["rust testing"]),
                100,
                0,
                8.0,
                false,
            );
        }
        let ask = |limit| {
            idx.query(
                &s(&["rust"]),
                Filter {
                    min_similarity: 0.3,
                    limit,
                    ..filter(0)
                },
            )
        };
        let (hits, candidates) = ask(5);
        assert_eq!(hits.len(), 5);
        assert!(hits.iter().all(|h| h.similarity > 0.999));
        assert_eq!(candidates, 100, "the related interest is never visited");
        let (hits, candidates) = ask(150);
        assert_eq!((hits.len(), candidates), (150, 200));
    }

    #[test]
    fn limit_cuts_after_ranking() {
        let mut idx = MatchIndex::default();
        for i in 0..30u8 {
            idx.insert([i; 32], &s(&["rust"]), 100, u64::from(i), 8.0, false);
        }
        let (hits, candidates) = idx.query(
            &s(&["rust"]),
            Filter {
                limit: 5,
                ..filter(0)
            },
        );
        assert_eq!(candidates, 30);
        assert_eq!(hits.len(), 5);
        assert_eq!(hits[0].id[0], 29, "newest first among equals");
    }
}
