//! The broker's settings: defaults, then a TOML file, then `POOL_BROKER__SECTION__KEY`
//! environment variables, then command-line flags, into one typed [`Config`]. Bad settings are
//! errors, never panics; `pool-broker default-config` prints [`DEFAULT_CONFIG`].

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use pool_proto::Limits;
use scanner::ScannerConfig;
use serde::{Deserialize, Serialize};

/// The commented default configuration, as `pool-broker default-config` prints it. A test checks
/// that it parses to exactly [`Config::default`].
pub const DEFAULT_CONFIG: &str = include_str!("../pool-broker.default.toml");

/// Prefix of environment overrides: `POOL_BROKER__RATE_LIMIT__QUERY_BURST=60`.
pub const ENV_PREFIX: &str = "POOL_BROKER__";

/// Who may publish and query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Enrollment {
    /// Only parents enrolled through the admin API.
    Allowlist,
    /// Any parent key (demos and tests).
    Open,
}

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// Everything the broker can be told.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The API listener.
    pub listen: SocketAddr,
    /// The Prometheus listener; `None` serves `/metrics` on the API listener instead.
    pub metrics_listen: Option<SocketAddr>,
    /// The data directory.
    pub data: PathBuf,
    /// Who may publish and query.
    pub enrollment: Enrollment,
    /// A file holding the admin bearer token; without one the broker keeps a random token in
    /// `DATA/admin.token`.
    pub admin_token_file: Option<PathBuf>,
    /// Log format.
    pub log_format: LogFormat,
    /// Pattern limits.
    pub limits: Limits,
    /// Request limits and admission settings.
    pub admission: Admission,
    /// Per-parent rate limits and load shedding.
    pub rate_limit: RateLimit,
    /// Storage tuning.
    pub storage: Storage,
    /// Scanner settings.
    pub scanner: ScannerConfig,
}

/// Admission settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Admission {
    /// Largest request body, bytes.
    pub max_body_bytes: usize,
    /// Accepted distance between a request's timestamp and the broker's clock, seconds.
    pub clock_window_secs: u64,
    /// Lowest quality stored and served, 0-10.
    pub quality_floor: f32,
    /// Whether the scanner's verdict is enforced (turn off only for tests of clients).
    pub scan: bool,
    /// Most nonces remembered; past it the broker sheds signed requests with 503.
    pub nonce_cache_max: usize,
}

/// Rate limits, per parent key, and the global concurrency limit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RateLimit {
    /// Queries per minute per parent.
    pub query_per_minute: u32,
    /// Query burst per parent.
    pub query_burst: u32,
    /// Publishes per minute per parent.
    pub publish_per_minute: u32,
    /// Publish burst per parent.
    pub publish_burst: u32,
    /// Requests handled at once; more get 503 `overloaded`.
    pub max_concurrent: usize,
    /// How often idle per-parent state is pruned, seconds.
    pub prune_interval_secs: u64,
}

/// Storage tuning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Storage {
    /// sled's page cache, MiB.
    pub cache_mb: u64,
    /// How often the sweeper deletes expired patterns, milliseconds.
    pub sweep_interval_ms: u64,
    /// Jobs waiting for the writer before publishers wait.
    pub writer_queue: usize,
    /// Most jobs in one group commit.
    pub max_batch: usize,
    /// How long a group commit that is not full waits for more writes, microseconds (0: it
    /// commits what is queued at once).
    pub linger_us: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 7878)),
            metrics_listen: Some(SocketAddr::from(([127, 0, 0, 1], 7879))),
            data: PathBuf::from("pool-data"),
            enrollment: Enrollment::Allowlist,
            admin_token_file: None,
            log_format: LogFormat::Text,
            limits: Limits::default(),
            admission: Admission::default(),
            rate_limit: RateLimit::default(),
            storage: Storage::default(),
            scanner: ScannerConfig::default(),
        }
    }
}

impl Default for Admission {
    fn default() -> Self {
        Admission {
            max_body_bytes: 64 * 1024,
            clock_window_secs: 120,
            quality_floor: 7.0,
            scan: true,
            nonce_cache_max: 1_000_000,
        }
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit {
            query_per_minute: 120,
            query_burst: 30,
            publish_per_minute: 60,
            publish_burst: 20,
            max_concurrent: 512,
            prune_interval_secs: 60,
        }
    }
}

