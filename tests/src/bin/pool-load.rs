//! `pool-load`: the broker's load generator. It measures, in one run on one machine:
//!
//! 1. a **baseline**: a bare axum handler (parse a JSON body, answer JSON) in this process,
//!    driven exactly like the broker, so figures can be compared on a noisy machine;
//! 2. **publish**: signed, scanned, durably group-committed publishes from many agents;
//! 3. **query** at each requested pool size (default 10k and 100k live patterns);
//! 4. the broker's **resident memory** at the largest size.
//!
//! It starts its own `pool-broker` (rate limits raised, as for a benchmark). Requests are
//! signed and encoded before each timed phase (they stay valid for the broker's clock window),
//! sent on lean keep-alive connections ([`pool_tests::rawhttp`]), and answers are read but not
//! parsed, so the tool's own CPU time, reported beside the broker's, competes as little as it
//! can with the broker on the same machine. Every wait has a deadline; the run stops by itself.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use clap::Parser;
use pool_proto::wire::PublishRequest;
use pool_proto::{Keypair, Pattern};
use pool_tests::{
    Broker, BrokerOptions, Client, Figures, Prepared, Rng, cpu_secs, honest_draft, now_ms, rawhttp,
    rss_mib, vocabulary,
};
use serde_json::json;

#[derive(Parser)]
#[command(
    name = "pool-load",
    about = "Load generator for pool-broker: publish/s, query p50/p99, memory, against a same-run axum baseline."
)]
struct Args {
    /// Live pattern counts at which queries are measured (ascending).
    #[arg(long, value_delimiter = ',', default_value = "10000,100000")]
    patterns: Vec<usize>,
    /// Concurrent clients (queries, and publishes unless --publish-concurrency is given).
    #[arg(long, default_value_t = 32)]
    concurrency: usize,
    /// Concurrent publishers in the publish phases. Each publish waits for a group commit (a
    /// linger and a disk flush), so a few dozen closed-loop clients leave the broker idle part
    /// of the time; more publishers measure its publish capacity.
    #[arg(long)]
    publish_concurrency: Option<usize>,
    /// Seconds per query and baseline phase.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Parents the agents belong to.
    #[arg(long, default_value_t = 16)]
    parents: usize,
    /// Write the figures as JSON to this file too.
    #[arg(long)]
    json: Option<std::path::PathBuf>,
}

