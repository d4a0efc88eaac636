//! The `nanoclaw` binary: the parent's command line. Thin glue over the library; errors get
//! context here (anyhow) and map to exit codes a cron log can tell apart.

use std::io::IsTerminal as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result, bail};
use clap::{Args, Parser, Subcommand};
use nanoclaw::audit::AuditLog;
use nanoclaw::breaker::{self, Health, Sensor, Simulation};
use nanoclaw::clock::{self, now_ms, rfc3339};
use nanoclaw::config::Config;
use nanoclaw::govern::{self, Governor};
use nanoclaw::halt::{self, HaltInfo};
use nanoclaw::home::Home;
use nanoclaw::outbox::{Draft, ItemState, Outbox};
use nanoclaw::spawner::AgentOutcome;
use nanoclaw::sync::{self, SyncOptions, SyncSummary};
use pool_proto::{Embedder as _, Impact, Limits};

/// Exit code: something failed (see the message).
const EXIT_ERROR: u8 = 1;
/// Exit code: the pool is Critical (too slow): nothing was sent.
const EXIT_CRITICAL: u8 = 3;
/// Exit code: the kill switch is set.
const EXIT_HALTED: u8 = 4;
/// Exit code: another sync holds this home; this one skipped.
const EXIT_BUSY: u8 = 5;

/// nanoclaw: the parent claw's side of the pattern pool.
///
/// Exit codes: 0 ok, 1 error, 2 usage, 3 pool critical (nothing sent), 4 halted by the kill
/// switch, 5 skipped because another sync runs on this home.
#[derive(Debug, Parser)]
#[command(version, about, long_about)]
struct Cli {
    /// The parent home (default ~/.openclaw/nanoclaw).
    #[arg(long, env = "NANOCLAW_HOME", global = true)]
    home: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create the parent home: a key (0600), a commented config, priorities; print the public key.
    Init {
        /// The pool's base URL.
        #[arg(long)]
        pool: String,
        /// One interest group per flag, as a comma-separated list ("bitcoin, founder scaling").
        #[arg(long = "interests", required = true)]
        interests: Vec<String>,
    },
    /// The cron job: spawn agents, query, publish the outbox, govern, print a summary.
    Sync(SyncArgs),
    /// Publish what the outbox holds now (no queries).
    Flush(SyncArgs),
    /// Scan a markdown file locally, then queue it for publication.
    Publish {
        /// The markdown file (its first `# ` line is the title unless --title is given).
        file: PathBuf,
        /// Comma-separated interests.
        #[arg(long, required = true)]
        interests: String,
        /// Tier 0-3 (risk to whoever applies it).
        #[arg(long, default_value_t = 0)]
        tier: u8,
        /// Title (default: the file's first heading).
        #[arg(long)]
        title: Option<String>,
        /// Declared impact, e.g. "security=5,speed=2" (axes security, quality, growth, speed, cost; -10..10).
        #[arg(long)]
        impact: Option<String>,
        /// The agent identity that publishes it (default: the group it fits best).
        #[arg(long)]
        identity: Option<String>,
    },
    /// Show the breaker state, outbox, budgets, proposals and feedback.
    Status,
    /// Apply a waiting proposal.
    Approve {
        /// Proposal id (a unique prefix is enough).
        id: String,
    },
    /// Reject a waiting proposal.
    Reject {
        /// Proposal id (a unique prefix is enough).
        id: String,
    },
    /// Record whether an applied pattern helped.
    Feedback {
        /// Applied pattern id (a unique prefix is enough).
        id: String,
        /// It helped.
        #[arg(
            long,
            conflicts_with = "not_helped",
            required_unless_present = "not_helped"
        )]
        helped: bool,
        /// It did not help.
        #[arg(long)]
        not_helped: bool,
    },
    /// Show the audit log.
    Log {
        /// Only this decision (apply, escalate, reject, approve, dismiss, supersede).
        #[arg(long)]
        decision: Option<String>,
        /// Only this agent identity.
        #[arg(long)]
        identity: Option<String>,
        /// Only ids starting with this.
        #[arg(long)]
        id: Option<String>,
        /// Only days from this one (YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        /// Print the JSON lines as stored.
        #[arg(long)]
        json: bool,
    },
    /// Discard what the outbox holds, after showing it.
    Purge {
        /// Do not ask.
        #[arg(long)]
        yes: bool,
    },
    /// The kill switch: every sync and agent of this home stops within a second.
    Halt {
        /// Why (kept in the flag).
        #[arg(long, default_value = "halted by a person")]
        reason: String,
    },
    /// Lift the kill switch.
    Resume,
    /// Force the latency sensor (for tests and demos).
    Simulate {
        /// The latency to report, in milliseconds.
        #[arg(long, conflicts_with = "off", required_unless_present = "off")]
        latency: Option<u64>,
        /// End the simulation.
        #[arg(long)]
        off: bool,
    },
}

