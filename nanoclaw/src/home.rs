//! The parent home: one directory that holds everything a parent keeps.
//!
//! ```text
//! parent.key        the parent's ed25519 seed (base64url, mode 0600); never leaves this file
//! config.toml       pool, agents, interest groups, governance and breaker numbers
//! priorities.toml   weights of the impact score
//! outbox/           durable sled outbox of patterns waiting to be published
//! applied/          applied patterns, one markdown file with front matter each
//! proposals/        patterns waiting for `nanoclaw approve` / `reject`
//! feedback/         per applied pattern: did it help?
//! audit/            one JSON line per governance decision, a file per day
//! budget/           risk points spent, a file per day (survives restarts)
//! leases/           atomically taken leases (the sync lease, one per applied resource)
//! breaker.json      the latency sensor's last acknowledgements and the last drain
//! simulate.json     a forced latency, while `nanoclaw simulate` is on
//! HALT              the kill switch: present means stop
//! ```
//!
//! Every file written here goes through [`atomic_write`] (temp file, fsync, rename), so a crash
//! or a full disk leaves the old file or the new one, never half of one.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use pool_proto::Keypair;
use pool_proto::identity::b64u_array;
use zeroize::Zeroizing;

use crate::config::{Config, Priorities};
use crate::error::{Error, Result};

/// The sub-directories `init` creates.
const DIRS: &[&str] = &[
    "outbox",
    "applied",
    "proposals",
    "feedback",
    "audit",
    "budget",
    "leases",
];

/// A parent home directory and the paths inside it.
#[derive(Debug, Clone)]
pub struct Home {
    root: PathBuf,
}

impl Home {
    /// A home at `root` (nothing is read or created yet).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Home { root: root.into() }
    }

    /// The default home: `$HOME/.openclaw/nanoclaw`.
    pub fn default_root() -> Option<PathBuf> {
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".openclaw").join("nanoclaw"))
    }

    /// The root directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A path under the root.
    pub fn path(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    /// `parent.key`.
    pub fn key_path(&self) -> PathBuf {
        self.path("parent.key")
    }

    /// `config.toml`.
    pub fn config_path(&self) -> PathBuf {
        self.path("config.toml")
    }

    /// `priorities.toml`.
    pub fn priorities_path(&self) -> PathBuf {
        self.path("priorities.toml")
    }

    /// `HALT`.
    pub fn halt_path(&self) -> PathBuf {
        self.path("HALT")
    }

    /// Creates a home: the directories, a fresh parent key (0600), a commented config and
    /// priorities. Refuses to overwrite an existing key.
    ///
    /// # Errors
    /// [`Error::Invalid`] when a key already exists; [`Error::Io`] on write failures.
    pub fn init(&self, config: &Config) -> Result<Keypair> {
        if self.key_path().exists() {
            return Err(Error::Invalid(format!(
                "{} already exists: this home is initialised (use another --home, or remove it)",
                self.key_path().display()
            )));
        }
        std::fs::create_dir_all(&self.root).map_err(|e| Error::io(&self.root, e))?;
        set_mode(&self.root, 0o700)?;
        for d in DIRS {
            let p = self.path(d);
            std::fs::create_dir_all(&p).map_err(|e| Error::io(&p, e))?;
        }
        let key = Keypair::generate();
        let text = Zeroizing::new(format!(
            "{}\n",
            pool_proto::identity::b64u(key.seed().as_ref())
        ));
        write_new_private(&self.key_path(), text.as_bytes())?;
        atomic_write(&self.config_path(), config.to_commented_toml().as_bytes())?;
        atomic_write(
            &self.priorities_path(),
            Priorities::default().to_commented_toml().as_bytes(),
        )?;
        Ok(key)
    }

    /// Makes sure the sub-directories exist (an older or hand-made home may lack some).
    ///
    /// # Errors
    /// [`Error::Io`].
    pub fn ensure_dirs(&self) -> Result<()> {
        for d in DIRS {
            let p = self.path(d);
            std::fs::create_dir_all(&p).map_err(|e| Error::io(&p, e))?;
        }
        Ok(())
    }

    /// Reads the parent key, refusing a missing, malformed or group/world-readable file.
    ///
    /// # Errors
    /// [`Error::ParentKey`] naming the problem and the fix.
    pub fn parent_key(&self) -> Result<Keypair> {
        let path = self.key_path();
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::ParentKey {
                    path,
                    problem: "missing".into(),
                    fix: "run `nanoclaw init --pool URL --interests ...` to create the home, or point --home / NANOCLAW_HOME at it",
                });
            }
            Err(e) => {
                return Err(Error::ParentKey {
                    path,
                    problem: e.to_string(),
                    fix: "make the file readable by this user",
                });
            }
        };
        check_private(&path, &meta)?;
        let text =
            Zeroizing::new(
                std::fs::read_to_string(&path).map_err(|e| Error::ParentKey {
                    path: path.clone(),
                    problem: e.to_string(),
                    fix: "make the file readable by this user",
                })?,
            );
        let seed = Zeroizing::new(b64u_array::<32>("parent.key", text.trim()).map_err(|_| {
            Error::ParentKey {
                path: path.clone(),
                problem: "not 32 bytes of base64url".into(),
                fix: "restore the key from your backup (a new key must be enrolled again)",
            }
        })?);
        Ok(Keypair::from_seed(&seed))
    }

    /// Reads `config.toml`.
    ///
    /// # Errors
    /// [`Error::Config`] or [`Error::Io`].
    pub fn config(&self) -> Result<Config> {
        let path = self.config_path();
        let text = std::fs::read_to_string(&path).map_err(|e| Error::Config {
            path: path.clone(),
            message: format!("cannot read it ({e})"),
        })?;
        Config::parse(&path, &text)
    }

    /// Reads `priorities.toml`, or the defaults when it is absent.
    ///
    /// # Errors
    /// [`Error::Config`].
    pub fn priorities(&self) -> Result<Priorities> {
        let path = self.priorities_path();
        match std::fs::read_to_string(&path) {
            Ok(text) => Priorities::parse(&path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Priorities::default()),
            Err(e) => Err(Error::Config {
                path,
                message: format!("cannot read it ({e})"),
            }),
        }
    }
}

