//! The recovery drain after an outage (issue 5 bar): N parents × G interest groups (default
//! 100 × 10 = 1,000 agents) each queue drafts, some of them newer versions of others. During
//! the outage (the sensor forced Degraded with `simulate`) every agent's publishes are buffered
//! and nothing reaches the broker. On recovery every parent flushes at once, and this program
//! measures what the broker receives: the peak number of patterns stored in any one-second
//! window (broker side, polled from `/pool/health`), each parent's peak sends in any one-second
//! window (from the send instants its outbox records), and whether every buffered publish was
//! stored or recorded as superseded. See `nanoclaw/BENCH.md` for the command and the figures.

mod support;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use clap::Parser;
use nanoclaw::breaker::{Simulation, write_simulation};
use nanoclaw::clock::now_ms;
use nanoclaw::config::Config;
use nanoclaw::halt::{self, HaltInfo};
use nanoclaw::home::{Home, atomic_write};
use nanoclaw::outbox::{Draft, Outbox};
use nanoclaw::sync::{SyncOptions, run};
use support::{Broker, cpu_secs};

/// Runs the drain benchmark.
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
    /// Each parent's drain rate (publishes a second; the config's `breaker.drain_rate_per_sec`).
    #[arg(long, default_value_t = 5.0)]
    rate: f64,
    /// Each drained publish's random extra delay (`breaker.drain_jitter_ms`).
    #[arg(long, default_value_t = 200)]
    jitter_ms: u64,
    /// Agents' start jitter per parent (milliseconds).
    #[arg(long, default_value_t = 2_000)]
    start_jitter_ms: u64,
    /// Set every home's kill switch this long after the recovery starts, measure how long
    /// each parent still sends and takes to stop, then resume and drain the rest.
    #[arg(long)]
    halt_after_ms: Option<u64>,
}

const TOPICS: [&str; 20] = [
    "bitcoin fees",
    "founder scaling",
    "rust async",
    "kubernetes upgrades",
    "postgres indexing",
    "email marketing",
    "tax filing",
    "garden irrigation",
    "sourdough baking",
    "marathon training",
    "pricing pages",
    "hiring loops",
    "backup restores",
    "logging costs",
    "caching layers",
    "release notes",
    "incident reviews",
    "capacity planning",
    "fraud checks",
    "mobile releases",
];

fn body(topic: &str, salt: &str) -> String {
    format!(
        "# {topic} checklist ({salt})\n\n1. Measure {topic} costs for 3 days before changing anything.\n\
         2. Compare the 2 cheapest {topic} options and write the numbers down.\n\
         - Keep a short log of each {topic} change and who made it.\n\
         - Review the log every 7 days and drop what did not help.\n"
    )
}

/// The largest number of instants (ms) inside any window of `width` ms.
fn peak_in_window(times: &mut [u64], width: u64) -> usize {
    times.sort_unstable();
    let (mut best, mut lo) = (0, 0);
    for hi in 0..times.len() {
        while times[hi] - times[lo] >= width {
            lo += 1;
        }
        best = best.max(hi - lo + 1);
    }
    best
}

/// The largest increase of a cumulative count (`(ms, count)`, in time order) within `width` ms.
fn peak_increase(series: &[(u64, u64)], width: u64) -> u64 {
    let (mut best, mut lo) = (0, 0);
    for hi in 0..series.len() {
        while series[hi].0 - series[lo].0 > width {
            lo += 1;
        }
        best = best.max(series[hi].1 - series[lo].1);
    }
    best
}

async fn live_patterns(http: &reqwest::Client, url: &str) -> Result<u64> {
    let h: serde_json::Value = http
        .get(format!("{url}/pool/health"))
        .send()
        .await?
        .json()
        .await?;
    h["patterns"]
        .as_u64()
        .ok_or_else(|| anyhow::anyhow!("no pattern count in /pool/health"))
}

async fn flush_all(homes: &[Home]) -> Result<Vec<nanoclaw::sync::SyncSummary>> {
    Ok(flush_all_timed(homes)
        .await?
        .into_iter()
        .map(|(s, _)| s)
        .collect())
}

/// Flushes every home at once; each summary comes with the unix ms its flush returned.
async fn flush_all_timed(homes: &[Home]) -> Result<Vec<(nanoclaw::sync::SyncSummary, u64)>> {
    let handles: Vec<_> = homes
        .iter()
        .cloned()
        .map(|h| {
            tokio::spawn(async move {
                let options = SyncOptions {
                    publish_only: true,
                    ..SyncOptions::default()
                };
                let s = run(&h, &options).await;
                s.map(|s| (s, now_ms()))
            })
        })
        .collect();
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await??);
    }
    Ok(out)
}

