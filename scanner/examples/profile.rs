//! Scans one pattern file many times, for profilers: `cargo run --release -p scanner
//! --example profile -- FILE [ITERATIONS]`. Prints the throughput.
//!
//! Given a JSON-lines corpus (`FILE.jsonl`), it times every line instead: one cold pass (the
//! first scan of each line, lazy automata still warming) and ITERATIONS warm passes, then
//! prints both throughputs and the slowest lines by id, size and time. It prints ids and
//! timings only, never a line's text.

use std::io::Write as _;

use scanner::{ScanInput, Scanner};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: profile FILE [ITERATIONS]")?;
    let n: usize = args.next().map_or(Ok(1000), |s| s.parse())?;
    let body = std::fs::read_to_string(&path)?;
    let scanner = match std::env::var("RULES") {
        Ok(f) => Scanner::from_rules_toml(
            &std::fs::read_to_string(f)?,
            scanner::ScannerConfig::default(),
        )?,
        Err(_) => Scanner::builtin()?,
    };
    if path.ends_with(".jsonl") {
        return corpus(&scanner, &body, n);
    }
    let interests = vec!["linux ops".to_string()];
    let probe = ScanInput {
        id: None,
        title: "Runbook",
        body: &body,
        interests: &interests,
    };
    let (_, work) = scanner.scan_with_work(&probe)?;
    println!("work per scan: {work:?}");
    let start = std::time::Instant::now();
    let mut rejected = 0usize;
    for _ in 0..n {
        let input = ScanInput {
            id: None,
            title: "Runbook",
            body: &body,
            interests: &interests,
        };
        if !scanner.scan(&input)?.is_clean() {
            rejected += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} scans of {} bytes: {:.1} MB/s ({rejected} rejected)",
        n,
        body.len(),
        (n * body.len()) as f64 / secs / 1e6
    );
    Ok(())
}

/// One corpus line: id, title, body, interests.
type Line = (String, String, String, Vec<String>);

/// Times every line of a corpus: a cold pass, then `passes` warm ones.
fn corpus(scanner: &Scanner, text: &str, passes: usize) -> Result<(), Box<dyn std::error::Error>> {
    let mut lines: Vec<Line> = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let get = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let interests = v
            .get("interests")
            .and_then(|a| a.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        lines.push((get("id"), get("title"), get("body"), interests));
    }
    let bytes: usize = lines.iter().map(|l| l.1.len() + l.2.len()).sum();
    // `scan` is `scan_with_work` without the counters: timing the latter costs nothing more
    // and keeps the counters of every line for the report below.
    let scan = |l: &Line| -> Result<(f64, scanner::Work), scanner::ScanError> {
        let input = ScanInput {
            id: None,
            title: &l.1,
            body: &l.2,
            interests: &l.3,
        };
        let t = std::time::Instant::now();
        let (report, work) = scanner.scan_with_work(&input)?;
        std::hint::black_box(report);
        Ok((t.elapsed().as_secs_f64(), work))
    };
    let mut cold = Vec::with_capacity(lines.len());
    let mut works = Vec::with_capacity(lines.len());
    for l in &lines {
        let (t, work) = scan(l)?;
        cold.push(t);
        works.push(work);
    }
    let mut warm = vec![f64::MAX; lines.len()];
    for _ in 0..passes {
        for (l, best) in lines.iter().zip(warm.iter_mut()) {
            *best = best.min(scan(l)?.0);
        }
    }
    let total = |t: &[f64]| t.iter().sum::<f64>();
    println!(
        "{} lines, {bytes} bytes: cold pass {:.3} s ({:.1} MB/s)",
        lines.len(),
        total(&cold),
        bytes as f64 / total(&cold) / 1e6
    );
    if passes > 0 {
        println!(
            "warm (fastest of {passes} per line) {:.3} s ({:.1} MB/s)",
            total(&warm),
            bytes as f64 / total(&warm) / 1e6
        );
    }
    let mut order: Vec<usize> = (0..lines.len()).collect();
    let key = |i: usize| {
        if passes > 0 {
            warm.get(i).copied().unwrap_or(0.0)
        } else {
            cold.get(i).copied().unwrap_or(0.0)
        }
    };
    order.sort_by(|&a, &b| key(b).total_cmp(&key(a)));
    // Written with `writeln!`, not `println!`, so that a reader that stops early (`| head`)
    // ends the listing instead of panicking on the closed pipe.
    let mut out = std::io::stdout().lock();
    let listed = (|| -> std::io::Result<()> {
        writeln!(
            out,
            "slowest lines (id, bytes, cold µs, warm µs, warm MB/s, views scanned, depth):"
        )?;
        for &i in order.iter().take(15) {
            if let (Some(l), Some(c), Some(work)) = (lines.get(i), cold.get(i), works.get(i)) {
                let size = l.1.len() + l.2.len();
                writeln!(
                    out,
                    "  {} {size} {:.0} {:.0} {:.1} {} {}",
                    l.0,
                    c * 1e6,
                    key(i) * 1e6,
                    size as f64 / key(i) / 1e6,
                    work.views,
                    work.depth
                )?;
            }
        }
        Ok(())
    })();
    match listed {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
