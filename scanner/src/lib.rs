//! `scanner`: the pool's content scanner. It judges a pattern's title, body and interests,
//! returns a verdict with explained findings and a quality score, and fails closed: an error is
//! a refusal, never a pass. It knows nothing of HTTP or storage.
//!
//! Layers, bottom up: `normalize` (the skeleton the rules see), `rules` (the rules file format
//! and its compilation into a literal prefilter plus bounded regexes; `literals` is the
//! prefilter's overlapping multi-literal search), `detectors` and
//! `offtopic` (checks written as code), `decode` (encoded runs, re-scanned to a bounded depth),
//! `engine` (runs all of that over one text), `quality` (the 0-10 score) and `redact`
//! (excerpts that never reproduce a secret). This file holds the public API: [`Scanner`].

mod bytes;
mod code;
mod config;
mod decode;
mod detectors;
mod engine;
mod error;
mod gate;
mod intent;
mod literals;
mod model;
mod normalize;
mod offtopic;
mod quality;
mod reach;
mod redact;
pub mod rules;
mod span;

pub use config::{DEFAULT_DECODE_DEPTH, DEFAULT_MAX_INPUT, MAX_DECODE_DEPTH, ScannerConfig};
pub use decode::MAX_RUNS as MAX_DECODED_RUNS;
pub use engine::Work;
pub use error::ScanError;
pub use model::{Category, Finding, Report, ScanInput, Severity, Verdict};
pub use normalize::{Normalized, normalize};

/// The decoders, the rules' prefilter, their gates, windows and reaches, for the `decode`,
/// `literals`, `gate`, `windows` and `reach` fuzz targets only (`cargo fuzz` builds with
/// `--cfg fuzzing`), which call them directly on any input instead of through a scan: not
/// part of the API.
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing {
    pub use crate::decode::{Offsets, TransformHints, find_encoded, reverse_lines, rot13};
    pub use crate::literals::{Literals, builtin_patterns};
    pub use crate::rules::{
        builtin_gate_agrees, builtin_reach_search_agrees, builtin_windows_hold_matches,
    };
}

use engine::{Context, Hit};
use rules::{RuleFile, RuleSet};
use std::ops::Range;
use std::sync::Arc;

/// Largest gap in bytes between two medium signals that reject together.
const SIGNAL_WINDOW: usize = 400;

/// A medium finding that can reject together with another one nearby.
#[derive(Debug, Clone)]
struct Signal {
    /// Rule id.
    rule: String,
    /// Where, in the scanned text.
    span: Range<usize>,
    /// A quoted example in writing about defence (see `engine::Hit::mention`).
    mention: bool,
}

/// Version of the scanner crate, part of the engine string.
const CRATE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How the rules compiler reads a rules file and what the built-in detectors a rule may name
/// find, hashed with the file into the engine string. Bump it whenever the same file would
/// compile to rules, or run detectors, that find something else, so that the engine string
/// changes whenever what the scanner finds does. Each bump and its reason is listed in
/// `scanner/EVAL.md` ("Rules readings").
const RULES_READING: &str = "rules-reading-40";

/// A rule that fired, as [`Scanner::explain`] describes it to a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// The finding.
    pub finding: Finding,
    /// What the rule catches.
    pub description: String,
    /// Whether the match sits in defensive or explanatory context and was downgraded to a note.
    pub downgraded: bool,
    /// The encoding the content was hidden under, if it was decoded first.
    pub decoded_from: Option<&'static str>,
}

/// The compiled scanner. Cheap to clone and to share behind an `Arc`; `scan` takes `&self`.
#[derive(Debug, Clone)]
pub struct Scanner {
    rules: Arc<RuleSet>,
    config: ScannerConfig,
    engine: String,
}

impl Scanner {
    /// The scanner with the built-in rules.
    ///
    /// # Errors
    /// [`ScanError::Rules`] if the built-in rules do not compile.
    pub fn builtin() -> Result<Self, ScanError> {
        Self::with_config(ScannerConfig::default())
    }

    /// The scanner under operator settings: the built-in rules, or the rules file the
    /// configuration names (the only I/O the scanner ever does).
    ///
    /// # Errors
    /// [`ScanError::RulesFile`] if the named file cannot be read, [`ScanError::Rules`] if the
    /// rules do not compile.
    pub fn with_config(config: ScannerConfig) -> Result<Self, ScanError> {
        match &config.rules_file {
            Some(path) => {
                let text =
                    std::fs::read_to_string(path).map_err(|source| ScanError::RulesFile {
                        path: path.display().to_string(),
                        source,
                    })?;
                Self::from_rules_toml(&text, config)
            }
            None => Self::from_rules_toml(rules::BUILTIN_RULES, config),
        }
    }