/// The tool itself runs on one thread: its tasks only write requests and read answers, and one
/// thread does that with fewer cross-thread wake-ups than two (28 against 33 µs of CPU per
/// publish), leaving more of the machine to the broker it measures.
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let args = Args::parse();
    let publishers = args.publish_concurrency.unwrap_or(args.concurrency);
    if args.patterns.is_empty() || args.concurrency == 0 || publishers == 0 {
        bail!("--patterns, --concurrency and --publish-concurrency must not be empty or zero");
    }
    println!(
        "machine: {} cores; concurrency {} (publish {publishers}); {} s per phase",
        num_cpus(),
        args.concurrency,
        args.seconds
    );

    let (baseline, baseline_cpu) = baseline(&args).await?;
    print!("baseline  (bare axum JSON handler)   {baseline}");
    match baseline_cpu {
        Some(us) => println!("  handler and tool CPU {us:.0} µs/req"),
        None => println!(),
    }

    let broker = Broker::start(
        BrokerOptions {
            enrollment: "open",
            ..BrokerOptions::default()
        }
        .set("RATE_LIMIT__PUBLISH_BURST", 1_000_000_000)
        .set("RATE_LIMIT__PUBLISH_PER_MINUTE", 1_000_000_000)
        .set("RATE_LIMIT__QUERY_BURST", 1_000_000_000)
        .set("RATE_LIMIT__QUERY_PER_MINUTE", 1_000_000_000)
        .set("RATE_LIMIT__MAX_CONCURRENT", 4096),
    );
    let vocab = vocabulary();
    let parents: Vec<Arc<Keypair>> = (0..args.parents.max(1))
        .map(|_| Arc::new(Keypair::generate()))
        .collect();
    let agents: Vec<Arc<Client>> = (0..args.concurrency.max(publishers))
        .map(|i| {
            Arc::new(Client::new(
                &broker.url,
                parents[i % parents.len()].clone(),
                Duration::from_secs(3600),
            ))
        })
        .collect();

    let (publishing, querying) = (&agents[..publishers], &agents[..args.concurrency]);
    let mut report = json!({
        "cores": num_cpus(), "concurrency": args.concurrency, "publish_concurrency": publishers,
        "baseline": baseline, "baseline_cpu_us": baseline_cpu,
    });
    let mut live = 0usize;
    let mut rng = Rng::new(7);
    for &target in &args.patterns {
        // Sign the patterns up front so that the publish phase measures the broker.
        let signed: Vec<(usize, Pattern)> = (live..target)
            .map(|n| {
                let a = n % publishing.len();
                let interests = rng.interests(&vocab);
                (
                    a,
                    publishing[a].sign(&honest_draft(n as u64, &interests), 24 * 3600 * 1000),
                )
            })
            .collect();
        let cpu = cpu_secs(broker.pid());
        let commits = Commits::scrape(&broker.metrics_url).await;
        let (mut publish, machine) = publish_all(publishing, signed).await?;
        publish.server_cpu_us = per_request_cpu(broker.pid(), cpu, publish.requests);
        let commits = Commits::scrape(&broker.metrics_url)
            .await
            .zip(commits)
            .map(|(after, before)| after.since(&before));
        live = target;
        println!("publish   (to {target:>7} live)          {publish}");
        if let Some(line) = machine.line(&publish) {
            println!("          machine                        {line}");
            report[format!("machine_to_{target}")] = json!({
                "seconds": machine.wall, "busy_cpu_seconds": machine.busy, "steal_cpu_seconds": machine.steal,
            });
        }
        if let Some(c) = &commits {
            println!("          group commits                  {c}");
            report[format!("commits_to_{target}")] = json!({
                "commits": c.commits, "jobs_per_commit": c.jobs_per_commit(), "commit_ms": c.mean_ms(),
            });
        }
        let cpu = cpu_secs(broker.pid());
        let mut query = query_for(querying, &vocab, Duration::from_secs(args.seconds)).await;
        query.server_cpu_us = per_request_cpu(broker.pid(), cpu, query.requests);
        println!("query     (at {target:>7} live)          {query}");
        report[format!("publish_to_{target}")] = serde_json::to_value(&publish)?;
        report[format!("query_at_{target}")] = serde_json::to_value(&query)?;
    }
    let rss = rss_mib(broker.pid());
    if let Some(mb) = rss {
        println!("broker resident memory at {live} live patterns: {mb:.0} MiB");
    }
    report["broker_rss_mib"] = json!(rss);
    if let Some(path) = &args.json {
        std::fs::write(path, serde_json::to_vec_pretty(&report)?)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// The writer's group-commit counters, read from the broker's Prometheus metrics: how many
/// commits, how many writes they carried and how long they took. Publish throughput at a given
/// concurrency is bounded by jobs per commit over commit time (the disk's flush latency), so the
/// publish line is read with these beside it.
#[derive(Debug, Clone, Copy)]
struct Commits {
    commits: f64,
    jobs: f64,
    seconds: f64,
}

impl Commits {
    async fn scrape(metrics_url: &str) -> Option<Commits> {
        let text = pool_tests::http_client()
            .get(metrics_url)
            .send()
            .await
            .ok()?
            .text()
            .await
            .ok()?;
        let value = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.trim().parse().ok())
        };
        Some(Commits {
            commits: value("pool_write_batch_jobs_count")?,
            jobs: value("pool_write_batch_jobs_sum")?,
            seconds: value("pool_write_batch_seconds_sum")?,
        })
    }

    fn since(&self, before: &Commits) -> Commits {
        Commits {
            commits: self.commits - before.commits,
            jobs: self.jobs - before.jobs,
            seconds: self.seconds - before.seconds,
        }
    }

    fn jobs_per_commit(&self) -> f64 {
        self.jobs / self.commits.max(1.0)
    }

    fn mean_ms(&self) -> f64 {
        self.seconds * 1000.0 / self.commits.max(1.0)
    }
}

impl std::fmt::Display for Commits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:>8.0} commits  {:.1} writes/commit  {:.2} ms/commit (apply and flush)",
            self.commits,
            self.jobs_per_commit(),
            self.mean_ms()
        )
    }
}

/// How busy the whole machine was during a timed phase, from `/proc/stat`: the figure that tells
/// a quiet run from one that shared the cores with other work.
#[derive(Debug, Clone, Copy, Default)]
struct MachineUse {
    /// Wall-clock seconds measured.
    wall: f64,
    /// CPU seconds every core spent busy (user, nice, system, irq, softirq).
    busy: f64,
    /// CPU seconds the hypervisor ran something else while this machine wanted a core.
    steal: f64,
}

impl MachineUse {
    fn add(&mut self, wall: Duration, before: Option<(f64, f64)>, after: Option<(f64, f64)>) {
        if let (Some(b), Some(a)) = (before, after) {
            self.wall += wall.as_secs_f64();
            self.busy += a.0 - b.0;
            self.steal += a.1 - b.1;
        }
    }