#[cfg(unix)]
fn check_private(path: &Path, meta: &std::fs::Metadata) -> Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(Error::ParentKey {
            path: path.into(),
            problem: format!("readable by others (mode {mode:03o})"),
            fix: "run `chmod 600` on it (and consider the key exposed: rotate and re-enroll if others could read it)",
        });
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_path: &Path, _meta: &std::fs::Metadata) -> Result<()> {
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| Error::io(path, e))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> Result<()> {
    Ok(())
}

/// Creates `path` (which must not exist) with mode 0600 and `bytes`, and syncs it.
fn write_new_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).map_err(|e| Error::io(path, e))?;
    f.write_all(bytes).map_err(|e| Error::io(path, e))?;
    f.sync_all().map_err(|e| Error::io(path, e))?;
    sync_parent(path)
}

/// Writes `bytes` to `path` atomically: a temp file beside it, fsync, rename, fsync of the
/// directory. Readers see the old content or the new, never a mix; a failure (a full disk)
/// leaves the old file and removes the temp file.
///
/// # Errors
/// [`Error::Io`] naming the path.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = temp_beside(path);
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    sync_parent(path)
}

/// Writes many files, each atomically as [`atomic_write`] does, with the fsyncs grouped: every
/// temp file is written, all are synced (in parallel, so the file system commits them
/// together), then renamed into place, then each directory is synced once. Each file is whole
/// or absent at any instant; on an error the temp files are removed and the files already
/// renamed stay (each whole).
///
/// # Errors
/// [`Error::Io`] naming the first path that failed.
pub fn atomic_write_all(files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    /// Open temp files held at once (file descriptors).
    const CHUNK: usize = 256;
    /// Threads syncing at once.
    const SYNCERS: usize = 8;
    for chunk in files.chunks(CHUNK) {
        let mut temps: Vec<(PathBuf, std::fs::File)> = Vec::with_capacity(chunk.len());
        let written = (|| {
            for (path, bytes) in chunk {
                let tmp = temp_beside(path);
                let mut f = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&tmp)
                    .map_err(|e| Error::io(path, e))?;
                temps.push((tmp, f.try_clone().map_err(|e| Error::io(path, e))?));
                f.write_all(bytes).map_err(|e| Error::io(path, e))?;
            }
            let per = temps.len().div_ceil(SYNCERS).max(1);
            std::thread::scope(|s| {
                let handles: Vec<_> = temps
                    .chunks(per)
                    .map(|group| {
                        s.spawn(move || {
                            for (tmp, f) in group {
                                f.sync_all().map_err(|e| Error::io(tmp, e))?;
                            }
                            Ok::<(), Error>(())
                        })
                    })
                    .collect();
                for h in handles {
                    h.join().map_err(|_| {
                        Error::Invalid("a file-sync thread panicked; nothing was renamed".into())
                    })??;
                }
                Ok::<(), Error>(())
            })
        })();
        if let Err(e) = written {
            for (tmp, _) in &temps {
                let _ = std::fs::remove_file(tmp);
            }
            return Err(e);
        }
        for (renamed, ((tmp, _), (path, _))) in temps.iter().zip(chunk).enumerate() {
            if let Err(e) = std::fs::rename(tmp, path) {
                for (t, _) in &temps[renamed..] {
                    let _ = std::fs::remove_file(t);
                }
                return Err(Error::io(path, e));
            }
        }
        let dirs: std::collections::BTreeSet<&Path> =
            chunk.iter().filter_map(|(p, _)| p.parent()).collect();
        for dir in dirs {
            sync_dir(dir)?;
        }
    }
    Ok(())
}

