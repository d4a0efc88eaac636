//! The `pool-broker` binary: `serve`, `default-config`, `health`, `import`, `export` and
//! `admin`. Thin glue over the `pool_broker` library, with contextual errors (anyhow).

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};
use clap::{Parser, Subcommand};
use pool_broker::config::{Config, DEFAULT_CONFIG, Enrollment, LogFormat};
use pool_broker::{Pool, clock::Clock};
use serde_json::Value;

#[derive(Parser)]
#[command(
    name = "pool-broker",
    version,
    about = "The pattern pool broker: publish, query and health over HTTP."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Runs the broker (defaults work with no config file).
    Serve(ServeArgs),
    /// Prints the commented default configuration.
    DefaultConfig,
    /// Prints a running broker's health; exits 1 unless it is ok.
    Health {
        /// The broker's base URL.
        #[arg(long, default_value = "http://127.0.0.1:7878")]
        url: String,
        /// Print the raw JSON.
        #[arg(long)]
        json: bool,
    },
    /// Loads signed patterns (JSON lines) into a stopped broker's data directory.
    Import {
        /// The JSON-lines file (`-` for standard input).
        file: PathBuf,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Writes the live patterns of a stopped broker's data directory as JSON lines.
    Export {
        /// The output file (standard output when absent).
        file: Option<PathBuf>,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Drives a running broker's admin API.
    Admin {
        /// The broker's base URL.
        #[arg(long, default_value = "http://127.0.0.1:7878")]
        url: String,
        /// A file holding the admin token (default: DATA/admin.token of a local broker).
        #[arg(long, default_value = "pool-data/admin.token")]
        token_file: PathBuf,
        #[command(subcommand)]
        cmd: AdminCmd,
    },
}

#[derive(clap::Args)]
struct ServeArgs {
    /// A TOML configuration file (see `default-config`).
    #[arg(long)]
    config: Option<PathBuf>,
    /// The API listener address.
    #[arg(long)]
    listen: Option<SocketAddr>,
    /// The data directory.
    #[arg(long)]
    data: Option<PathBuf>,
    /// Who may publish and query.
    #[arg(long, value_enum)]
    enrollment: Option<Enrollment>,
    /// A file holding the admin bearer token.
    #[arg(long)]
    admin_token_file: Option<PathBuf>,
    /// The Prometheus listener address, or `same` to serve /metrics on the API listener.
    #[arg(long)]
    metrics_listen: Option<String>,
    /// Log format on stderr.
    #[arg(long, value_enum)]
    log_format: Option<LogFormat>,
}

#[derive(clap::Args)]
struct StoreArgs {
    /// A TOML configuration file.
    #[arg(long)]
    config: Option<PathBuf>,
    /// The data directory.
    #[arg(long)]
    data: Option<PathBuf>,
}

#[derive(Subcommand)]
enum AdminCmd {
    /// Enrolled parents.
    #[command(subcommand)]
    Parents(ParentsCmd),
    /// Stored patterns.
    #[command(subcommand)]
    Patterns(PatternsCmd),
    /// Pool statistics.
    Stats,
}

#[derive(Subcommand)]
enum ParentsCmd {
    /// Enrolls a parent public key (base64url).
    Add {
        /// The parent's public key, as `nanoclaw init` printed it. A base64url key may begin
        /// with `-`; it is read as the key, not as an option.
        #[arg(allow_hyphen_values = true)]
        key: String,
        /// A name for the operator's records.
        #[arg(long, default_value = "")]
        name: String,
    },
    /// Lists enrolled parents.
    List,
    /// Revokes a parent by key or id.
    Revoke {
        /// The key (base64url, which may begin with `-`) or the id the list shows.
        #[arg(allow_hyphen_values = true)]
        key: String,
    },
}

#[derive(Subcommand)]
enum PatternsCmd {
    /// Lists stored patterns.
    List {
        /// Only `live` or `quarantined`.
        #[arg(long)]
        state: Option<String>,
    },
    /// Shows a pattern with its scan findings and state.
    Get {
        /// The pattern id.
        id: String,
    },
    /// Holds a pattern back from every answer.
    Quarantine {
        /// The pattern id.
        id: String,
    },
    /// Serves a quarantined pattern again.
    Restore {
        /// The pattern id.
        id: String,
    },
    /// Re-scans a pattern with the current rules.
    Rescan {
        /// The pattern id.
        id: String,
    },
}

/// mimalloc instead of the system allocator: the query path allocates and frees per request,
/// and glibc's malloc spent a fifth of the broker's time doing it at 100k live patterns.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<()> {
    let cli = Cli::parse();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    match cli.cmd {
        Cmd::Serve(args) => rt.block_on(serve(args)),
        Cmd::DefaultConfig => {
            print!("{DEFAULT_CONFIG}");
            Ok(())
        }
        Cmd::Health { url, json } => rt.block_on(health(&url, json)),
        Cmd::Import { file, store } => rt.block_on(import(file, store)),
        Cmd::Export { file, store } => rt.block_on(export(file, store)),
        Cmd::Admin {
            url,
            token_file,
            cmd,
        } => rt.block_on(admin(&url, &token_file, cmd)),
    }
}