#[derive(Debug, Args)]
struct SyncArgs {
    /// Seconds to wait for another sync on this home before skipping.
    #[arg(long, default_value_t = 0)]
    wait: u64,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("nanoclaw: error: {e:#}");
            let code = match e.downcast_ref::<nanoclaw::Error>() {
                Some(nanoclaw::Error::Halted { .. }) => EXIT_HALTED,
                Some(nanoclaw::Error::LeaseHeld { .. }) => EXIT_BUSY,
                _ => EXIT_ERROR,
            };
            ExitCode::from(code)
        }
    }
}

fn home_of(cli: &Cli) -> Result<Home> {
    match &cli.home {
        Some(h) => Ok(Home::new(h)),
        None => Home::default_root()
            .map(Home::new)
            .context("no --home, no NANOCLAW_HOME and no HOME: say where the parent home is"),
    }
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

fn run(cli: Cli) -> Result<u8> {
    let home = home_of(&cli)?;
    match cli.command {
        Command::Init { pool, interests } => {
            let config = Config::new(&pool, &interests)?;
            config.check().map_err(|m| anyhow::anyhow!(m))?;
            let key = home
                .init(&config)
                .context("cannot create the parent home")?;
            println!("parent home: {}", home.root().display());
            println!("parent public key (give it to the pool operator to enroll):");
            println!("{}", key.public());
            Ok(0)
        }
        Command::Sync(args) => sync_cmd(&home, &args, false),
        Command::Flush(args) => sync_cmd(&home, &args, true),
        Command::Publish {
            file,
            interests,
            tier,
            title,
            impact,
            identity,
        } => publish(
            &home,
            &file,
            &interests,
            tier,
            title,
            impact.as_deref(),
            identity,
        ),
        Command::Status => status(&home),
        Command::Approve { id } => {
            let mut g = governor(&home)?;
            let id = g.approve(&id, now_ms()).context("cannot approve")?;
            println!("approved and applied {id}");
            Ok(0)
        }
        Command::Reject { id } => {
            let mut g = governor(&home)?;
            let id = g.dismiss(&id, now_ms()).context("cannot reject")?;
            println!("rejected proposal {id}");
            Ok(0)
        }
        Command::Feedback { id, helped, .. } => {
            let f = govern::record_feedback(&home, &id, helped, now_ms())?;
            println!(
                "{}: helped {} time(s), did not help {} time(s)",
                f.id, f.helped, f.not_helped
            );
            Ok(0)
        }
        Command::Log {
            decision,
            identity,
            id,
            since,
            json,
        } => log_cmd(&home, decision, identity, id, since, json),
        Command::Purge { yes } => purge(&home, yes),
        Command::Halt { reason } => {
            let by = format!(
                "{}@pid {}",
                std::env::var("USER").unwrap_or_else(|_| "someone".into()),
                std::process::id()
            );
            halt::set(
                &home.halt_path(),
                &HaltInfo {
                    at_ms: now_ms(),
                    by,
                    reason,
                },
            )
            .context("cannot write the kill switch")?;
            println!(
                "HALTED: every sync and agent of {} stops within a second; `nanoclaw resume` lifts it",
                home.root().display()
            );
            Ok(0)
        }
        Command::Resume => {
            if halt::clear(&home.halt_path())? {
                println!("resumed: the kill switch is lifted");
            } else {
                println!("the kill switch was not set");
            }
            Ok(0)
        }
        Command::Simulate { latency, .. } => {
            breaker::write_simulation(home.root(), latency.map(|l| Simulation { latency_ms: l }))?;
            match latency {
                Some(l) => println!(
                    "simulating a pool latency of {l} ms (`nanoclaw simulate --off` ends it)"
                ),
                None => println!("simulation off: the sensor measures real latencies again"),
            }
            Ok(0)
        }
    }
}

fn governor(home: &Home) -> Result<Governor> {
    let config = home.config()?;
    Ok(Governor::new(home, &config.governance, home.priorities()?)?)
}

fn sync_cmd(home: &Home, args: &SyncArgs, publish_only: bool) -> Result<u8> {
    let config = home.config()?;
    let terminal = std::io::stderr().is_terminal();
    let bar = if terminal {
        let jobs = config.groups.len() as u64;
        let bar = indicatif::ProgressBar::new(jobs);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} agents {pos}/{len} [{bar:30}] {elapsed} {msg}",
        ) {
            bar.set_style(style);
        }
        Some(bar)
    } else {
        None
    };
    let bar2 = bar.clone();
    let options = SyncOptions {
        publish_only,
        skip_governance: false,
        lock_wait: Duration::from_secs(args.wait),
        on_agent: Some(Arc::new(move |r| match &bar2 {
            Some(b) => {
                b.inc(1);
                b.set_message(r.identity.clone());
            }
            None => eprintln!(
                "agent {} ({}): delivered {}, published {}, buffered {}, {}",
                r.identity,
                short(&r.agent),
                r.delivered,
                r.published.len(),
                r.buffered,
                outcome_text(&r.outcome)
            ),
        })),
    };
    let summary = runtime()?.block_on(sync::run(home, &options));
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let summary = match summary {
        Ok(s) => s,
        Err(nanoclaw::Error::LeaseHeld {
            owner, expires_ms, ..
        }) => {
            eprintln!(
                "nanoclaw: another sync ({owner}) holds this home until {}; skipped (use --wait SECS to wait)",
                rfc3339(expires_ms)
            );
            return Ok(EXIT_BUSY);
        }
        Err(e) => {
            return Err(e).context(if publish_only {
                "flush failed"
            } else {
                "sync failed"
            });
        }
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        print_summary(&summary, publish_only);
    }
    Ok(exit_for(&summary))
}