    /// The scanner with rules given as TOML text (same format as the built-in rules file).
    ///
    /// # Errors
    /// [`ScanError::Rules`] if the rules do not parse or compile.
    pub fn from_rules_toml(text: &str, config: ScannerConfig) -> Result<Self, ScanError> {
        let file = RuleFile::parse(text)?;
        let set = RuleSet::compile(&file, &config.disabled_rules)?;
        // The intent scorer's keyword tables are built once per process; here, not in the
        // first scan (a broker's first publish).
        intent::prepare();
        let hash = blake3::Hasher::new()
            .update(RULES_READING.as_bytes())
            .update(text.as_bytes())
            .finalize()
            .to_hex();
        let short = hash.get(..12).unwrap_or("");
        let engine = format!("clawmoat-{CRATE_VERSION}+rules.{short}");
        Ok(Scanner {
            rules: Arc::new(set),
            config,
            engine,
        })
    }

    /// The engine version: the crate version plus a hash of the rules text, so it changes
    /// whenever the rules change.
    pub fn engine(&self) -> &str {
        &self.engine
    }

    /// The description of a rule or combination, if it exists.
    pub fn rule_description(&self, id: &str) -> Option<&str> {
        self.rules
            .rules
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.description.as_str())
            .or_else(|| {
                self.rules
                    .combos
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.description.as_str())
            })
    }

    /// Judges one pattern.
    ///
    /// # Errors
    /// [`ScanError`] when it cannot judge; callers refuse the pattern.
    pub fn scan(&self, input: &ScanInput<'_>) -> Result<Report, ScanError> {
        self.scan_with_work(input).map(|(report, _)| report)
    }

    /// Judges one pattern and says how much work it took (bytes normalised, views scanned,
    /// decode depth reached), for bounds checks.
    ///
    /// # Errors
    /// As [`Scanner::scan`].
    pub fn scan_with_work(&self, input: &ScanInput<'_>) -> Result<(Report, Work), ScanError> {
        let (explained, signals, quality, work) = self.run(input)?;
        let findings: Vec<Finding> = explained.into_iter().map(|e| e.finding).collect();
        let verdict = self.verdict(input, &findings, &signals);
        Ok((
            Report {
                verdict,
                findings,
                quality,
                engine: self.engine.clone(),
            },
            work,
        ))
    }

    /// Judges one pattern and explains every finding for a person.
    ///
    /// # Errors
    /// As [`Scanner::scan`].
    pub fn explain(&self, input: &ScanInput<'_>) -> Result<(Report, Vec<Explanation>), ScanError> {
        let (explained, signals, quality, _) = self.run(input)?;
        let findings: Vec<Finding> = explained.iter().map(|e| e.finding.clone()).collect();
        let verdict = self.verdict(input, &findings, &signals);
        Ok((
            Report {
                verdict,
                findings,
                quality,
                engine: self.engine.clone(),
            },
            explained,
        ))
    }

    fn verdict(&self, input: &ScanInput<'_>, findings: &[Finding], hits: &[Signal]) -> Verdict {
        let allowed = input
            .id
            .is_some_and(|id| self.config.allowed_ids.iter().any(|a| a == id));
        if allowed {
            return Verdict::Clean;
        }
        let blocking = findings.iter().any(|f| f.severity >= Severity::High);
        // Two different medium signals reject only when they sit close together (the same
        // paragraph or so): in a long honest document, trigger words far apart mean nothing.
        // Two quoted examples in writing about defence are a list of examples, not two
        // signals; a quoted example next to an unquoted signal still counts.
        if blocking || paired(hits) {
            Verdict::Reject
        } else {
            Verdict::Clean
        }
    }

    #[allow(clippy::type_complexity)]
    fn run(
        &self,
        input: &ScanInput<'_>,
    ) -> Result<(Vec<Explanation>, Vec<Signal>, f32, Work), ScanError> {
        // The interests are scanned whole and count towards the size: a pattern's every byte
        // is read or the pattern is refused.
        let interests: usize = input.interests.iter().map(|i| i.len() + 1).sum();
        let size = input.title.len() + 1 + input.body.len() + interests;
        if size > self.config.max_input_bytes {
            return Err(ScanError::TooLarge(size));
        }
        let mut text = String::with_capacity(size + 1);
        text.push_str(input.title);
        text.push('\n');
        text.push_str(input.body);
        // A blank line first: the interests are a block of their own, so they are not the
        // context of the body's last paragraph (tagging a pattern "prompt injection" does not
        // excuse an order appended to it).
        text.push('\n');
        for interest in input.interests {
            text.push('\n');
            text.push_str(interest);
        }
        let depth = self.config.decode_depth.min(MAX_DECODE_DEPTH);
        let mut work = Work::default();
        let mut hits = Vec::new();
        let body_start = input.title.len() + 1;
        let ctx = Context {
            interests: input.interests,
            body: body_start..body_start + input.body.len(),
        };
        engine::scan_view(&self.rules, &text, &ctx, 0, depth, &mut work, &mut hits);
        engine::apply_combos(&self.rules, &mut hits);
        // A span that starts in the title or the body ends in it: the line break after the
        // body (which a sentence at the body's end takes in as its end) and the interests
        // block are not part of the text the span explains.
        let body_end = ctx.body.end;
        for hit in &mut hits {
            if hit.span.start <= body_end && hit.span.end > body_end {
                hit.span.end = body_end;
            }
        }
        let explained = self.findings(&text, &hits);
        let signals = self.signals(&hits);
        let quality = quality::score(input.title, input.body, input.interests);
        Ok((explained, signals, quality, work))
    }

    /// Undampened medium-severity hits (rule id, span): every one the engine kept (at most a
    /// few per rule and view, see `engine::Keep`).
    fn signals(&self, hits: &[Hit]) -> Vec<Signal> {
        let base = self.rules.rules.len();
        let mut out: Vec<Signal> = Vec::new();
        for hit in hits.iter().filter(|h| !h.dampened) {
            let (id, severity) = if hit.rule < base {
                match self.rules.rules.get(hit.rule) {
                    Some(r) => (&r.id, r.severity),
                    None => continue,
                }
            } else {
                match self.rules.combos.get(hit.rule - base) {
                    Some(c) => (&c.id, c.severity),
                    None => continue,
                }
            };
            let severity = if hit.capped {
                severity.min(Severity::Medium)
            } else {
                severity
            };
            if severity == Severity::Medium {
                out.push(Signal {
                    rule: id.clone(),
                    span: hit.span.clone(),
                    mention: hit.mention,
                });
            }
        }
        out
    }

    /// One finding per rule or combination: its hit of the highest severity, the first of
    /// those. The verdict reads these severities, so a rule's later full-severity hit (an
    /// unquoted order) must not hide behind an earlier one capped or dampened (a quoted
    /// example of the same order above it).
    fn findings(&self, text: &str, hits: &[Hit]) -> Vec<Explanation> {
        let base = self.rules.rules.len();
        let mut best: Vec<Option<&Hit>> = vec![None; base + self.rules.combos.len()];
        for hit in hits {
            let Some(slot) = best.get_mut(hit.rule) else {
                continue;
            };
            let better = match slot {
                None => true,
                Some(old) => old.rank() < hit.rank(),
            };
            if better {
                *slot = Some(hit);
            }
        }
        let mut out = Vec::new();
        for (index, hit) in best.iter().enumerate() {
            let Some(hit) = hit else { continue };
            let (id, category, severity, description) = if index < base {
                let Some(r) = self.rules.rules.get(index) else {
                    continue;
                };
                (&r.id, r.category, r.severity, &r.description)
            } else {
                let Some(c) = self.rules.combos.get(index - base) else {
                    continue;
                };
                (&c.id, c.category, c.severity, &c.description)
            };
            let severity = if hit.dampened {
                Severity::Low
            } else if hit.capped {
                severity.min(Severity::Medium)
            } else {
                severity
            };
            let mut excerpt = redact::excerpt(text, &hit.span, category);
            if let Some(via) = hit.via {
                excerpt = format!("{excerpt} (decoded from {})", via.as_str());
            }
            out.push(Explanation {
                finding: Finding {
                    rule: id.clone(),
                    category,
                    severity,
                    span: hit.span.clone(),
                    excerpt,
                },
                description: description.clone(),
                downgraded: hit.dampened,
                decoded_from: hit.via.map(decode::Encoding::as_str),
            });
        }
        out.sort_by(|a, b| {
            b.finding
                .severity
                .cmp(&a.finding.severity)
                .then(a.finding.span.start.cmp(&b.finding.span.start))
        });
        out
    }
}

