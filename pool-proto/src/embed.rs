//! Interest embeddings and similarity.
//!
//! An [`Embedder`] turns one normalised interest into a unit vector, and a list of interests into
//! the normalised sum of its members' vectors. Similarity is the cosine of two such vectors,
//! clamped to `[0, 1]`. The broker and the parent's governance engine run this same code, so a
//! pattern the pool calls a 0.9 match is a 0.9 match for the parent too.
//!
//! The default [`HashedNgramEmbedder`] needs no model files: it hashes words, light word stems
//! and character trigrams into a fixed number of signed buckets (the hashing trick). Reordered
//! or inflected spellings (`founder scaling`, `scaling founders`) share most features and score
//! high; unrelated interests share none and score near zero.

/// Turns interests into unit vectors. Implementations must keep one invariant that the broker's
/// index relies on: [`Embedder::embed`] of a list is the normalised sum of
/// [`Embedder::embed_one`] of its members (the provided method does exactly that).
pub trait Embedder: Send + Sync {
    /// The length of every vector this embedder returns.
    fn dims(&self) -> usize;

    /// The unit vector of one normalised interest (all zeros for an empty string).
    fn embed_one(&self, interest: &str) -> Vec<f32>;

    /// The unit vector of a list of interests: the normalised sum of each member's vector.
    fn embed<S: AsRef<str>>(&self, interests: &[S]) -> Vec<f32>
    where
        Self: Sized,
    {
        let mut sum = vec![0.0f32; self.dims()];
        for interest in interests {
            add_assign(&mut sum, &self.embed_one(interest.as_ref()));
        }
        normalise(&mut sum);
        sum
    }
}

/// Cosine similarity of two unit vectors, clamped to `[0, 1]`. Vectors of different length (or
/// a zero vector) are not similar at all.
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    if a.len() != b.len() {
        return 0.0;
    }
    dot(a, b).clamp(0.0, 1.0)
}

/// The dot product of two equally long vectors (extra elements of the longer are ignored).
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    // Four independent accumulators let the compiler vectorise without reassociating floats.
    let mut acc = [0.0f32; 4];
    let chunks = a.len().min(b.len()) / 4;
    for i in 0..chunks {
        for (lane, slot) in acc.iter_mut().enumerate() {
            *slot += a[i * 4 + lane] * b[i * 4 + lane];
        }
    }
    let mut total = acc.iter().sum::<f32>();
    for i in chunks * 4..a.len().min(b.len()) {
        total += a[i] * b[i];
    }
    total
}

/// Adds `b` into `a` element by element.
pub fn add_assign(a: &mut [f32], b: &[f32]) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += *y;
    }
}

/// Scales `v` to unit length in place; a zero vector stays zero. Returns the original length.
pub fn normalise(v: &mut [f32]) -> f32 {
    let norm = dot(v, v).sqrt();
    if norm > f32::EPSILON {
        for x in v.iter_mut() {
            *x /= norm;
        }
    }
    norm
}

/// The default, model-free embedder: signed feature hashing of words, stems and trigrams.
#[derive(Debug, Clone)]
pub struct HashedNgramEmbedder {
    dims: usize,
}

/// Vector length of [`HashedNgramEmbedder::default`]. Large enough that two unrelated interests
/// collide in few buckets (expected |cosine| about 1/sqrt(dims) per shared bucket).
pub const DEFAULT_DIMS: usize = 512;

impl Default for HashedNgramEmbedder {
    fn default() -> Self {
        HashedNgramEmbedder { dims: DEFAULT_DIMS }
    }
}

// How the two kinds of features share a vector: words carry the meaning, trigrams forgive
// inflection and typos. The weights are per kind, split evenly among its features.
const WORD_WEIGHT: f32 = 1.0;
const TRIGRAM_WEIGHT: f32 = 0.8;

impl HashedNgramEmbedder {
    /// An embedder with `dims` buckets (at least 16).
    pub fn with_dims(dims: usize) -> Self {
        HashedNgramEmbedder { dims: dims.max(16) }
    }

    fn bump(&self, v: &mut [f32], kind: u8, feature: &[u8], weight: f32) {
        let h = fnv1a(kind, feature);
        // Bit 63 picks the sign so that colliding features cancel on average instead of adding.
        let sign = if h >> 63 == 1 { -1.0 } else { 1.0 };
        let bucket = (h % self.dims as u64) as usize;
        v[bucket] += sign * weight;
    }
}

impl Embedder for HashedNgramEmbedder {
    fn dims(&self) -> usize {
        self.dims
    }