fn exit_for(s: &SyncSummary) -> u8 {
    if s.halted {
        EXIT_HALTED
    } else if s.health == Health::Critical {
        EXIT_CRITICAL
    } else if !s.errors.is_empty() {
        EXIT_ERROR
    } else {
        0
    }
}

fn outcome_text(o: &AgentOutcome) -> String {
    match o {
        AgentOutcome::Completed => "completed".into(),
        AgentOutcome::Expired => "expired (past its TTL)".into(),
        AgentOutcome::Halted => "halted".into(),
        AgentOutcome::Failed(why) => format!("failed: {why}"),
    }
}

fn print_summary(s: &SyncSummary, publish_only: bool) {
    if s.halted {
        println!(
            "HALTED: the kill switch stopped this run; nothing more was sent. The outbox is intact ({} pending).",
            s.pending
        );
    }
    if s.health == Health::Critical {
        println!(
            "CRITICAL: the pool is too slow (mean {} ms); nothing was sent. {} entries wait in the outbox.",
            s.latency_ms.unwrap_or(0),
            s.pending
        );
    }
    if !publish_only {
        println!(
            "agents {} (completed {}, failed {}, expired {}); delivered {}: applied {}, escalated {}, rejected {}, already known {}",
            s.agents,
            s.completed,
            s.failed,
            s.expired,
            s.delivered,
            s.applied,
            s.escalated,
            s.rejected,
            s.known
        );
    }
    println!(
        "outbox: published {}, reconciled {}, buffered {}, superseded {}, refused {}, pending {}; pool {} ({})",
        s.published,
        s.reconciled,
        s.buffered,
        s.superseded,
        s.refused,
        s.pending,
        s.health.as_str(),
        s.latency_ms
            .map(|l| format!("{l} ms"))
            .unwrap_or_else(|| "no sample".into())
    );
    for e in &s.errors {
        println!("problem: {e}");
    }
}

