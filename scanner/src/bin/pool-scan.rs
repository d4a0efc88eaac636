//! `pool-scan`: the scanner from the command line, for operators and for evaluation.
//!
//! `pool-scan FILE.md` explains the verdict on one pattern in sentences; `pool-scan --jsonl FILE`
//! (or `-` for standard input) judges one pattern per line and writes one JSON line per input,
//! in order. A malformed input line yields an `{"error": ...}` line, never a crash.

use anyhow::{Context as _, Result};
use clap::Parser;
use scanner::{ScanInput, Scanner, ScannerConfig, Severity, Verdict};
use serde_json::{Value, json};
use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;

/// Scan pool patterns for injections, secrets, dangerous commands and other poison.
///
/// Exit status: 0 when the pattern is clean, 1 when it is rejected, 2 on error. With --jsonl
/// the status is 0 unless the input cannot be read at all.
#[derive(Debug, Parser)]
#[command(name = "pool-scan", version, about, long_about)]
struct Args {
    /// A markdown pattern to judge (title = its first `# ` heading, else the file name).
    #[arg(required_unless_present = "jsonl", conflicts_with = "jsonl")]
    file: Option<PathBuf>,
    /// Judge one JSON object per line: {"title","body","interests"} (other fields ignored).
    /// `-` reads standard input.
    #[arg(long, value_name = "FILE")]
    jsonl: Option<String>,
    /// Interests of the pattern, comma separated (for FILE).
    #[arg(long, value_delimiter = ',')]
    interests: Vec<String>,
    /// Replace the built-in rules with this rules file (TOML).
    #[arg(long, value_name = "RULES.toml")]
    rules: Option<PathBuf>,
    /// Disable a rule by id (repeatable).
    #[arg(long = "disable", value_name = "RULE")]
    disabled: Vec<String>,
    /// Print the report for FILE as JSON instead of sentences.
    #[arg(long)]
    json: bool,
}

fn main() {
    match run() {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("pool-scan: {e:#}");
            std::process::exit(2);
        }
    }
}

fn run() -> Result<i32> {
    let args = Args::parse();
    let config = ScannerConfig {
        disabled_rules: args.disabled.clone(),
        rules_file: args.rules.clone(),
        ..ScannerConfig::default()
    };
    let scanner = Scanner::with_config(config).context("loading the rules")?;
    if let Some(path) = &args.jsonl {
        jsonl(&scanner, path)?;
        return Ok(0);
    }
    let Some(file) = &args.file else { return Ok(2) };
    let body =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let title = body
        .lines()
        .find_map(|l| l.strip_prefix("# ").map(str::trim))
        .map(str::to_string)
        .unwrap_or_else(|| {
            file.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
    let interests: Vec<String> = args
        .interests
        .iter()
        .map(|i| i.trim().to_lowercase())
        .filter(|i| !i.is_empty())
        .collect();
    let input = ScanInput {
        id: None,
        title: &title,
        body: &body,
        interests: &interests,
    };
    let (report, explained) = scanner.explain(&input).context("scanning")?;
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        let verdict = match report.verdict {
            Verdict::Clean => "CLEAN: the pool would store this pattern",
            Verdict::Reject => "REJECTED: the pool would refuse this pattern",
        };
        writeln!(out, "{}\n  title: {title}", verdict)?;
        writeln!(
            out,
            "  quality: {:.1}/10 (the pool's floor is 7.0)",
            report.quality
        )?;
        writeln!(out, "  engine: {}", report.engine)?;
        if explained.is_empty() {
            writeln!(out, "\nNo rule fired.")?;
        }
        let blocking: Vec<_> = explained
            .iter()
            .filter(|e| e.finding.severity >= Severity::High)
            .collect();
        let signals: Vec<_> = explained
            .iter()
            .filter(|e| e.finding.severity == Severity::Medium)
            .collect();
        let notes: Vec<_> = explained
            .iter()
            .filter(|e| e.finding.severity == Severity::Low)
            .collect();
        for (heading, list) in [
            (
                "Blocking findings (any one rejects the pattern):",
                &blocking,
            ),
            (
                "Signals (two different signals close together reject the pattern):",
                &signals,
            ),
            (
                "Notes (matched, but in defensive or explanatory context, so they do not count):",
                &notes,
            ),
        ] {
            if list.is_empty() {
                continue;
            }
            writeln!(out, "\n{heading}")?;
            for e in list.iter() {
                let f = &e.finding;
                writeln!(
                    out,
                    "- {} [{} / {}] at bytes {}..{}",
                    f.rule,
                    f.category.as_str(),
                    f.severity.as_str(),
                    f.span.start,
                    f.span.end
                )?;
                writeln!(out, "    why: {}", e.description)?;
                if let Some(via) = e.decoded_from {
                    writeln!(out, "    found after decoding {via}")?;
                }
                writeln!(out, "    text: {}", f.excerpt)?;
            }
        }
        if report.verdict == Verdict::Reject {
            writeln!(
                out,
                "\nTo appeal, an operator can allow the pattern id or disable a rule id in the [scanner] config."
            )?;
        }
    }
    Ok(if report.is_clean() { 0 } else { 1 })
}

fn jsonl(scanner: &Scanner, path: &str) -> Result<()> {
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(path).with_context(|| format!("opening {path}"))?,
        ))
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (number, line) in reader.split(b'\n').enumerate() {
        let line = line.with_context(|| format!("reading line {}", number + 1))?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let value = judge_line(scanner, &line)
            .unwrap_or_else(|e| json!({ "error": format!("line {}: {e}", number + 1) }));
        serde_json::to_writer(&mut out, &value)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

fn judge_line(scanner: &Scanner, line: &[u8]) -> Result<Value, String> {
    let v: Value = serde_json::from_slice(line).map_err(|e| format!("not JSON: {e}"))?;
    let obj = v.as_object().ok_or("not a JSON object")?;
    let title = match obj.get("title") {
        None | Some(Value::Null) => "",
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err("`title` is not a string".into()),
    };
    let body = obj
        .get("body")
        .and_then(Value::as_str)
        .ok_or("`body` is missing or not a string")?;
    let interests: Vec<String> = match obj.get("interests") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_string)
                    .ok_or("`interests` holds a non-string")
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err("`interests` is not an array".into()),
    };
    let id = obj.get("id").and_then(Value::as_str);
    let input = ScanInput {
        id,
        title,
        body,
        interests: &interests,
    };
    let report = scanner
        .scan(&input)
        .map_err(|e| format!("scanner refused: {e}"))?;
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| json!({ "rule": f.rule, "category": f.category.as_str(), "severity": f.severity.as_str() }))
        .collect();
    Ok(json!({
        "verdict": report.verdict.as_str(),
        "quality": report.quality,
        "findings": findings,
        "engine": report.engine,
    }))
}
