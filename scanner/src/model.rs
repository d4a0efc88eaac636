//! The scanner's public value types: what goes in ([`ScanInput`]) and what comes out
//! ([`Report`], [`Finding`], [`Verdict`], [`Category`], [`Severity`]). They carry no behaviour
//! beyond naming; the engine in `engine.rs` fills them.

use serde::{Deserialize, Serialize};
use std::ops::Range;

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

impl Verdict {
    /// The `snake_case` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Clean => "clean",
            Verdict::Reject => "reject",
        }
    }
}

/// Threat categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Prompt injection or jailbreak aimed at the reading agent.
    Injection,
    /// Persistent instructions written into an agent's memory or configuration.
    MemoryPoison,
    /// A credential in a realistic format.
    Secret,
    /// Download-and-execute, destructive deletes, reverse shells, persistence, disabling security.
    DangerousCommand,
    /// Sending files, environment, keys or memory to a place the author controls.
    Exfiltration,
    /// Hidden or encoded content: invisible characters, homoglyphs, encoded instructions.
    Obfuscation,
    /// A dump of personal data.
    Pii,
    /// Send funds, reveal a seed phrase, fake recovery, bank-detail changes.
    Scam,
}

impl Category {
    /// Every category, in declaration order.
    pub const ALL: [Category; 8] = [
        Category::Injection,
        Category::MemoryPoison,
        Category::Secret,
        Category::DangerousCommand,
        Category::Exfiltration,
        Category::Obfuscation,
        Category::Pii,
        Category::Scam,
    ];

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A note: reported, never blocks on its own.
    Low,
    /// A signal: blocks only together with another medium signal.
    Medium,
    /// Blocks on its own.
    High,
    /// Blocks on its own; the worst kind (live credentials, destructive commands).
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

    /// Points this severity adds to a pattern's risk score.
    pub fn points(self) -> u32 {
        match self {
            Severity::Low => 0,
            Severity::Medium => 3,
            Severity::High => 6,
            Severity::Critical => 10,
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
    /// Byte span in the scanned text: the title, a newline and the body, followed by a blank
    /// line and the interests, one a line (where a finding in an interest points). A span
    /// that starts in the title or the body ends in it, so `format!("{title}\n{body}")`
    /// can be sliced with it.
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