    /// "1.86 of 2 cores busy: broker 1.62, tool 0.13, other processes 0.11; steal 0.00", where
    /// the broker's and the tool's shares come from their CPU time per request.
    fn line(&self, phase: &Figures) -> Option<String> {
        if self.wall <= 0.0 {
            return None;
        }
        let cores =
            |us: Option<f64>| us.map_or(0.0, |us| us * phase.requests as f64 / 1e6 / self.wall);
        let (busy, broker, tool) = (
            self.busy / self.wall,
            cores(phase.server_cpu_us),
            cores(phase.client_cpu_us),
        );
        Some(format!(
            "{busy:.2} of {} cores busy: broker {broker:.2}, tool {tool:.2}, other processes {:.2}; steal {:.2}",
            num_cpus(),
            (busy - broker - tool).max(0.0),
            self.steal / self.wall
        ))
    }
}

/// The whole machine's CPU seconds so far, from the first line of `/proc/stat`: (busy, steal).
fn machine_cpu() -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let ticks: Vec<f64> = stat
        .lines()
        .next()?
        .strip_prefix("cpu ")?
        .split_whitespace()
        .filter_map(|t| t.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal, in USER_HZ (100 per second).
    let busy = ticks.first()? + ticks.get(1)? + ticks.get(2)? + ticks.get(5)? + ticks.get(6)?;
    Some((busy / 100.0, ticks.get(7)? / 100.0))
}

/// The broker's CPU time since `before`, per request, in µs: a figure that stays meaningful when
/// other work competes for the machine.
fn per_request_cpu(pid: u32, before: Option<f64>, requests: usize) -> Option<f64> {
    let used = cpu_secs(pid)? - before?;
    (requests > 0).then(|| used * 1e6 / requests as f64)
}

fn num_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Publishes per round at most this many requests, signed before the round starts (a signed
/// request must reach the broker within its clock window).
const PUBLISH_ROUND: usize = 20_000;

/// Publishes every pattern with one task per agent; returns the figures of the whole phase.
/// Requests are signed before each timed round, so the figures measure the broker.
async fn publish_all(
    agents: &[Arc<Client>],
    signed: Vec<(usize, Pattern)>,
) -> Result<(Figures, MachineUse)> {
    let errors = Arc::new(AtomicUsize::new(0));
    let mut timed = Duration::ZERO;
    let mut own_cpu = 0.0;
    let mut machine = MachineUse::default();
    let mut all = Vec::new();
    let mut signed = signed.into_iter().peekable();
    while signed.peek().is_some() {
        let mut per_agent: Vec<Vec<Prepared>> = vec![Vec::new(); agents.len()];
        for (a, p) in signed.by_ref().take(PUBLISH_ROUND) {
            let req = PublishRequest {
                from_agent_id: p.author.clone(),
                pattern: p,
                timestamp: now_ms(),
            };
            let body = serde_json::to_vec(&req).unwrap_or_default();
            per_agent[a].push(agents[a].prepare("/patterns/publish", body, now_ms()));
        }
        let (started, own, machine_before) = (Instant::now(), own_cpu_secs(), machine_cpu());
        let mut tasks = Vec::new();
        for (agent, requests) in agents.iter().cloned().zip(per_agent) {
            let errors = errors.clone();
            tasks.push(tokio::spawn(async move {
                let mut conn = agent.conn();
                let mut latencies = Vec::with_capacity(requests.len());
                for req in requests {
                    let t = Instant::now();
                    let answer = conn.send(req.bytes()).await;
                    latencies.push(t.elapsed());
                    let refused = match &answer {
                        Ok(a) if a.status == 200 => None,
                        Ok(a) => Some(format!("{} {}", a.status, String::from_utf8_lossy(a.body))),
                        Err(e) => Some(e.to_string()),
                    };
                    if let Some(why) = refused {
                        if errors.fetch_add(1, Ordering::Relaxed) < 3 {
                            eprintln!("publish refused: {why}");
                        }
                    }
                }
                latencies
            }));
        }
        for t in tasks {
            all.extend(t.await.context("publisher task")?);
        }
        timed += started.elapsed();
        own_cpu += own_cpu_secs() - own;
        machine.add(started.elapsed(), machine_before, machine_cpu());
    }
    let mut figures = Figures::from(all, timed, errors.load(Ordering::Relaxed));
    figures.client_cpu_us = (figures.requests > 0).then(|| own_cpu * 1e6 / figures.requests as f64);
    Ok((figures, machine))
}

/// Queries from every agent for `duration`. Each agent signs a generous queue of queries
/// before the clock starts and signs more on the fly only if it runs dry.
async fn query_for(agents: &[Arc<Client>], vocab: &[String], duration: Duration) -> Figures {
    const PATH: &str = "/patterns/query";
    let errors = Arc::new(AtomicUsize::new(0));
    // Room for 8,000 queries/s, more than this machine answers (signing on the fly would
    // take the tool's CPU from the broker).
    let per_agent = (duration.as_secs_f64() * 8_000.0 / agents.len().max(1) as f64) as usize;
    let queues: Vec<(Vec<Prepared>, Rng)> = agents
        .iter()
        .enumerate()
        .map(|(i, agent)| {
            let mut rng = Rng::new(1000 + i as u64);
            let queue = (0..per_agent)
                .map(|_| agent.prepare(PATH, query_body(&mut rng, vocab), now_ms()))
                .collect();
            (queue, rng)
        })
        .collect();
    let (started, own) = (Instant::now(), own_cpu_secs());
    let deadline = started + duration;
    let mut tasks = Vec::new();
    for (agent, (queue, mut rng)) in agents.iter().cloned().zip(queues) {
        let (errors, vocab) = (errors.clone(), vocab.to_vec());
        tasks.push(tokio::spawn(async move {
            let mut queue = queue.into_iter();
            let mut conn = agent.conn();
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let req = queue
                    .next()
                    .unwrap_or_else(|| agent.prepare(PATH, query_body(&mut rng, &vocab), now_ms()));
                let t = Instant::now();
                let ok = conn.send(req.bytes()).await.is_ok_and(|a| a.status == 200);
                latencies.push(t.elapsed());
                if !ok {
                    errors.fetch_add(1, Ordering::Relaxed);
                }
            }
            latencies
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap_or_default());
    }
    let mut figures = Figures::from(all, started.elapsed(), errors.load(Ordering::Relaxed));
    let own = own_cpu_secs() - own;
    figures.client_cpu_us = (figures.requests > 0).then(|| own * 1e6 / figures.requests as f64);
    figures
}

/// This process's CPU time so far, seconds (0 where unreadable).
fn own_cpu_secs() -> f64 {
    cpu_secs(std::process::id()).unwrap_or(0.0)
}

/// A query for one to three interests of `vocab`, as the benchmark asks them.
fn query_body(rng: &mut Rng, vocab: &[String]) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "interests": rng.interests(vocab), "version": "0.1.0", "safety": "clawmoat-required", "limit": 20
    }))
    .unwrap_or_default()
}

