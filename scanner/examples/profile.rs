//! Scans one pattern file many times, for profilers: `cargo run --release -p scanner
//! --example profile -- FILE [ITERATIONS]`. Prints the throughput.

use scanner::{ScanInput, Scanner};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: profile FILE [ITERATIONS]")?;
    let n: usize = args.next().map_or(Ok(1000), |s| s.parse())?;
    let body = std::fs::read_to_string(path)?;
    let scanner = match std::env::var("RULES") {
        Ok(f) => Scanner::from_rules_toml(
            &std::fs::read_to_string(f)?,
            scanner::ScannerConfig::default(),
        )?,
        Err(_) => Scanner::builtin()?,
    };
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