/// The kill switch during a drain: every home's `HALT` is set (each flag's time noted), then
/// per parent: how long after its flag it still sent, and how long until its flush returned.
async fn halt_during_drain(args: &Args, homes: &[Home], queued: usize) -> Result<()> {
    let delay = Duration::from_millis(args.halt_after_ms.unwrap_or(0));
    let halter = {
        let homes = homes.to_vec();
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            let mut flagged = Vec::new();
            for h in &homes {
                let at = now_ms();
                halt::set(
                    &h.halt_path(),
                    &HaltInfo {
                        at_ms: at,
                        by: "drain benchmark".into(),
                        reason: "halt during the recovery drain".into(),
                    },
                )?;
                flagged.push(at);
            }
            anyhow::Ok(flagged)
        })
    };
    let done = flush_all_timed(homes).await?;
    let flagged = halter.await??;
    let (mut worst_exit, mut worst_send, mut after_flag) = (0u64, 0i64, 0usize);
    let (mut sent, mut superseded, mut pending) = (0usize, 0usize, 0usize);
    for ((h, (summary, ended)), flag) in homes.iter().zip(&done).zip(&flagged) {
        worst_exit = worst_exit.max(ended.saturating_sub(*flag));
        let outbox = Outbox::open(&h.path("outbox"), Duration::from_secs(5))?;
        for r in outbox.sent_records()? {
            if let Some(t) = r.sent_ms {
                let late = t as i64 - *flag as i64;
                worst_send = worst_send.max(late);
                if late > 0 {
                    after_flag += 1;
                }
            }
        }
        sent += outbox.sent_records()?.len();
        superseded += outbox.superseded_records()?.len();
        pending += summary.pending;
    }
    let halted = done.iter().filter(|(s, _)| s.halted).count();
    println!(
        "halt after {} ms: {halted} of {} flushes stopped by the kill switch; latest send {} ms \
         after its parent's flag ({after_flag} sends after the flag: requests already past the \
         check); every flush returned within {worst_exit} ms of its flag; {sent} stored, \
         {superseded} superseded, {pending} kept pending ({})",
        delay.as_millis(),
        homes.len(),
        worst_send,
        if sent + superseded + pending == queued {
            "all accounted for"
        } else {
            "MISMATCH"
        }
    );
    for h in homes {
        halt::clear(&h.halt_path())?;
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let work = tempfile::tempdir()?;
    let broker = Broker::start(&args.broker, &work.path().join("data"))?;
    let url = broker.url.clone();
    let http = reqwest::Client::new();

    // Each identity queues three drafts: "A" (v1), "B", then "A" again with a new body (v2),
    // which supersedes v1 when the outbox is coalesced.
    let mut homes = Vec::new();
    let mut queued = 0usize;
    for p in 0..args.parents {
        let groups: Vec<String> = (0..args.groups)
            .map(|g| TOPICS[(p + g) % TOPICS.len()].to_string())
            .collect();
        let mut config = Config::new(&url, &groups)?;
        config.agents.start_jitter_ms = args.start_jitter_ms;
        config.breaker.drain_rate_per_sec = args.rate;
        config.breaker.drain_jitter_ms = args.jitter_ms;
        let home = Home::new(work.path().join(format!("parent-{p}")));
        home.init(&config)?;
        atomic_write(&home.config_path(), config.to_commented_toml().as_bytes())?;
        let outbox = Outbox::open(&home.path("outbox"), Duration::ZERO)?;
        for g in &config.groups {
            let topic = g.interests.join(", ");
            let draft = |title: &str, salt: &str| Draft {
                title: format!("{title} for {topic} (parent {p})"),
                body: body(&topic, &format!("{salt} parent {p}")),
                interests: g.interests.clone(),
                tier: 1,
                impact: None,
            };
            for (i, d) in [
                draft("Checklist", "v1"),
                draft("Review", "once"),
                draft("Checklist", "v2"),
            ]
            .into_iter()
            .enumerate()
            {
                outbox.enqueue(&g.name, d, 1_000 + i as u64)?;
                queued += 1;
            }
        }
        drop(outbox);
        homes.push(home);
    }

    // The outage: the sensor reads 6 s (Degraded); every agent's publishes are buffered.
    for h in &homes {
        write_simulation(h.root(), Some(Simulation { latency_ms: 6_000 }))?;
    }
    let during = flush_all(&homes).await?;
    let buffered: usize = during.iter().map(|s| s.buffered).sum();
    let superseded_early: usize = during.iter().map(|s| s.superseded).sum();
    let sent_during: usize = during.iter().map(|s| s.published).sum();
    let agents: usize = during.iter().map(|s| s.agents).sum();
    let stored_during = live_patterns(&http, &url).await?;
    println!(
        "outage: {} parents, {agents} agents, {queued} drafts queued; {buffered} publishes buffered, \
         {superseded_early} superseded by coalescing, {sent_during} sent, broker holds {stored_during}",
        args.parents
    );

    // Recovery: every parent flushes at once; the broker's count is polled every 20 ms.
    for h in &homes {
        write_simulation(h.root(), None)?;
    }
    if args.halt_after_ms.is_some() {
        halt_during_drain(&args, &homes, queued).await?;
    }
    let done = Arc::new(AtomicBool::new(false));
    let broker_cpu = cpu_secs(broker.pid());
    let t0 = Instant::now();
    let poller = {
        let (done, http, url) = (done.clone(), http.clone(), url.clone());
        tokio::spawn(async move {
            let mut series = Vec::new();
            while !done.load(Ordering::Relaxed) {
                if let Ok(n) = live_patterns(&http, &url).await {
                    series.push((t0.elapsed().as_millis() as u64, n));
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            series
        })
    };
    let after = flush_all(&homes).await?;
    let took = t0.elapsed();
    let broker_cpu = cpu_secs(broker.pid()) - broker_cpu;
    done.store(true, Ordering::Relaxed);
    let series = poller.await?;
    let stored = live_patterns(&http, &url).await?;

    let published: usize = after.iter().map(|s| s.published).sum();
    let superseded_late: usize = after.iter().map(|s| s.superseded).sum();
    let pending: usize = after.iter().map(|s| s.pending).sum();
    let refused: usize = after.iter().map(|s| s.refused).sum();
    let errors: Vec<String> = after.iter().flat_map(|s| s.errors.clone()).collect();

    // Each parent's sends, from its outbox, and the superseded records.
    let mut per_parent_peak = Vec::new();
    let mut all_sends = Vec::new();
    let (mut sent_records, mut superseded_records) = (0usize, 0usize);
    for h in &homes {
        let outbox = Outbox::open(&h.path("outbox"), Duration::from_secs(5))?;
        let mut times: Vec<u64> = outbox
            .sent_records()?
            .iter()
            .filter_map(|r| r.sent_ms)
            .collect();
        sent_records += outbox.sent_records()?.len();
        superseded_records += outbox.superseded_records()?.len();
        all_sends.extend(times.iter().copied());
        per_parent_peak.push(peak_in_window(&mut times, 1_000));
    }
    let mut by_peak: BTreeMap<usize, usize> = BTreeMap::new();
    for p in &per_parent_peak {
        *by_peak.entry(*p).or_default() += 1;
    }
    let worst_parent = per_parent_peak.iter().copied().max().unwrap_or(0);
    let client_peak = peak_in_window(&mut all_sends, 1_000);
    let broker_peak = peak_increase(&series, 1_000);
    let ceiling = args.rate * args.parents as f64;

    println!(
        "recovery: {:.1} s wall; {published} stored, {superseded_late} more superseded, {refused} refused, \
         {pending} still pending, {} errors; broker holds {stored}; broker cpu {broker_cpu:.1} s",
        took.as_secs_f64(),
        errors.len()
    );
    println!(
        "accounting: {queued} queued = {sent_records} stored + {superseded_records} recorded superseded \
         ({})",
        if queued == sent_records + superseded_records && stored as usize == sent_records {
            "every buffered publish is accounted for"
        } else {
            "MISMATCH"
        }
    );
    println!(
        "rate: each parent at most {worst_parent} sends in any 1 s (configured {} /s; parents by peak: {by_peak:?}); \
         all parents: {client_peak} sends in the busiest 1 s by send time, {broker_peak} stored in the busiest 1 s \
         at the broker (polled every 20 ms), mean {:.0} /s; ceiling {} parents x {} /s = {ceiling:.0} /s",
        args.rate,
        published as f64 / took.as_secs_f64(),
        args.parents,
        args.rate,
    );
    for e in errors.iter().take(5) {
        println!("  error: {e}");
    }
    drop(broker);
    if stored_during != 0
        || queued != sent_records + superseded_records
        || worst_parent as f64 > args.rate.ceil()
    {
        bail!("the bar is not met (see above)");
    }
    Ok(())
}
