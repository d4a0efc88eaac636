//! Evaluation of the scanner on a labelled corpus (JSON lines with `id`, `label`, `category`,
//! `source`, `title`, `body`, `interests`).
//!
//! `cargo run --release -p scanner --example eval -- ../shared/corpus/dev.jsonl [--list]`
//!
//! Prints recall per malicious category and per source, overall recall, false rejections on
//! benign lines (all, hard negatives, ATR true negatives), the share of benign lines below the
//! quality floor, and category accuracy. Every figure is given for the whole corpus and for two
//! halves split by a hash of the id: `dev` (looked at while writing rules) and `holdout` (one
//! third of the lines, never looked at line by line). On the corpus (`dev-` ids) only the `dev`
//! figures are printed unless `--holdout` is given, so that each look at the holdout is a
//! deliberate one (EVAL.md records them). `--list` prints the ids of misses and
//! false rejections of the dev half only; `--list-all` prints both halves (and, for misses, the
//! start of the body) for self-written sets and refuses to run on the corpus (`dev-` ids).

use scanner::{Category, ScanInput, Scanner};
use serde_json::Value;
use std::collections::BTreeMap;

const FLOOR: f32 = 7.0;

/// FNV-1a of the id; one line in three (hash % 3 == 0) is held out.
fn held_out(id: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h % 3 == 0
}

#[derive(Default)]
struct Tally {
    hit: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        if ok {
            self.hit += 1;
        }
    }
    fn show(&self) -> String {
        if self.total == 0 {
            return "   -   (0)".into();
        }
        format!(
            "{:.3} ({}/{})",
            self.hit as f64 / self.total as f64,
            self.hit,
            self.total
        )
    }
}

#[derive(Default)]
struct Split {
    by_category: BTreeMap<String, Tally>,
    by_source: BTreeMap<String, Tally>,
    recall: Tally,
    frr_all: Tally,
    frr_hard: Tally,
    frr_atr: Tally,
    frr_original: Tally,
    low_quality: Tally,
    category_ok: Tally,
}

fn source_kind(source: &str) -> String {
    if source.starts_with("original:hard-negative") {
        "original:hard-negative".into()
    } else {
        source.split(':').next().unwrap_or("?").to_string()
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: eval CORPUS.jsonl [--list | --list-all] [--holdout]")?;
    let rest: Vec<String> = args.collect();
    let list = rest.iter().any(|a| a == "--list" || a == "--list-all");
    // `--list-all` lists both halves; it is for self-written sets only and refuses the corpus.
    let list_all = rest.iter().any(|a| a == "--list-all");
    let show_holdout = rest.iter().any(|a| a == "--holdout");
    let mut is_corpus = false;
    let text = std::fs::read_to_string(&path)?;
    // DISABLE=rule,rule for ablations (aggregate figures only).
    let disabled: Vec<String> = std::env::var("DISABLE")
        .map(|v| v.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    let scanner = Scanner::with_config(scanner::ScannerConfig {
        disabled_rules: disabled,
        ..Default::default()
    })?;
    let mut splits: BTreeMap<&str, Split> = BTreeMap::new();
    let mut bytes = 0usize;
    let started = std::time::Instant::now();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line)?;
        if list_all
            && v.get("id")
                .and_then(Value::as_str)
                .is_some_and(|i| i.starts_with("dev-"))
        {
            return Err("--list-all is for self-written sets, not the corpus".into());
        }
        let get = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let (id, label, category, source) =
            (get("id"), get("label"), get("category"), get("source"));
        is_corpus |= id.starts_with("dev-");
        let interests: Vec<String> = v
            .get("interests")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let (title, body) = (get("title"), get("body"));
        bytes += title.len() + body.len();
        let input = ScanInput {
            id: None,
            title: &title,
            body: &body,
            interests: &interests,
        };
        let report = scanner.scan(&input)?;
        let rejected = !report.is_clean();
        let kind = source_kind(&source);
        let half = if held_out(&id) { "holdout" } else { "dev" };
        let fired: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.severity > scanner::Severity::Low)
            .map(|f| format!("{}:{}", f.rule, f.severity.as_str()))
            .collect();
        for name in ["all", half] {
            let s = splits.entry(name).or_default();
            if label == "malicious" {
                s.recall.add(rejected);
                s.by_category
                    .entry(category.clone())
                    .or_default()
                    .add(rejected);
                s.by_source.entry(kind.clone()).or_default().add(rejected);
                if rejected {
                    let top = report
                        .findings
                        .iter()
                        .filter(|f| f.severity >= scanner::Severity::Medium)
                        .max_by_key(|f| f.severity);
                    let matches = report.findings.iter().any(|f| {
                        f.severity >= scanner::Severity::Medium && f.category.as_str() == category
                    });
                    let _ = top;
                    s.category_ok
                        .add(matches || Category::ALL.iter().all(|c| c.as_str() != category));
                }
            } else {
                s.frr_all.add(rejected);
                match kind.as_str() {
                    "original:hard-negative" => s.frr_hard.add(rejected),
                    "atr" => s.frr_atr.add(rejected),
                    _ => s.frr_original.add(rejected),
                }
                s.low_quality.add(report.quality < FLOOR);
            }
        }
        if list && (half == "dev" || list_all) {
            if label == "malicious" && !rejected {
                println!("MISS {id} {category} {kind} fired={fired:?}");
                if list_all {
                    println!("    {:?}", body.chars().take(600).collect::<String>());
                }
            } else if label == "benign" && rejected {
                println!("FALSE-REJECT {id} {kind} fired={fired:?}");
                if std::env::var_os("EXCERPTS").is_some() {
                    for f in report
                        .findings
                        .iter()
                        .filter(|f| f.severity > scanner::Severity::Low)
                    {
                        let full = format!("{title}\n{body}");
                        let t = full.get(f.span.clone()).unwrap_or("");
                        println!(
                            "    {}: {:?}",
                            f.rule,
                            t.chars().take(240).collect::<String>()
                        );
                    }
                }
            } else if label == "benign" && report.quality < FLOOR {
                println!("LOW-QUALITY {id} {kind} q={}", report.quality);
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!("engine {}", scanner.engine());
    println!(
        "corpus {path}: {} bytes scanned in {:.3} s ({:.1} MB/s including JSON handling, one core)\n",
        bytes,
        secs,
        bytes as f64 / secs / 1e6
    );
    let names: &[&str] = if is_corpus && !show_holdout {
        println!("(corpus: dev half only; --holdout prints the whole corpus and the holdout)\n");
        &["dev"]
    } else {
        &["all", "dev", "holdout"]
    };
    for name in names {
        let Some(s) = splits.get(*name) else { continue };
        println!("== {name} ==");
        println!("recall overall                 {}", s.recall.show());
        for (c, t) in &s.by_category {
            println!("  recall {c:<23} {}", t.show());
        }
        for (src, t) in &s.by_source {
            println!("  recall source {src:<16} {}", t.show());
        }
        println!("false rejections, all benign   {}", s.frr_all.show());
        println!("  original (plain)             {}", s.frr_original.show());
        println!("  original:hard-negative       {}", s.frr_hard.show());
        println!("  atr true negatives           {}", s.frr_atr.show());
        println!(
            "benign below quality {FLOOR:.1}     {}",
            s.low_quality.show()
        );
        println!("category accuracy (rejected)   {}\n", s.category_ok.show());
    }
    Ok(())
}
