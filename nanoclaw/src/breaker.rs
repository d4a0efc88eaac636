//! The latency circuit breaker: a [`Sensor`] of acknowledgement latencies, the [`Health`] it
//! implies, and the rule ([`Sensor::route_publish`], [`Sensor::route_query`]) that turns
//! health into a [`Route`]: "send", "buffer" or "block".
//!
//! The sensor keeps the last `window` (5) latencies, from sending a request to its response;
//! their mean decides the state: Healthy below 5 s, Degraded from 5 s, Critical from 30 s.
//! A request that times out counts as a sample of the time it waited (a lower bound). The
//! samples persist in `breaker.json`, so the next run starts from what the last one learned,
//! and `simulate.json` forces a latency for demos and tests. A passive sensor learns nothing
//! while nothing is sent, so a client that is not healthy sends cheap health probes on the
//! backoff schedule of [`probe_delays`].

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::config::BreakerConfig;
use crate::error::{Error, Result};
use crate::home::atomic_write;

/// The breaker's states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Health {
    /// Below the degraded threshold: send.
    Healthy,
    /// At or above the degraded threshold: buffer publishes.
    Degraded,
    /// At or above the critical threshold: send nothing.
    Critical,
}

impl Health {
    /// The `snake_case` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Health::Healthy => "healthy",
            Health::Degraded => "degraded",
            Health::Critical => "critical",
        }
    }
}

/// What the interceptor does with a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// Send it now.
    Send,
    /// Keep it in the outbox; tell the caller `{"status":"buffered"}`.
    Buffer,
    /// Send nothing at all.
    Block,
}

/// What `breaker.json` holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SensorFile {
    /// The last latencies, oldest first (milliseconds).
    pub samples: Vec<u64>,
    /// When the last one was taken (unix ms).
    pub updated_ms: u64,
    /// The state they gave.
    #[serde(default)]
    pub health: Option<Health>,
}

/// What `simulate.json` holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Simulation {
    /// The latency the sensor reports while the simulation is on (milliseconds).
    pub latency_ms: u64,
}

/// The latency sensor. Shared by every agent of a run (a std mutex: nothing awaits while it is
/// held).
#[derive(Debug)]
pub struct Sensor {
    config: BreakerConfig,
    samples: Mutex<VecDeque<u64>>,
    forced: Option<u64>,
    path: Option<PathBuf>,
}

impl Sensor {
    /// A sensor with no history and no file.
    pub fn new(config: BreakerConfig) -> Self {
        Sensor {
            samples: Mutex::new(VecDeque::with_capacity(config.window)),
            config,
            forced: None,
            path: None,
        }
    }

    /// A sensor that starts from `<home>/breaker.json` and honours `<home>/simulate.json`. A
    /// corrupt file is reported and ignored (the sensor relearns from the next requests).
    pub fn load(home: &Path, config: BreakerConfig) -> Self {
        let mut s = Sensor::new(config);
        let path = home.join("breaker.json");
        match std::fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<SensorFile>(&bytes) {
                Ok(f) => {
                    let mut q = lock(&s.samples);
                    for v in f.samples.iter().rev().take(s.config.window).rev() {
                        q.push_back(*v);
                    }
                }
                Err(e) => {
                    tracing::warn!(file = %path.display(), "ignoring a corrupt breaker state: {e}")
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => tracing::warn!(file = %path.display(), "cannot read the breaker state: {e}"),
        }
        s.forced = read_simulation(home).map(|sim| sim.latency_ms);
        s.path = Some(path);
        s
    }

    /// Records one acknowledgement's latency.
    pub fn record(&self, latency: Duration) {
        let ms = u64::try_from(latency.as_millis()).unwrap_or(u64::MAX);
        let mut q = lock(&self.samples);
        if q.len() == self.config.window {
            q.pop_front();
        }
        q.push_back(ms);
    }

    /// The rolling mean (milliseconds), or the forced latency while simulating; `None` before
    /// any sample.
    pub fn mean_ms(&self) -> Option<u64> {
        if let Some(f) = self.forced {
            return Some(f);
        }
        let q = lock(&self.samples);
        if q.is_empty() {
            return None;
        }
        Some(q.iter().sum::<u64>() / q.len() as u64)
    }

    /// Whether a simulation forces the latency.
    pub fn simulated(&self) -> bool {
        self.forced.is_some()
    }

    /// The state the rolling mean gives.
    pub fn health(&self) -> Health {
        match self.mean_ms() {
            Some(m) if m >= self.config.critical_ms => Health::Critical,
            Some(m) if m >= self.config.degraded_ms => Health::Degraded,
            _ => Health::Healthy,
        }
    }

    /// The interceptor's rule for a publish.
    pub fn route_publish(&self) -> Route {
        match self.health() {
            Health::Healthy => Route::Send,
            Health::Degraded => Route::Buffer,
            Health::Critical => Route::Block,
        }
    }

    /// The interceptor's rule for a query (queries are not buffered: they only run while not
    /// Critical).
    pub fn route_query(&self) -> Route {
        match self.health() {
            Health::Critical => Route::Block,
            _ => Route::Send,
        }
    }

    /// The samples, oldest first.
    pub fn samples(&self) -> Vec<u64> {
        lock(&self.samples).iter().copied().collect()
    }

    /// Saves the samples to `breaker.json` (if this sensor has a home).
    ///
    /// # Errors
    /// [`Error::Io`].
    pub fn save(&self, now_ms: u64) -> Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let file = SensorFile {
            samples: self.samples(),
            updated_ms: now_ms,
            health: Some(self.health()),
        };
        let bytes = serde_json::to_vec_pretty(&file).map_err(|e| Error::Invalid(e.to_string()))?;
        atomic_write(path, &bytes)
    }