/// A fresh temp file name beside `path`.
fn temp_beside(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(".{name}.tmp-{:016x}", rand::random::<u64>()))
}

/// Fsyncs a directory, so renames and creates in it survive a crash.
fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        let d = std::fs::File::open(dir).map_err(|e| Error::io(dir, e))?;
        d.sync_all().map_err(|e| Error::io(dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Fsyncs the directory holding `path`, so a rename or create survives a crash.
fn sync_parent(path: &Path) -> Result<()> {
    match path.parent() {
        Some(dir) => sync_dir(dir),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_then_load() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::new(dir.path().join("h"));
        let config = Config::new("http://127.0.0.1:1", &["bitcoin".into()]).unwrap();
        let key = home.init(&config).unwrap();
        assert_eq!(home.parent_key().unwrap().public(), key.public());
        assert_eq!(home.config().unwrap(), config);
        assert_eq!(home.priorities().unwrap(), Priorities::default());
        assert!(home.init(&config).is_err(), "init must not overwrite a key");
    }

    #[cfg(unix)]
    #[test]
    fn world_readable_or_missing_key_is_refused_with_a_fix() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let home = Home::new(dir.path());
        let err = home.parent_key().unwrap_err().to_string();
        assert!(
            err.contains("missing") && err.contains("nanoclaw init"),
            "{err}"
        );
        let config = Config::new("http://127.0.0.1:1", &["bitcoin".into()]).unwrap();
        home.init(&config).unwrap();
        std::fs::set_permissions(home.key_path(), std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = home.parent_key().unwrap_err().to_string();
        assert!(err.contains("chmod 600"), "{err}");
        std::fs::set_permissions(home.key_path(), std::fs::Permissions::from_mode(0o600)).unwrap();
        std::fs::write(home.key_path(), "garbage").unwrap();
        let err = home.parent_key().unwrap_err().to_string();
        assert!(err.contains("base64url"), "{err}");
    }

    #[test]
    fn atomic_write_replaces_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        atomic_write(&p, b"one").unwrap();
        atomic_write(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn atomic_write_all_writes_every_file_whole_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<(PathBuf, Vec<u8>)> = (0..300)
            .map(|i| {
                (
                    dir.path().join(format!("f{i}")),
                    format!("body {i}").into_bytes(),
                )
            })
            .collect();
        atomic_write_all(&files).unwrap();
        for (p, b) in &files {
            assert_eq!(&std::fs::read(p).unwrap(), b);
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 300);
    }

    #[test]
    fn atomic_write_all_failing_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![
            (dir.path().join("ok"), b"x".to_vec()),
            (dir.path().join("missing-dir").join("f"), b"y".to_vec()),
        ];
        let err = atomic_write_all(&files).unwrap_err().to_string();
        assert!(err.contains("missing-dir"), "{err}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