fn load_config(file: Option<&PathBuf>) -> Result<Config> {
    Config::load(file.map(PathBuf::as_path), std::env::vars()).context("loading the configuration")
}

fn init_logs(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

async fn serve(args: ServeArgs) -> Result<()> {
    let mut config = load_config(args.config.as_ref())?;
    if let Some(v) = args.listen {
        config.listen = v;
    }
    if let Some(v) = args.data {
        config.data = v;
    }
    if let Some(v) = args.enrollment {
        config.enrollment = v;
    }
    if let Some(v) = args.admin_token_file {
        config.admin_token_file = Some(v);
    }
    if let Some(v) = args.log_format {
        config.log_format = v;
    }
    match args.metrics_listen.as_deref() {
        None => {}
        Some("same") => config.metrics_listen = None,
        Some(addr) => {
            config.metrics_listen = Some(
                addr.parse()
                    .with_context(|| format!("--metrics-listen {addr:?}"))?,
            )
        }
    }
    init_logs(config.log_format);

    let api = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("binding {}", config.listen))?;
    let metrics = match config.metrics_listen {
        Some(addr) => Some(
            tokio::net::TcpListener::bind(addr)
                .await
                .with_context(|| format!("binding {addr}"))?,
        ),
        None => None,
    };
    let data = config.data.clone();
    let enrollment = config.enrollment;
    let (pool, writer) = Pool::open(config, Clock::System).context("opening the pool")?;
    let api_addr = api.local_addr()?;
    // Stdout carries the addresses (tests and scripts read them); logs go to stderr.
    println!("pool-broker listening on http://{api_addr}");
    match &metrics {
        Some(m) => println!("pool-broker metrics on http://{}/metrics", m.local_addr()?),
        None => println!("pool-broker metrics on http://{api_addr}/metrics"),
    }
    println!(
        "pool-broker data in {} (enrollment: {enrollment:?})",
        data.display()
    );
    tracing::info!(%api_addr, data = %data.display(), "serving");
    pool_broker::serve(pool, writer, api, metrics, shutdown_signal())
        .await
        .context("serving")
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

fn open_offline(store: &StoreArgs) -> Result<(pool_broker::AppState, std::thread::JoinHandle<()>)> {
    let mut config = load_config(store.config.as_ref())?;
    if let Some(d) = &store.data {
        config.data = d.clone();
    }
    Pool::open(config, Clock::System)
        .context("opening the pool (is a broker still running on this data directory?)")
}

fn finish(pool: pool_broker::AppState, writer: std::thread::JoinHandle<()>) {
    drop(pool);
    let _ = writer.join();
}

async fn import(file: PathBuf, store: StoreArgs) -> Result<()> {
    let (pool, writer) = open_offline(&store)?;
    let report = if file.as_os_str() == "-" {
        pool_broker::transfer::import(&pool, std::io::stdin().lock()).await?
    } else {
        let f =
            std::fs::File::open(&file).with_context(|| format!("opening {}", file.display()))?;
        pool_broker::transfer::import(&pool, std::io::BufReader::new(f)).await?
    };
    finish(pool, writer);
    println!(
        "imported {} patterns ({} already present, {} refused)",
        report.stored,
        report.present,
        report.refused.len()
    );
    for (line, why) in &report.refused {
        println!("  line {line}: {why}");
    }
    Ok(())
}

async fn export(file: Option<PathBuf>, store: StoreArgs) -> Result<()> {
    let (pool, writer) = open_offline(&store)?;
    let n = match &file {
        Some(path) => {
            let f = std::fs::File::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            pool_broker::transfer::export(&pool, std::io::BufWriter::new(f))?
        }
        None => pool_broker::transfer::export(&pool, std::io::stdout().lock())?,
    };
    finish(pool, writer);
    eprintln!("exported {n} live patterns");
    Ok(())
}

fn client() -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .context("building the HTTP client")
}