    /// The configuration.
    pub fn config(&self) -> &BreakerConfig {
        &self.config
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding this lock cannot leave the queue inconsistent; keep going.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Reads `<home>/simulate.json` (a corrupt file is reported and ignored).
pub fn read_simulation(home: &Path) -> Option<Simulation> {
    let path = home.join("simulate.json");
    let bytes = std::fs::read(&path).ok()?;
    match serde_json::from_slice(&bytes) {
        Ok(s) => Some(s),
        Err(e) => {
            tracing::warn!(file = %path.display(), "ignoring a corrupt simulation file: {e}");
            None
        }
    }
}

/// Turns a simulation on (`Some`) or off (`None`).
///
/// # Errors
/// [`Error::Io`].
pub fn write_simulation(home: &Path, sim: Option<Simulation>) -> Result<()> {
    let path = home.join("simulate.json");
    match sim {
        Some(s) => {
            let bytes = serde_json::to_vec(&s).map_err(|e| Error::Invalid(e.to_string()))?;
            atomic_write(&path, &bytes)
        }
        None => match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(&path, e)),
        },
    }
}

/// Reads `<home>/breaker.json` for status displays.
pub fn read_sensor_file(home: &Path) -> Option<SensorFile> {
    std::fs::read(home.join("breaker.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
}

/// The probe schedule: `base`, doubling, capped at `max`, each with equal jitter (half fixed,
/// half random), `attempts` delays in all.
pub fn probe_delays(config: &BreakerConfig) -> Vec<Duration> {
    (0..config.probe_attempts)
        .map(|i| {
            let d = config
                .probe_base_ms
                .saturating_mul(1u64 << i.min(20))
                .min(config.probe_max_ms);
            Duration::from_millis(d / 2 + rand::random::<u64>() % (d / 2 + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(v: u64) -> Duration {
        Duration::from_millis(v)
    }

    #[test]
    fn rolling_mean_of_last_five_sets_the_state() {
        let s = Sensor::new(BreakerConfig::default());
        assert_eq!(s.health(), Health::Healthy);
        s.record(ms(6_000));
        assert_eq!(s.health(), Health::Degraded);
        assert_eq!(s.route_publish(), Route::Buffer);
        assert_eq!(s.route_query(), Route::Send);
        for _ in 0..4 {
            s.record(ms(100));
        }
        // (6000 + 400) / 5 = 1280.
        assert_eq!(s.mean_ms(), Some(1_280));
        assert_eq!(s.health(), Health::Healthy);
        for _ in 0..5 {
            s.record(ms(31_000));
        }
        assert_eq!(s.health(), Health::Critical);
        assert_eq!(s.route_publish(), Route::Block);
        assert_eq!(s.route_query(), Route::Block);
        s.record(ms(0));
        s.record(ms(0));
        // 3 x 31 s + 2 x 0 = 18.6 s.
        assert_eq!(s.health(), Health::Degraded);
    }

    #[test]
    fn thresholds_are_configurable() {
        let s = Sensor::new(BreakerConfig {
            degraded_ms: 10,
            critical_ms: 20,
            ..BreakerConfig::default()
        });
        s.record(ms(15));
        assert_eq!(s.health(), Health::Degraded);
        s.record(ms(30));
        assert_eq!(s.health(), Health::Critical);
    }

    #[test]
    fn state_persists_and_simulation_forces_it() {
        let dir = tempfile::tempdir().unwrap();
        let s = Sensor::load(dir.path(), BreakerConfig::default());
        s.record(ms(7_000));
        s.save(1).unwrap();
        let s = Sensor::load(dir.path(), BreakerConfig::default());
        assert_eq!(s.health(), Health::Degraded);
        write_simulation(dir.path(), Some(Simulation { latency_ms: 40_000 })).unwrap();
        let s = Sensor::load(dir.path(), BreakerConfig::default());
        assert_eq!(s.health(), Health::Critical);
        assert!(s.simulated());
        write_simulation(dir.path(), None).unwrap();
        std::fs::write(dir.path().join("breaker.json"), "{corrupt").unwrap();
        let s = Sensor::load(dir.path(), BreakerConfig::default());
        assert_eq!(s.health(), Health::Healthy);
    }

    #[test]
    fn probe_delays_grow_and_are_capped() {
        let d = probe_delays(&BreakerConfig {
            probe_attempts: 6,
            probe_base_ms: 100,
            probe_max_ms: 1_000,
            ..BreakerConfig::default()
        });
        assert_eq!(d.len(), 6);
        assert!(d[0] <= ms(100) && d[0] >= ms(50));
        assert!(d[5] <= ms(1_000) && d[5] >= ms(500));
    }
}
