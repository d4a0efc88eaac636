//! Fuzz target: a rule's windows hold its matches. In the skeleton of any text (what the rules
//! read), every match of a built-in rule that holds one of the rule's literals lies inside the
//! window the engine opens for each such literal hit, sized by how far the rule's matches can
//! reach across lines in that text (`span::line_span`): a window too small would drop a match.
//! (Where that reach is 512 bytes or more the engine opens 512-byte windows instead, as
//! ARCHITECTURE.md says; the check is of the bound.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use scanner::fuzzing::builtin_windows_hold_matches;

fuzz_target!(
    // Compiling the built-in rules takes seconds: done once before the first input, so that
    // it is not counted against that input's time.
    init: {
        let _ = builtin_windows_hold_matches("");
    },
    |data: &[u8]| check(data)
);

/// One input, read as the module's documentation says.
fn check(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let skeleton = scanner::normalize(&text);
    if let Err(e) = builtin_windows_hold_matches(&skeleton.text) {
        panic!("{e}");
    }
}
