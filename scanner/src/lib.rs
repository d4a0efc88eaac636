//! `scanner`: the pool's content scanner. It judges a pattern's title, body and interests,
//! returns a verdict with explained findings and a quality score, and fails closed: an error is
//! a refusal, never a pass. It knows nothing of HTTP or storage.
//!
//! This first cut holds the API the broker and nanoclaw call and a small rule set; the scanner
//! issue deepens the rules behind the same API.

use serde::{Deserialize, Serialize};
use std::ops::Range;
use thiserror::Error;

/// What is scanned: the human-visible parts of a pattern.
#[derive(Debug, Clone, Copy)]
pub struct ScanInput<'a> {
    /// The pattern id, when known (the operator's allowlist is keyed by it).
    pub id: Option<&'a str>,
    /// Title.
    pub title: &'a str,
    /// Markdown body.
    pub body: &'a str,
    /// Normalised interests.
    pub interests: &'a [String],
}

/// The outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nothing found that blocks storage.
    Clean,
    /// At least one finding blocks storage.
    Reject,
}

/// Threat categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Category {
    Injection,
    MemoryPoison,
    Secret,
    DangerousCommand,
    Exfiltration,
    Obfuscation,
    Pii,
    Scam,
}

impl Category {
    /// The `snake_case` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Injection => "injection",
            Category::MemoryPoison => "memory_poison",
            Category::Secret => "secret",
            Category::DangerousCommand => "dangerous_command",
            Category::Exfiltration => "exfiltration",
            Category::Obfuscation => "obfuscation",
            Category::Pii => "pii",
            Category::Scam => "scam",
        }
    }
}

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    /// The `snake_case` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

/// One rule that fired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Rule id.
    pub rule: String,
    /// Threat category.
    pub category: Category,
    /// Severity.
    pub severity: Severity,
    /// Byte span in the scanned text (title, newline, body).
    pub span: Range<usize>,
    /// A redacted excerpt that never reproduces a secret.
    pub excerpt: String,
}

/// The scanner's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Clean or reject.
    pub verdict: Verdict,
    /// What fired (may be non-empty on a clean verdict for low-severity notes).
    pub findings: Vec<Finding>,
    /// Quality 0-10.
    pub quality: f32,
    /// Engine version; changes whenever the rules change.
    pub engine: String,
}

impl Report {
    /// Whether the verdict is clean.
    pub fn is_clean(&self) -> bool {
        self.verdict == Verdict::Clean
    }
}

/// Why the scanner could not judge. Callers must treat it as a refusal.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ScanError {
    /// The rules could not be loaded.
    #[error("rules: {0}")]
    Rules(String),
    /// The input is larger than the scanner accepts.
    #[error("input of {0} bytes is larger than the scanner accepts")]
    TooLarge(usize),
}

/// Operator settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScannerConfig {
    /// Rule ids that never fire.
    pub disabled_rules: Vec<String>,
    /// Pattern ids judged clean whatever fires (the appeal path).
    pub allowed_ids: Vec<String>,
}

/// The compiled scanner. Cheap to share behind an `Arc`; `scan` takes `&self`.
#[derive(Debug, Clone)]
pub struct Scanner {
    config: ScannerConfig,
}

const ENGINE: &str = "clawmoat-0.1.0";
const MAX_INPUT: usize = 1 << 20;

const RULES: &[(&str, Category, Severity, &str)] = &[
    (
        "inj.ignore-previous",
        Category::Injection,
        Severity::High,
        "ignore all previous instructions",
    ),
    (
        "inj.ignore-prior",
        Category::Injection,
        Severity::High,
        "ignore previous instructions",
    ),
    (
        "mem.from-now-on-agent",
        Category::MemoryPoison,
        Severity::High,
        "write this to memory.md",
    ),
    (
        "cmd.curl-pipe-sh",
        Category::DangerousCommand,
        Severity::High,
        "| sh",
    ),
    (
        "cmd.curl-pipe-bash",
        Category::DangerousCommand,
        Severity::High,
        "| bash",
    ),
    (
        "sec.aws-access-key",
        Category::Secret,
        Severity::Critical,
        "akia",
    ),
    (
        "sec.private-key",
        Category::Secret,
        Severity::Critical,
        "-----begin rsa private key-----",
    ),
    (
        "exf.webhook-site",
        Category::Exfiltration,
        Severity::High,
        "webhook.site",
    ),
];

impl Scanner {
    /// The scanner with the built-in rules.
    ///
    /// # Errors
    /// [`ScanError::Rules`] if the built-in rules do not compile.
    pub fn builtin() -> Result<Self, ScanError> {
        Self::with_config(ScannerConfig::default())
    }

    /// The built-in rules under operator settings.
    ///
    /// # Errors
    /// [`ScanError::Rules`] if the rules do not compile.
    pub fn with_config(config: ScannerConfig) -> Result<Self, ScanError> {
        Ok(Scanner { config })
    }

    /// The engine version.
    pub fn engine(&self) -> &str {
        ENGINE
    }

    /// Judges one pattern.
    ///
    /// # Errors
    /// [`ScanError`] when it cannot judge; callers refuse the pattern.
    pub fn scan(&self, input: &ScanInput<'_>) -> Result<Report, ScanError> {
        let text = format!("{}\n{}", input.title, input.body);
        if text.len() > MAX_INPUT {
            return Err(ScanError::TooLarge(text.len()));
        }
        let lower = text.to_lowercase();
        let mut findings = Vec::new();
        for (rule, category, severity, needle) in RULES {
            if self.config.disabled_rules.iter().any(|r| r == rule) {
                continue;
            }
            if let Some(at) = lower.find(needle) {
                findings.push(Finding {
                    rule: (*rule).to_string(),
                    category: *category,
                    severity: *severity,
                    span: at..at + needle.len(),
                    excerpt: "[redacted]".to_string(),
                });
            }
        }
        let allowed = input
            .id
            .is_some_and(|id| self.config.allowed_ids.iter().any(|a| a == id));
        let verdict = if findings.is_empty() || allowed {
            Verdict::Clean
        } else {
            Verdict::Reject
        };
        let words = input.body.split_whitespace().count();
        let quality = (4.0 + words as f32 / 10.0).min(9.5);
        Ok(Report {
            verdict,
            findings,
            quality,
            engine: ENGINE.to_string(),
        })
    }
}
