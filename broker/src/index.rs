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
//! A query computes `q·p` once per distinct interest, then makes one sequential pass over the
//! entries that adds up a few of those numbers per pattern, filters and ranks. No vector
//! arithmetic happens per pattern and no pointer is chased for the usual one to four interests.

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

struct Interest {
    text: String,
    vec: Sparse,
    refs: u32,
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
    entries: Vec<Entry>,
    positions: HashMap<[u8; 32], usize>,
}

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
            entries: Vec::new(),
            positions: HashMap::new(),
        }
    }

    /// Patterns indexed (live or not yet swept).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Distinct interests held.
    pub fn distinct_interests(&self) -> usize {
        self.interests.live()
    }

    /// Patterns that are live at `now_ms` (unexpired, quarantined or not).
    pub fn live(&self, now_ms: u64) -> usize {
        self.entries
            .iter()
            .filter(|e| e.expires_at > now_ms)
            .count()
    }

    /// The entry of a pattern.
    pub fn get(&self, id: &[u8; 32]) -> Option<&Entry> {
        self.positions.get(id).map(|p| &self.entries[*p])
    }

    /// Adds a pattern (or refreshes its flags when it is already in).
    pub fn insert(
        &mut self,
        id: [u8; 32],
        interests: &[String],
        expires_at: u64,
        created_at: u64,
        quality: f32,
        quarantined: bool,
    ) {
        if let Some(&pos) = self.positions.get(&id) {
            self.entries[pos].quarantined = quarantined;
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
        self.positions.insert(id, self.entries.len());
        self.entries.push(Entry {
            id,
            members: Members::new(&ids),
            norm,
            expires_at,
            created_at,
            quality,
            quarantined,
        });
    }

    /// Marks a pattern quarantined or live. Returns whether it is indexed.
    pub fn set_quarantined(&mut self, id: &[u8; 32], quarantined: bool) -> bool {
        match self.positions.get(id) {
            Some(&pos) => {
                self.entries[pos].quarantined = quarantined;
                true
            }
            None => false,
        }
    }

    /// Removes a pattern. Returns whether it was indexed.
    pub fn remove(&mut self, id: &[u8; 32]) -> bool {
        let Some(pos) = self.positions.remove(id) else {
            return false;
        };
        let entry = self.entries.swap_remove(pos);
        if let Some(moved) = self.entries.get(pos) {
            self.positions.insert(moved.id, pos);
        }
        for m in entry.members.iter() {
            self.release_interest(m);
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
    /// hits and how many patterns passed the filters.
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

        let mut candidates = 0usize;
        let mut hits: Vec<(Hit, u64)> = Vec::new();
        for e in &self.entries {
            if e.expires_at <= filter.now_ms || e.quarantined || e.quality < filter.quality_floor {
                continue;
            }
            candidates += 1;
            if e.norm <= f32::EPSILON {
                continue;
            }
            let sum: f32 = e.members.iter().map(|m| interest_sim[m as usize]).sum();
            let similarity = (sum / e.norm).clamp(0.0, 1.0);
            if similarity >= filter.min_similarity {
                hits.push((
                    Hit {
                        id: e.id,
                        similarity,
                        quality: e.quality,
                    },
                    e.created_at,
                ));
            }
        }
        let order = |a: &(Hit, u64), b: &(Hit, u64)| {
            b.0.similarity
                .total_cmp(&a.0.similarity)
                .then(b.0.quality.total_cmp(&a.0.quality))
                .then(b.1.cmp(&a.1))
                .then(a.0.id.cmp(&b.0.id))
        };
        if hits.len() > filter.limit && filter.limit > 0 {
            hits.select_nth_unstable_by(filter.limit - 1, order);
            hits.truncate(filter.limit);
        }
        hits.sort_unstable_by(order);
        hits.truncate(filter.limit);
        (hits.into_iter().map(|(h, _)| h).collect(), candidates)
    }

    /// Ids of entries expired at `now_ms` (at most `limit`), for the sweeper's safety net.
    pub fn expired(&self, now_ms: u64, limit: usize) -> Vec<[u8; 32]> {
        self.entries
            .iter()
            .filter(|e| e.expires_at <= now_ms)
            .take(limit)
            .map(|e| e.id)
            .collect()
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
        assert_eq!(candidates, 3);
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
