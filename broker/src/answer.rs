//! Query answers written straight from stored records.
//!
//! A stored record holds the pattern exactly as its author signed it. The typed way to answer a
//! query would parse each record into a [`Pattern`](pool_proto::Pattern) (a dozen allocations)
//! and serialise it again; on the query hot path that was a fifth of the broker's time. Instead
//! the record's `pattern` object is borrowed as raw JSON and copied into the answer, with
//! `similarity`, `quality` and `scan` appended inside it. The bytes are the ones
//! `QueryResponse` would produce (a test compares them); a record that does not have the
//! expected shape goes through the typed path instead.

use std::borrow::Cow;

use pool_proto::wire::{PoolMetrics, QueriedPattern, ScanSummary};
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::index::Hit;
use crate::store::StoredPattern;

/// The parts of a stored record an answer needs, borrowed from the record's bytes.
#[derive(Deserialize)]
struct RecordView<'a> {
    #[serde(borrow)]
    pattern: &'a RawValue,
    #[serde(borrow)]
    engine: Cow<'a, str>,
}

/// A query answer being written: `{"patterns":[…],"poolMetrics":{…}}`.
pub struct Answer {
    out: Vec<u8>,
    count: usize,
}

impl Default for Answer {
    fn default() -> Self {
        Self::new()
    }
}

impl Answer {
    /// An answer with no patterns yet.
    pub fn new() -> Self {
        let mut out = Vec::with_capacity(16 * 1024);
        out.extend_from_slice(b"{\"patterns\":[");
        Answer { out, count: 0 }
    }

    /// Patterns written so far.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether no pattern was written.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Appends one matched pattern from its stored record.
    ///
    /// # Errors
    /// The record is not JSON of a stored pattern.
    pub fn push(&mut self, record: &[u8], hit: &Hit) -> Result<(), serde_json::Error> {
        let mark = self.out.len();
        if self.count > 0 {
            self.out.push(b',');
        }
        let fast = serde_json::from_slice::<RecordView<'_>>(record)
            .ok()
            .and_then(|view| {
                let raw = view.pattern.get().trim();
                let inner = raw.strip_prefix('{')?.strip_suffix('}')?;
                (!inner.trim().is_empty()).then(|| (inner.to_owned(), view.engine.into_owned()))
            });
        let written = match fast {
            Some((inner, engine)) => {
                self.out.push(b'{');
                self.out.extend_from_slice(inner.as_bytes());
                self.out.extend_from_slice(b",\"similarity\":");
                serde_json::to_writer(&mut self.out, &hit.similarity)?;
                self.out.extend_from_slice(b",\"quality\":");
                serde_json::to_writer(&mut self.out, &hit.quality)?;
                self.out
                    .extend_from_slice(b",\"scan\":{\"verdict\":\"clean\",\"engine\":");
                serde_json::to_writer(&mut self.out, &engine)?;
                self.out.extend_from_slice(b"}}");
                Ok(())
            }
            None => serde_json::from_slice::<StoredPattern>(record)
                .and_then(|record| serde_json::to_writer(&mut self.out, &queried(record, hit))),
        };
        match written {
            Ok(()) => {
                self.count += 1;
                Ok(())
            }
            Err(e) => {
                self.out.truncate(mark);
                Err(e)
            }
        }
    }

    /// Closes the answer with the pool's figures.
    ///
    /// # Errors
    /// Serialising the figures failed (it does not).
    pub fn finish(mut self, metrics: &PoolMetrics) -> Result<Vec<u8>, serde_json::Error> {
        self.out.extend_from_slice(b"],\"poolMetrics\":");
        serde_json::to_writer(&mut self.out, metrics)?;
        self.out.push(b'}');
        Ok(self.out)
    }
}

