//! The midnight herd: N parents × G interest groups (default 100 × 10 = 1,000 agents) sync at
//! once against one real `pool-broker` that holds P patterns (default 100,000, loaded with
//! `pool-broker import`). Prints the wall time, agents completed, patterns delivered and
//! applied, and errors. See `nanoclaw/BENCH.md` for the command and the figure.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use clap::Parser;
use nanoclaw::config::Config;
use nanoclaw::home::{Home, atomic_write};
use nanoclaw::sync::{SyncOptions, run};
use pool_proto::{Keypair, Limits, PatternDraft};

/// Runs the herd benchmark.
#[derive(Debug, Parser)]
struct Args {
    /// The `pool-broker` binary.
    #[arg(long, default_value = "target/release/pool-broker")]
    broker: PathBuf,
    /// Parents.
    #[arg(long, default_value_t = 100)]
    parents: usize,
    /// Interest groups (agents) per parent.
    #[arg(long, default_value_t = 10)]
    groups: usize,
    /// Patterns the broker holds.
    #[arg(long, default_value_t = 100_000)]
    patterns: usize,
    /// Agents' start jitter per parent (milliseconds).
    #[arg(long, default_value_t = 2_000)]
    jitter_ms: u64,
}

const WORDS: [&str; 40] = [
    "bitcoin",
    "founder",
    "rust",
    "kubernetes",
    "postgres",
    "email",
    "tax",
    "garden",
    "sourdough",
    "marathon",
    "pricing",
    "hiring",
    "security",
    "backup",
    "logging",
    "caching",
    "testing",
    "design",
    "sales",
    "support",
    "budget",
    "travel",
    "cooking",
    "fitness",
    "writing",
    "music",
    "privacy",
    "compliance",
    "onboarding",
    "latency",
    "search",
    "storage",
    "billing",
    "mobile",
    "analytics",
    "docs",
    "release",
    "incident",
    "capacity",
    "fraud",
];

fn topic(i: usize) -> String {
    format!(
        "{} {}",
        WORDS[i % WORDS.len()],
        WORDS[(i / WORDS.len() + 1 + i) % WORDS.len()]
    )
}

fn body(t: &str, i: usize) -> String {
    format!(
        "# {t} note {i}\n\n1. Measure {t} for 3 days.\n2. Change one thing at a time and log it.\n- Review every 7 days.\n"
    )
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    if !args.broker.exists() {
        bail!(
            "{} not found: build it (cargo build --release -p pool-broker) or pass --broker",
            args.broker.display()
        );
    }
    let work = tempfile::tempdir()?;
    let data = work.path().join("data");
    let topics = 400;

    let t = Instant::now();
    let jsonl = work.path().join("patterns.jsonl");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&jsonl)?);
        let authors: Vec<Keypair> = (0..100).map(|_| Keypair::generate()).collect();
        let now = nanoclaw::clock::now_ms();
        for i in 0..args.patterns {
            let tp = topic(i % topics);
            let p = PatternDraft {
                title: format!("{tp} note {i}"),
                body: body(&tp, i),
                interests: vec![tp],
                tier: (i % 3) as u8,
                impact: None,
            }
            .sign(
                &authors[i % authors.len()],
                now,
                48 * 3_600_000,
                &Limits::default(),
            )?;
            serde_json::to_writer(&mut f, &p)?;
            f.write_all(b"\n")?;
        }
    }
    let status = Command::new(&args.broker)
        .arg("import")
        .arg(&jsonl)
        .arg("--data")
        .arg(&data)
        .stdout(Stdio::null())
        .status()?;
    if !status.success() {
        bail!("pool-broker import failed");
    }
    println!(
        "loaded {} patterns in {:.1} s",
        args.patterns,
        t.elapsed().as_secs_f64()
    );

    let mut broker = Command::new(&args.broker)
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--metrics-listen",
            "127.0.0.1:0",
            "--enrollment",
            "open",
            "--data",
        ])
        .arg(&data)
        .env("RUST_LOG", "error")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = broker.stdout.take().context("broker stdout")?;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(u) = line.strip_prefix("pool-broker listening on ") {
                let _ = tx.send(u.to_string());
            }
        }
    });
    let url = rx
        .recv_timeout(Duration::from_secs(120))
        .context("the broker did not start")?;

    let mut homes = Vec::new();
    for p in 0..args.parents {
        let groups: Vec<String> = (0..args.groups)
            .map(|g| topic((p * args.groups + g) % topics))
            .collect();
        let mut config = Config::new(&url, &groups)?;
        config.agents.start_jitter_ms = args.jitter_ms;
        let home = Home::new(work.path().join(format!("parent-{p}")));
        home.init(&config)?;
        atomic_write(&home.config_path(), config.to_commented_toml().as_bytes())?;
        homes.push(home);
    }

    let started = Instant::now();
    let handles: Vec<_> = homes
        .into_iter()
        .map(|h| tokio::spawn(async move { run(&h, &SyncOptions::default()).await }))
        .collect();
    let (mut agents, mut completed, mut delivered, mut applied, mut escalated, mut errors) =
        (0, 0, 0, 0, 0, Vec::new());
    for h in handles {
        match h.await? {
            Ok(s) => {
                agents += s.agents;
                completed += s.completed;
                delivered += s.delivered;
                applied += s.applied;
                escalated += s.escalated;
                errors.extend(s.errors);
            }
            Err(e) => errors.push(e.to_string()),
        }
    }
    let took = started.elapsed();
    let _ = broker.kill();
    let _ = broker.wait();
    println!(
        "{} parents x {} groups = {agents} agents against {} patterns: {:.1} s wall; completed {completed}; delivered {delivered}; applied {applied}; escalated {escalated}; errors {}",
        args.parents,
        args.groups,
        args.patterns,
        took.as_secs_f64(),
        errors.len()
    );
    for e in errors.iter().take(5) {
        println!("error: {e}");
    }
    Ok(())
}