fn short(s: &str) -> String {
    s.chars().take(12).collect()
}

fn parse_impact(text: &str) -> Result<Impact> {
    let mut i = Impact {
        security: 0,
        quality: 0,
        growth: 0,
        speed: 0,
        cost: 0,
    };
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (k, v) = part
            .split_once('=')
            .with_context(|| format!("impact {part:?} must look like axis=value"))?;
        let v: i8 = v
            .trim()
            .parse()
            .ok()
            .filter(|v| (-10..=10).contains(v))
            .with_context(|| format!("impact {part:?}: the value must be -10 to 10"))?;
        match k.trim() {
            "security" => i.security = v,
            "quality" => i.quality = v,
            "growth" => i.growth = v,
            "speed" => i.speed = v,
            "cost" => i.cost = v,
            other => {
                bail!("unknown impact axis {other:?} (security, quality, growth, speed, cost)")
            }
        }
    }
    Ok(i)
}

fn publish(
    home: &Home,
    file: &std::path::Path,
    interests: &str,
    tier: u8,
    title: Option<String>,
    impact: Option<&str>,
    identity: Option<String>,
) -> Result<u8> {
    let config = home.config()?;
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let (title, body) = match title {
        Some(t) => (t, text.trim().to_string()),
        None => {
            let mut lines = text.lines();
            let first = lines
                .by_ref()
                .find(|l| !l.trim().is_empty())
                .unwrap_or_default();
            let Some(t) = first.trim().strip_prefix("# ") else {
                bail!(
                    "{} has no `# Title` first line: add one or pass --title",
                    file.display()
                );
            };
            (
                t.trim().to_string(),
                lines.collect::<Vec<_>>().join("\n").trim().to_string(),
            )
        }
    };
    if tier > 3 {
        bail!("--tier must be 0 to 3");
    }
    let raw: Vec<&str> = interests.split(',').collect();
    let interests =
        pool_proto::normalise_interests(&raw, &Limits::default()).context("bad --interests")?;
    let impact = impact.map(parse_impact).transpose()?;
    let draft = Draft {
        title,
        body,
        interests,
        tier,
        impact,
    };
    // Check the shape and scan locally before anything is queued.
    draft
        .to_proto()
        .sign(
            &pool_proto::Keypair::generate(),
            now_ms(),
            pool_proto::pattern::DEFAULT_TTL_MS,
            &Limits::default(),
        )
        .context("the pattern breaks the protocol's limits")?;
    let scanner = scanner::Scanner::builtin().map_err(|e| anyhow::anyhow!("scanner: {e}"))?;
    let report = scanner
        .scan(&scanner::ScanInput {
            id: None,
            title: &draft.title,
            body: &draft.body,
            interests: &draft.interests,
        })
        .map_err(|e| anyhow::anyhow!("the scanner could not judge it ({e}); nothing was queued"))?;
    if !report.is_clean() || !report.findings.is_empty() {
        let rules: Vec<String> = report
            .findings
            .iter()
            .map(|f| {
                format!(
                    "{} ({}, {})",
                    f.rule,
                    f.category.as_str(),
                    f.severity.as_str()
                )
            })
            .collect();
        bail!(
            "the local scan found: {}; nothing was queued: edit the file",
            rules.join(", ")
        );
    }
    if report.quality < config.governance.quality_floor {
        bail!(
            "quality {:.1} is below the floor {}: the pool would refuse it; expand it (steps, numbers, structure)",
            report.quality,
            config.governance.quality_floor
        );
    }
    let identity = match identity {
        Some(i) => i,
        None => {
            let e = pool_proto::HashedNgramEmbedder::default();
            let v = e.embed(&draft.interests);
            config
                .groups
                .iter()
                .max_by(|a, b| {
                    let sa = pool_proto::similarity(&v, &e.embed(&a.interests));
                    let sb = pool_proto::similarity(&v, &e.embed(&b.interests));
                    sa.total_cmp(&sb)
                })
                .map(|g| g.name.clone())
                .context("the config has no group")?
        }
    };
    let outbox = Outbox::open(&home.path("outbox"), Duration::from_secs(30))?;
    let queued = outbox.enqueue(&identity, draft, now_ms())?;
    let sensor = Sensor::load(home.root(), config.breaker.clone());
    let status = match sensor.health() {
        Health::Healthy => "queued",
        _ => "buffered",
    };
    println!(
        "{}",
        serde_json::json!({"status": status, "id": queued.id, "identity": identity, "new": queued.new, "quality": report.quality})
    );
    Ok(0)
}

