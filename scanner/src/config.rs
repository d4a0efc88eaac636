//! Operator settings for the scanner, embedded as the `[scanner]` section of the broker's TOML
//! configuration. Unknown keys are refused so a typo never silently weakens the scanner.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Default largest input (title + body) the scanner judges, in bytes.
pub const DEFAULT_MAX_INPUT: usize = 1 << 20;
/// Default depth to which encoded runs are decoded and re-scanned.
pub const DEFAULT_DECODE_DEPTH: u8 = 2;
/// Hard ceiling on the decode depth, whatever the configuration says.
pub const MAX_DECODE_DEPTH: u8 = 4;

/// Operator settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScannerConfig {
    /// Rule ids that never fire.
    pub disabled_rules: Vec<String>,
    /// Pattern ids judged clean whatever fires (the appeal path). Findings are still reported.
    pub allowed_ids: Vec<String>,
    /// A rules file (TOML, same format as the built-in `rules/builtin.toml`) that replaces the
    /// built-in rules. `None` uses the rules compiled into the binary.
    pub rules_file: Option<PathBuf>,
    /// Largest input (title + newline + body) judged; larger inputs are an error (a refusal).
    pub max_input_bytes: usize,
    /// How many times encoded runs are decoded and re-scanned (capped at 4).
    pub decode_depth: u8,
}

impl Default for ScannerConfig {
    fn default() -> Self {
        ScannerConfig {
            disabled_rules: Vec::new(),
            allowed_ids: Vec::new(),
            rules_file: None,
            max_input_bytes: DEFAULT_MAX_INPUT,
            decode_depth: DEFAULT_DECODE_DEPTH,
        }
    }
}