/// The same client loop against a bare axum handler in this process.
/// Returns the figures and the CPU time per request of the handler and the tool together (they
/// share this process), µs.
async fn baseline(args: &Args) -> Result<(Figures, Option<f64>)> {
    let app = axum::Router::new().route(
        "/echo",
        axum::routing::post(|axum::Json(v): axum::Json<serde_json::Value>| async move {
            axum::Json(json!({ "ok": true, "fields": v.as_object().map_or(0, |o| o.len()) }))
        }),
    );
    // The handler gets a runtime of its own with the broker's default worker count, so that it
    // is served as the broker is while the tool's requests come from this one thread.
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the baseline server's runtime")?;
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    server_rt.spawn(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        axum::serve(listener, app).await
    });
    let body = serde_json::to_vec(&json!({
        "interests": ["founder scaling"], "version": "0.1.0", "safety": "clawmoat-required", "limit": 20
    }))?;
    let request = rawhttp::encode_post(&addr.to_string(), "/echo", [], &body);
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let (started, own) = (Instant::now(), own_cpu_secs());
    let mut tasks = Vec::new();
    for _ in 0..args.concurrency {
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            let mut conn = rawhttp::Conn::new(addr);
            let mut latencies = Vec::new();
            let mut errors = 0;
            while Instant::now() < deadline {
                let t = Instant::now();
                let ok = conn.send(&request).await.is_ok_and(|a| a.status == 200);
                latencies.push(t.elapsed());
                errors += usize::from(!ok);
            }
            (latencies, errors)
        }));
    }
    let (mut all, mut errors) = (Vec::new(), 0);
    for t in tasks {
        let (l, e) = t.await.context("baseline task")?;
        all.extend(l);
        errors += e;
    }
    server_rt.shutdown_background();
    // The server runs in this process: the CPU figure is the server's and the tool's together.
    let figures = Figures::from(all, started.elapsed(), errors);
    let used = own_cpu_secs() - own;
    let cpu_us = (figures.requests > 0).then(|| used * 1e6 / figures.requests as f64);
    Ok((figures, cpu_us))
}