fn status(home: &Home) -> Result<u8> {
    let config = home.config()?;
    let key = home.parent_key()?;
    println!("home     {}", home.root().display());
    println!("parent   {}   pool {}", key.public(), config.pool.url);
    let mut code = 0;
    if let Some(reason) = halt::read(&home.halt_path()) {
        println!("HALTED   {reason} (`nanoclaw resume` lifts it)");
        code = EXIT_HALTED;
    }
    let sensor = Sensor::load(home.root(), config.breaker.clone());
    let health = sensor.health();
    let samples = sensor.samples();
    println!(
        "state    {}  latency {}{}  (last {}: {:?} ms; degraded >= {} ms, critical >= {} ms)",
        health.as_str().to_uppercase(),
        sensor
            .mean_ms()
            .map(|m| format!("{m} ms"))
            .unwrap_or_else(|| "unknown".into()),
        if sensor.simulated() { " SIMULATED" } else { "" },
        samples.len(),
        samples,
        config.breaker.degraded_ms,
        config.breaker.critical_ms
    );
    if health == Health::Critical {
        println!("CRITICAL nothing is sent until the pool recovers; publishes wait in the outbox");
        if code == 0 {
            code = EXIT_CRITICAL;
        }
    }
    match Outbox::open(&home.path("outbox"), Duration::from_secs(2)) {
        Ok(outbox) => {
            let c = outbox.counts()?;
            let pending: usize = c.pending.values().sum();
            let detail: Vec<String> = c
                .pending
                .iter()
                .map(|((id, tier), n)| format!("{id}/tier {tier}: {n}"))
                .collect();
            println!(
                "outbox   {pending} pending ({}), {} in flight, {} sent, {} superseded, {} refused{}",
                if detail.is_empty() {
                    "none".into()
                } else {
                    detail.join(", ")
                },
                c.in_flight,
                c.sent,
                c.superseded,
                c.failed,
                if c.corrupt > 0 {
                    format!(", {} UNREADABLE records left in place", c.corrupt)
                } else {
                    String::new()
                }
            );
            match outbox.last_drain() {
                Some(d) => println!(
                    "drain    last {}: sent {}, reconciled {}, superseded {}, refused {}, remaining {}{}",
                    rfc3339(d.at_ms),
                    d.sent,
                    d.reconciled,
                    d.superseded,
                    d.failed,
                    d.remaining,
                    d.stopped
                        .map(|s| format!(" (stopped: {s})"))
                        .unwrap_or_default()
                ),
                None => println!("drain    never"),
            }
        }
        Err(e) => println!("outbox   {e}"),
    }
    let g = governor(home)?;
    let l = g.budget().ledger();
    let spent: Vec<String> = l
        .by_identity
        .iter()
        .map(|(k, v)| format!("{k} {v}/{}", config.governance.identity_daily_budget))
        .collect();
    println!(
        "budget   {}: parent {}/{}{}{}",
        if l.day.is_empty() {
            "today".to_string()
        } else {
            l.day.clone()
        },
        l.parent,
        config.governance.parent_daily_budget,
        if spent.is_empty() {
            String::new()
        } else {
            format!("; {}", spent.join(", "))
        },
        if l.paused_until_ms > now_ms() {
            format!("; PAUSED until {}", rfc3339(l.paused_until_ms))
        } else {
            String::new()
        }
    );
    let proposals = govern::list_ids(&home.path("proposals"), "json")?;
    println!(
        "proposals {} waiting{}",
        proposals.len(),
        if proposals.is_empty() {
            ""
        } else {
            " (nanoclaw approve ID / reject ID):"
        }
    );
    for id in &proposals {
        let title = std::fs::read(home.path("proposals").join(format!("{id}.json")))
            .ok()
            .and_then(|b| serde_json::from_slice::<govern::Proposal>(&b).ok())
            .map(|p| format!("{} (tier {})", p.pattern.title, p.pattern.tier))
            .unwrap_or_else(|| "(unreadable)".into());
        println!("  {}  {title}", short(id));
    }
    let applied = govern::list_ids(&home.path("applied"), "md")?;
    let ranking = govern::feedback_ranking(home)?;
    println!("applied  {} pattern(s); helped most:", applied.len());
    for f in ranking.iter().take(5) {
        println!(
            "  {}  +{} / -{}  {}",
            short(&f.id),
            f.helped,
            f.not_helped,
            govern::applied_title(home, &f.id).unwrap_or_default()
        );
    }
    Ok(code)
}