/// Whether two medium signals of different rules sit within [`SIGNAL_WINDOW`] bytes of each
/// other, not both quoted examples (the verdict's second way to reject). One sweep in order of
/// start: a signal pairs with an earlier one exactly when that one ends at most
/// `SIGNAL_WINDOW` bytes before it starts, so it is enough to know, among the earlier
/// signals, the two latest ends of different rules (all of them, and the unquoted ones only,
/// for a quoted example, which pairs only with those). Every signal is read, however many
/// there are: quoted examples by the hundred must not push a real pair out of view.
fn paired(signals: &[Signal]) -> bool {
    let mut order: Vec<&Signal> = signals.iter().collect();
    order.sort_by_key(|s| s.span.start);
    let mut any = Latest::default();
    let mut plain = Latest::default();
    for b in order {
        let reach = b.span.start.saturating_sub(SIGNAL_WINDOW);
        let earlier = if b.mention { &plain } else { &any };
        if earlier
            .end_other_than(&b.rule)
            .is_some_and(|end| end >= reach)
        {
            return true;
        }
        any.add(&b.rule, b.span.end);
        if !b.mention {
            plain.add(&b.rule, b.span.end);
        }
    }
    false
}

/// The two latest ends among some signals, of two different rules.
#[derive(Default)]
struct Latest<'a> {
    first: Option<(&'a str, usize)>,
    second: Option<(&'a str, usize)>,
}

impl<'a> Latest<'a> {
    /// Takes in a signal of `rule` ending at `end`.
    fn add(&mut self, rule: &'a str, end: usize) {
        match (self.first, self.second) {
            (None, _) => self.first = Some((rule, end)),
            (Some((r, e)), _) if r == rule => self.first = Some((r, e.max(end))),
            (Some(first), Some((r, e))) if r == rule => {
                let second = (r, e.max(end));
                if second.1 > first.1 {
                    (self.first, self.second) = (Some(second), Some(first));
                } else {
                    self.second = Some(second);
                }
            }
            (Some(first), second) => {
                if end > first.1 {
                    (self.first, self.second) = (Some((rule, end)), Some(first));
                } else if second.is_none_or(|(_, e)| end > e) {
                    self.second = Some((rule, end));
                }
            }
        }
    }

    /// The latest end of a rule other than `rule`.
    fn end_other_than(&self, rule: &str) -> Option<usize> {
        match self.first {
            Some((r, e)) if r != rule => Some(e),
            _ => self.second.map(|(_, e)| e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn scanner_is_send_and_sync() {
        assert_send_sync::<Scanner>();
    }

    #[test]
    fn builtin_rules_compile() {
        let s = Scanner::builtin().expect("builtin rules compile");
        assert!(s.engine().starts_with("clawmoat-"));
    }

    /// The verdict's pairing as it was written: every two signals compared.
    fn paired_reference(hits: &[Signal]) -> bool {
        hits.iter().enumerate().any(|(i, a)| {
            hits.iter().skip(i + 1).any(|b| {
                let gap = if a.span.end <= b.span.start {
                    b.span.start - a.span.end
                } else {
                    a.span.start.saturating_sub(b.span.end)
                };
                a.rule != b.rule && gap <= SIGNAL_WINDOW && !(a.mention && b.mention)
            })
        })
    }

    /// Orders that reach each branch of `Latest::add`: a later end for the second rule, and
    /// a third rule ending between the two kept.
    #[test]
    fn the_sweep_keeps_the_latest_end_of_another_rule() {
        let at = |rule: &str, start: usize, end: usize| Signal {
            rule: rule.to_string(),
            span: start..end,
            mention: false,
        };
        let cases = [
            vec![
                at("a", 0, 1000),
                at("b", 100, 200),
                at("c", 200, 800),
                at("a", 1100, 1100),
            ],
            vec![
                at("a", 0, 1000),
                at("b", 1500, 1510),
                at("a", 2000, 2600),
                at("c", 2950, 2960),
            ],
            vec![at("a", 0, 100), at("b", 50, 60), at("a", 900, 950)],
        ];
        for signals in cases {
            assert_eq!(paired(&signals), paired_reference(&signals), "{signals:?}");
        }
    }

    proptest::proptest! {
        // Cheap cases, and the orders that reach every branch of `Latest::add` are rare.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        /// The sweep finds a pair exactly when comparing every two signals does.
        #[test]
        fn the_sweep_pairs_as_every_comparison_does(
            raw in proptest::collection::vec((0usize..4, 0usize..24, 0usize..6, proptest::bool::ANY), 0..12),
        ) {
            // Coarse positions, so that gaps of exactly the window are common.
            let signals: Vec<Signal> = raw
                .iter()
                .map(|&(rule, start, len, mention)| Signal {
                    rule: format!("r{rule}"),
                    span: start * 100..(start + len) * 100,
                    mention,
                })
                .collect();
            proptest::prop_assert_eq!(paired(&signals), paired_reference(&signals));
        }
    }
}