    fn embed_one(&self, interest: &str) -> Vec<f32> {
        let mut v = vec![0.0f32; self.dims];
        let words: Vec<&str> = interest.split_whitespace().collect();
        if words.is_empty() {
            return v;
        }
        let word_w = WORD_WEIGHT / words.len() as f32;
        let mut trigrams: Vec<Vec<u8>> = Vec::new();
        for word in &words {
            let stem = stem(word);
            self.bump(&mut v, b'w', stem.as_bytes(), word_w);
            // Trigrams of the stem framed by boundary marks, so short words still have some.
            let framed: Vec<char> = std::iter::once('^')
                .chain(stem.chars())
                .chain(std::iter::once('$'))
                .collect();
            for w in framed.windows(3) {
                trigrams.push(w.iter().collect::<String>().into_bytes());
            }
        }
        if !trigrams.is_empty() {
            let tri_w = TRIGRAM_WEIGHT / (trigrams.len() as f32).sqrt();
            for t in &trigrams {
                self.bump(&mut v, b't', t, tri_w);
            }
        }
        normalise(&mut v);
        v
    }
}

/// A deliberately light English stemmer: it folds the plural and a few common suffixes so that
/// `founders`/`founder` and `scaling`/`scale` meet. Meaning-changing cases are left alone.
fn stem(word: &str) -> &str {
    let n = word.len();
    let strip = |suffix: &str, keep: usize| -> Option<&str> {
        (word.ends_with(suffix) && n >= suffix.len() + keep).then(|| &word[..n - suffix.len()])
    };
    strip("ing", 3)
        .or_else(|| strip("ies", 3))
        .or_else(|| {
            strip("es", 4)
                .filter(|s| s.ends_with(['s', 'x', 'z']) || s.ends_with("ch") || s.ends_with("sh"))
        })
        .or_else(|| {
            if word.ends_with("ss") {
                None
            } else {
                strip("s", 3)
            }
        })
        .or_else(|| strip("ed", 3))
        .map(|s| s.strip_suffix('e').filter(|t| t.len() >= 3).unwrap_or(s))
        .unwrap_or_else(|| {
            word.strip_suffix('e')
                .filter(|t| t.len() >= 3)
                .unwrap_or(word)
        })
}

/// 64-bit FNV-1a over a kind byte and the feature: stable across platforms and releases, which
/// matters because the broker and every client must hash alike.
fn fnv1a(kind: u8, bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&kind).chain(bytes) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // FNV's high bits mix poorly; fold them so the sign bit depends on every byte.
    h ^ (h >> 29).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interests::normalise_interest;

    fn sim(a: &[&str], b: &[&str]) -> f32 {
        let e = HashedNgramEmbedder::default();
        let na: Vec<String> = a.iter().map(|s| normalise_interest(s)).collect();
        let nb: Vec<String> = b.iter().map(|s| normalise_interest(s)).collect();
        similarity(&e.embed(&na), &e.embed(&nb))
    }

    #[test]
    fn spellings_of_one_topic_score_high() {
        assert!(sim(&["Founder-Scaling"], &["founder scaling"]) > 0.99);
        assert!(
            sim(&["scaling founders"], &["founder scaling"]) > 0.85,
            "{}",
            sim(&["scaling founders"], &["founder scaling"])
        );
        assert!(sim(&["kubernetes operators"], &["kubernetes operator"]) > 0.85);
    }

    #[test]
    fn unrelated_topics_score_low() {
        for (a, b) in [
            ("bitcoin", "founder scaling"),
            ("kubernetes", "marketing"),
            ("postgres vacuum", "customer support"),
        ] {
            assert!(sim(&[a], &[b]) < 0.2, "{a} ~ {b} = {}", sim(&[a], &[b]));
        }
    }

    #[test]
    fn lists_are_sums_of_members() {
        let s = sim(&["bitcoin", "founder scaling"], &["bitcoin"]);
        assert!((0.6..0.8).contains(&s), "{s}");
        assert!(
            sim(
                &["bitcoin", "founder scaling"],
                &["founder scaling", "bitcoin"]
            ) > 0.999
        );
    }

    #[test]
    fn vectors_are_unit_or_zero() {
        let e = HashedNgramEmbedder::default();
        let v = e.embed_one("self custody");
        assert!((dot(&v, &v) - 1.0).abs() < 1e-4);
        assert!(e.embed_one("").iter().all(|x| *x == 0.0));
        assert_eq!(similarity(&v, &[0.0; 3]), 0.0);
    }

    #[test]
    fn stems_fold_common_suffixes() {
        assert_eq!(stem("founders"), "founder");
        assert_eq!(stem("scaling"), "scal");
        assert_eq!(stem("scale"), "scal");
        assert_eq!(stem("boxes"), "box");
        assert_eq!(stem("class"), "class");
        assert_eq!(stem("policies"), "polic");
    }
}