fn log_cmd(
    home: &Home,
    decision: Option<String>,
    identity: Option<String>,
    id: Option<String>,
    since: Option<String>,
    json: bool,
) -> Result<u8> {
    let (entries, bad) = AuditLog::new(home.path("audit")).read_all()?;
    for e in entries {
        if decision
            .as_deref()
            .is_some_and(|d| d != e.decision.as_str())
            || identity.as_deref().is_some_and(|i| i != e.identity)
            || id.as_deref().is_some_and(|p| !e.id.starts_with(p))
            || since
                .as_deref()
                .is_some_and(|s| clock::day_key(e.at_ms, 0).as_str() < s)
        {
            continue;
        }
        if json {
            println!("{}", serde_json::to_string(&e)?);
        } else {
            println!(
                "{} {:<9} {} [{}] tier {} {:?}: {}{}",
                rfc3339(e.at_ms),
                e.decision.as_str(),
                short(&e.id),
                e.identity,
                e.tier.map(|t| t.to_string()).unwrap_or_else(|| "-".into()),
                e.title,
                e.reasons.join("; "),
                if e.flags.is_empty() {
                    String::new()
                } else {
                    format!(" FLAGS {}", e.flags.join(","))
                }
            );
        }
    }
    if bad > 0 {
        eprintln!("nanoclaw: {bad} audit line(s) could not be read and were skipped");
    }
    Ok(0)
}

fn purge(home: &Home, yes: bool) -> Result<u8> {
    let outbox = Outbox::open(&home.path("outbox"), Duration::from_secs(30))?;
    let (items, corrupt) = outbox.items()?;
    if items.is_empty() {
        println!(
            "the outbox is empty{}",
            if corrupt > 0 {
                format!(" ({corrupt} unreadable records left in place)")
            } else {
                String::new()
            }
        );
        return Ok(0);
    }
    println!(
        "the outbox holds {} entr{}:",
        items.len(),
        if items.len() == 1 { "y" } else { "ies" }
    );
    for i in &items {
        println!(
            "  {}  {} tier {}  queued {}{}  {:?}",
            short(&i.id),
            i.identity,
            i.draft.tier,
            rfc3339(i.queued_ms),
            if matches!(i.state, ItemState::InFlight { .. }) {
                " IN FLIGHT (may already be stored)"
            } else {
                ""
            },
            i.draft.title
        );
    }
    if !yes {
        if !std::io::stdin().is_terminal() {
            bail!("not purging without --yes (stdin is not a terminal)");
        }
        eprint!("discard all of them? type yes: ");
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if answer.trim() != "yes" {
            println!("nothing discarded");
            return Ok(0);
        }
    }
    let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
    let n = outbox.purge(&ids)?;
    println!("discarded {n} entr{}", if n == 1 { "y" } else { "ies" });
    Ok(0)
}
