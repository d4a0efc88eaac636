//! Dumps everything the scanner says about each line of a JSON-lines corpus, for checking that
//! a change to the engine's mechanics changes no result: `cargo run --release -p scanner
//! --example dump -- CORPUS.jsonl > before.jsonl`, change, run again, `diff` the two files.
//!
//! Each input line yields several scans: the pattern as given, its body upper-cased, its body
//! with every `i` and `o` written as a Cyrillic look-alike, and the pattern's body joined with
//! the next three lines' bodies (long texts with hits far apart). For each scan it prints the
//! verdict, the quality score and every explained finding (rule, category, severity, span,
//! excerpt, downgrade, decoded encoding), and the work counters.

use scanner::{ScanInput, Scanner};
use serde_json::{Value, json};
use std::io::{BufRead, BufWriter, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: dump CORPUS.jsonl")?;
    let scanner = Scanner::builtin()?;
    let file = std::io::BufReader::new(std::fs::File::open(&path)?);
    let mut lines = Vec::new();
    for line in file.lines() {
        let v: Value = serde_json::from_str(&line?)?;
        let title = v["title"].as_str().unwrap_or("").to_string();
        let body = v["body"].as_str().unwrap_or("").to_string();
        let interests: Vec<String> = v["interests"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let id = v["id"].as_str().unwrap_or("").to_string();
        lines.push((id, title, body, interests));
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (i, (id, title, body, interests)) in lines.iter().enumerate() {
        let joined: String = lines
            .iter()
            .skip(i)
            .take(4)
            .map(|l| l.2.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        let variants = [
            ("plain", body.clone()),
            ("upper", body.to_uppercase()),
            (
                "cyrillic",
                body.replace('o', "\u{043e}").replace('i', "\u{0456}"),
            ),
            ("joined", joined),
        ];
        for (kind, text) in &variants {
            let input = ScanInput {
                id: None,
                title,
                body: text,
                interests,
            };
            let value = match scanner.explain(&input) {
                Ok((report, explained)) => {
                    let findings: Vec<Value> = explained
                        .iter()
                        .map(|e| {
                            json!({
                                "rule": e.finding.rule,
                                "category": e.finding.category.as_str(),
                                "severity": e.finding.severity.as_str(),
                                "span": [e.finding.span.start, e.finding.span.end],
                                "excerpt": e.finding.excerpt,
                                "downgraded": e.downgraded,
                                "decoded_from": e.decoded_from,
                            })
                        })
                        .collect();
                    let work = scanner
                        .scan_with_work(&input)
                        .map(|(_, w)| format!("{w:?}"))?;
                    json!({
                        "id": id,
                        "kind": kind,
                        "verdict": report.verdict.as_str(),
                        "quality": report.quality,
                        "findings": findings,
                        "work": work,
                    })
                }
                Err(e) => json!({ "id": id, "kind": kind, "error": e.to_string() }),
            };
            serde_json::to_writer(&mut out, &value)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(())
}