impl Default for Storage {
    fn default() -> Self {
        Storage {
            cache_mb: 128,
            sweep_interval_ms: 1000,
            writer_queue: 4096,
            max_batch: 512,
            linger_us: 1000,
        }
    }
}

/// A configuration that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The TOML (file plus environment) does not describe a valid configuration.
    #[error("invalid configuration{origin}: {message}")]
    Invalid {
        /// Where the bad value came from.
        origin: String,
        /// What is wrong.
        message: String,
    },
}

impl Config {
    /// Loads defaults, then `file` (if any), then environment overrides from `env`.
    ///
    /// # Errors
    /// [`ConfigError`] naming the file or variable at fault.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, ConfigError> {
        let mut table = toml::Table::new();
        let origin = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.to_path_buf(),
                    source,
                })?;
                table = text
                    .parse::<toml::Table>()
                    .map_err(|e| ConfigError::Invalid {
                        origin: format!(" in {}", path.display()),
                        message: e.to_string(),
                    })?;
                format!(" in {} or the environment", path.display())
            }
            None => " in the environment".to_string(),
        };
        for (key, value) in env {
            let Some(rest) = key.strip_prefix(ENV_PREFIX) else {
                continue;
            };
            let path: Vec<String> = rest.split("__").map(str::to_ascii_lowercase).collect();
            set_path(&mut table, &path, parse_env_value(&value)).map_err(|message| {
                ConfigError::Invalid {
                    origin: format!(" in {key}"),
                    message,
                }
            })?;
        }
        Config::deserialize(toml::Value::Table(table)).map_err(|e| ConfigError::Invalid {
            origin,
            message: e.to_string(),
        })
    }
}

/// An environment value is read as a TOML value when it is one (`60`, `false`, `[1, 2]`), and
/// as a plain string otherwise (`127.0.0.1:7878`).
fn parse_env_value(text: &str) -> toml::Value {
    format!("v = {text}")
        .parse::<toml::Table>()
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| toml::Value::String(text.to_string()))
}

fn set_path(table: &mut toml::Table, path: &[String], value: toml::Value) -> Result<(), String> {
    match path {
        [] => Err("empty key".into()),
        [last] => {
            table.insert(last.clone(), value);
            Ok(())
        }
        [first, rest @ ..] => {
            let entry = table
                .entry(first.clone())
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            match entry {
                toml::Value::Table(t) => set_path(t, rest, value),
                _ => Err(format!("`{first}` is not a section")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_config_file_is_the_default() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, DEFAULT_CONFIG).unwrap();
        assert_eq!(Config::load(Some(&path), []).unwrap(), Config::default());
    }

    #[test]
    fn environment_overrides_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "[rate_limit]\nquery_burst = 5\n").unwrap();
        let env = [
            (
                "POOL_BROKER__RATE_LIMIT__QUERY_BURST".to_string(),
                "7".to_string(),
            ),
            (
                "POOL_BROKER__LISTEN".to_string(),
                "127.0.0.1:9000".to_string(),
            ),
            (
                "POOL_BROKER__ADMISSION__SCAN".to_string(),
                "false".to_string(),
            ),
            ("UNRELATED".to_string(), "x".to_string()),
        ];
        let c = Config::load(Some(&path), env).unwrap();
        assert_eq!(c.rate_limit.query_burst, 7);
        assert_eq!(c.listen, "127.0.0.1:9000".parse().unwrap());
        assert!(!c.admission.scan);
    }

    #[test]
    fn bad_values_are_named() {
        let env = [(
            "POOL_BROKER__RATE_LIMIT__NO_SUCH".to_string(),
            "1".to_string(),
        )];
        let err = Config::load(None, env).unwrap_err().to_string();
        assert!(err.contains("no_such"), "{err}");
        let env = [("POOL_BROKER__LISTEN__X".to_string(), "1".to_string())];
        assert!(Config::load(None, env).is_err());
    }
}