/// The typed form of one matched pattern.
pub fn queried(record: StoredPattern, hit: &Hit) -> QueriedPattern {
    QueriedPattern {
        scan: ScanSummary {
            verdict: "clean".into(),
            engine: record.engine,
        },
        pattern: record.pattern,
        similarity: hit.similarity,
        quality: hit.quality,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PatternState;
    use pool_proto::wire::QueryResponse;
    use pool_proto::{Keypair, Limits, PatternDraft};

    fn record(n: u64, engine: &str) -> StoredPattern {
        let key = Keypair::generate();
        let draft = PatternDraft {
            title: format!("Title \"{n}\" with quotes and \u{e9}"),
            body: format!("Line one\nline two\t{n} \\ backslash </script> \u{1f600}"),
            interests: vec!["rust testing".into(), "ops".into()],
            tier: 1,
            impact: None,
        };
        StoredPattern {
            pattern: draft
                .sign(&key, 1_000 + n, 3_600_000, &Limits::default())
                .expect("signs"),
            quality: 8.25,
            engine: engine.to_string(),
            findings: Vec::new(),
            state: PatternState::Live,
            stored_at: 5,
        }
    }

    /// The typed answer.
    fn typed(records: Vec<(StoredPattern, Hit)>, metrics: PoolMetrics) -> QueryResponse {
        QueryResponse {
            patterns: records.into_iter().map(|(r, h)| queried(r, &h)).collect(),
            pool_metrics: metrics,
        }
    }

    fn hit(r: &StoredPattern, similarity: f32) -> Hit {
        Hit {
            id: [0; 32],
            similarity,
            quality: r.quality,
            expires_at: r.pattern.expires_at,
        }
    }

    #[test]
    fn the_answer_is_byte_for_byte_the_typed_one() {
        let metrics = PoolMetrics {
            patterns: 3,
            agents: 2,
            candidates: 7,
            took_ms: 1,
        };
        let records = vec![
            (record(1, "clawmoat-0.1.0+rules.abc"), 0.987_654_3),
            (record(2, "engine \"quoted\""), 0.5),
        ];
        let mut answer = Answer::new();
        let mut pairs = Vec::new();
        for (r, sim) in records {
            let h = hit(&r, sim);
            answer
                .push(&serde_json::to_vec(&r).expect("encodes"), &h)
                .expect("pushes");
            pairs.push((r, h));
        }
        assert_eq!(answer.len(), 2);
        let fast = answer.finish(&metrics).expect("finishes");
        let typed = serde_json::to_vec(&typed(pairs, metrics)).expect("encodes");
        assert_eq!(
            String::from_utf8_lossy(&fast),
            String::from_utf8_lossy(&typed)
        );
    }

    #[test]
    fn an_empty_answer_is_valid_json() {
        let metrics = PoolMetrics {
            patterns: 0,
            agents: 0,
            candidates: 0,
            took_ms: 0,
        };
        let body = Answer::new().finish(&metrics).expect("finishes");
        let parsed: QueryResponse = serde_json::from_slice(&body).expect("parses");
        assert!(parsed.patterns.is_empty());
    }

    #[test]
    fn a_broken_record_is_refused_and_leaves_the_answer_intact() {
        let r = record(3, "e");
        let mut answer = Answer::new();
        answer
            .push(&serde_json::to_vec(&r).expect("encodes"), &hit(&r, 0.9))
            .expect("pushes");
        assert!(answer.push(b"{\"pattern\": 1}", &hit(&r, 0.8)).is_err());
        assert!(answer.push(b"not json", &hit(&r, 0.8)).is_err());
        assert_eq!(answer.len(), 1);
        let metrics = PoolMetrics {
            patterns: 1,
            agents: 1,
            candidates: 1,
            took_ms: 0,
        };
        let parsed: QueryResponse =
            serde_json::from_slice(&answer.finish(&metrics).expect("finishes")).expect("parses");
        assert_eq!(parsed.patterns.len(), 1);
        assert_eq!(parsed.patterns[0].pattern, r.pattern);
    }
}
