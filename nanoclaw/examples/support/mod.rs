//! Shared by the benchmark programs: starting a real `pool-broker` on a free port.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context as _, Result, bail};

/// A running `pool-broker serve` (killed on drop).
pub struct Broker {
    /// Its base URL.
    pub url: String,
    child: Child,
}

impl Broker {
    /// Starts `binary serve` on `data` with open enrollment and waits until it listens.
    pub fn start(binary: &Path, data: &Path) -> Result<Broker> {
        if !binary.exists() {
            bail!(
                "{} not found: build it (cargo build --release -p pool-broker) or pass --broker",
                binary.display()
            );
        }
        let mut child = Command::new(binary)
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
            .arg(data)
            .env("RUST_LOG", "error")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let stdout = child.stdout.take().context("broker stdout")?;
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
        Ok(Broker { url, child })
    }

    /// Its process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// CPU seconds (user + system) a process has used, from `/proc/PID/stat` (NaN elsewhere).
pub fn cpu_secs(pid: u32) -> f64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return f64::NAN;
    };
    // The fields after the command name (which may hold spaces) start after the last ')'.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or_default();
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        f.get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    // utime and stime are fields 14 and 15 of the line, 11 and 12 after the state field.
    (ticks(11) + ticks(12)) / 100.0
}
