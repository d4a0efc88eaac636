//! Fuzz target: an operator's rules file is untrusted text; loading it must give a scanner or
//! an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scanner::{Scanner, ScannerConfig};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Scanner::from_rules_toml(text, ScannerConfig::default());
    }
});
