//! The midnight herd: N parents × G interest groups (default 100 × 10 = 1,000 agents) sync at
//! once against one real `pool-broker` that holds P patterns (default 100,000, loaded with
//! `pool-broker import`). Prints the wall time, agents completed, patterns delivered and
//! applied, and errors. See `nanoclaw/BENCH.md` for the command and the figure.
//!
//! Each run measures, against the same broker, the same herd with governance off (queries only:
//! the pool's side of the sync, the same-run baseline), then the full herd, then the baseline
//! again (so a warming or a slowing machine shows), with the CPU seconds the broker and this
//! process spent in each phase. `--data DIR` keeps the loaded broker data for the next run.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

mod support;

use anyhow::{Result, bail};
use clap::Parser;
use nanoclaw::config::Config;
use nanoclaw::home::{Home, atomic_write};
use nanoclaw::sync::{SyncOptions, run};
use pool_proto::{Keypair, Limits, PatternDraft};
use support::{Broker, cpu_secs};

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
    /// Keep the broker's data here; a directory that exists is reused as it is (no load).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Skip the baselines (the full herd only).
    #[arg(long)]
    no_baseline: bool,
}

/// What one phase of the herd did.
#[derive(Default)]
struct Phase {
    agents: usize,
    completed: usize,
    delivered: usize,
    applied: usize,
    escalated: usize,
    rejected: usize,
    errors: Vec<String>,
}

async fn herd(homes: &[Home], skip_governance: bool) -> Result<Phase> {
    let handles: Vec<_> = homes
        .iter()
        .cloned()
        .map(|h| {
            let options = SyncOptions {
                skip_governance,
                ..SyncOptions::default()
            };
            tokio::spawn(async move { run(&h, &options).await })
        })
        .collect();
    let mut phase = Phase::default();
    for h in handles {
        match h.await? {
            Ok(s) => {
                phase.agents += s.agents;
                phase.completed += s.completed;
                phase.delivered += s.delivered;
                phase.applied += s.applied;
                phase.escalated += s.escalated;
                phase.rejected += s.rejected;
                phase.errors.extend(s.errors);
            }
            Err(e) => phase.errors.push(e.to_string()),
        }
    }
    Ok(phase)
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

fn load(args: &Args, work: &std::path::Path, data: &std::path::Path, topics: usize) -> Result<()> {
    let t = Instant::now();
    let jsonl = work.join("patterns.jsonl");
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
        .arg(data)
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
    Ok(())
}

fn body(t: &str, i: usize) -> String {
    format!(
        "# {t} note {i}\n\n1. Measure {t} for 3 days.\n2. Change one thing at a time and log it.\n- Review every 7 days.\n"
    )
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let work = tempfile::tempdir()?;
    let data = args
        .data
        .clone()
        .unwrap_or_else(|| work.path().join("data"));
    let topics = 400;

    if data.exists() {
        println!("reusing the broker data in {}", data.display());
    } else {
        load(&args, work.path(), &data, topics)?;
    }
    let broker = Broker::start(&args.broker, &data)?;
    let url = broker.url.clone();

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

    let broker_pid = broker.pid();
    let mut phases: Vec<(&str, bool)> = vec![("full herd", false)];
    if !args.no_baseline {
        phases.insert(0, ("baseline, governance off", true));
        phases.push(("baseline again", true));
    }
    let mut full_errors = Vec::new();
    for (name, skip) in phases {
        for h in &homes {
            // Each phase starts from a fresh latency sensor, as a first sync would.
            let _ = std::fs::remove_file(h.path("breaker.json"));
        }
        let (b0, m0) = (cpu_secs(broker_pid), cpu_secs(std::process::id()));
        let started = Instant::now();
        let p = herd(&homes, skip).await?;
        let took = started.elapsed();
        let (b1, m1) = (cpu_secs(broker_pid), cpu_secs(std::process::id()));
        println!(
            "{name}: {} parents x {} groups = {} agents against {} patterns: {:.1} s wall; \
             completed {}; delivered {}; applied {}; escalated {}; rejected {}; errors {}; \
             cpu: broker {:.1} s, parents {:.1} s",
            args.parents,
            args.groups,
            p.agents,
            args.patterns,
            took.as_secs_f64(),
            p.completed,
            p.delivered,
            p.applied,
            p.escalated,
            p.rejected,
            p.errors.len(),
            b1 - b0,
            m1 - m0,
        );
        for e in p.errors.iter().take(3) {
            println!("  error: {e}");
        }
        if !skip {
            full_errors = p.errors;
        }
    }
    drop(broker);
    if !full_errors.is_empty() {
        bail!("the full herd had {} errors", full_errors.len());
    }
    Ok(())
}