async fn health(url: &str, json: bool) -> Result<()> {
    let url = format!("{}/pool/health", url.trim_end_matches('/'));
    let resp = client()?
        .get(&url)
        .send()
        .await
        .with_context(|| format!("cannot reach {url}"))?;
    let status = resp.status();
    let body: Value = resp
        .json()
        .await
        .with_context(|| format!("{url} did not answer JSON"))?;
    if !status.is_success() {
        bail!("{url} answered {status}: {body}");
    }
    if json {
        println!("{body}");
    } else {
        let uptime = body["uptime"].as_u64().unwrap_or(0);
        println!(
            "pool {}: {} live patterns, {} agents in the last hour, up {}h{:02}m, version {}",
            body["status"].as_str().unwrap_or("?"),
            body["patterns"],
            body["agents"],
            uptime / 3600,
            uptime % 3600 / 60,
            body["version"].as_str().unwrap_or("?"),
        );
    }
    if body["status"] != "ok" {
        std::process::exit(1);
    }
    Ok(())
}

async fn admin(url: &str, token_file: &PathBuf, cmd: AdminCmd) -> Result<()> {
    let token = std::fs::read_to_string(token_file)
        .with_context(|| format!("reading the admin token from {}", token_file.display()))?;
    let base = url.trim_end_matches('/');
    let c = client()?;
    let req = match &cmd {
        AdminCmd::Parents(ParentsCmd::Add { key, name }) => c
            .post(format!("{base}/admin/parents"))
            .json(&serde_json::json!({ "publicKey": key, "name": name })),
        AdminCmd::Parents(ParentsCmd::List) => c.get(format!("{base}/admin/parents")),
        AdminCmd::Parents(ParentsCmd::Revoke { key }) => {
            c.delete(format!("{base}/admin/parents/{key}"))
        }
        AdminCmd::Patterns(PatternsCmd::List { state }) => match state {
            Some(s) => c
                .get(format!("{base}/admin/patterns"))
                .query(&[("state", s)]),
            None => c.get(format!("{base}/admin/patterns")),
        },
        AdminCmd::Patterns(PatternsCmd::Get { id }) => c.get(format!("{base}/admin/patterns/{id}")),
        AdminCmd::Patterns(PatternsCmd::Quarantine { id }) => {
            c.post(format!("{base}/admin/patterns/{id}/quarantine"))
        }
        AdminCmd::Patterns(PatternsCmd::Restore { id }) => {
            c.post(format!("{base}/admin/patterns/{id}/restore"))
        }
        AdminCmd::Patterns(PatternsCmd::Rescan { id }) => {
            c.post(format!("{base}/admin/patterns/{id}/rescan"))
        }
        AdminCmd::Stats => c.get(format!("{base}/admin/stats")),
    };
    let resp = req
        .bearer_auth(token.trim())
        .send()
        .await
        .with_context(|| format!("cannot reach {base}"))?;
    let status = resp.status();
    let body: Value = resp
        .json()
        .await
        .context("the broker did not answer JSON")?;
    println!("{}", serde_json::to_string_pretty(&body)?);
    if !status.is_success() {
        bail!("the broker answered {status}");
    }
    Ok(())
}
