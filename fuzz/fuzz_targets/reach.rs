//! Fuzz target: a rule's reach is exact. In the skeleton of any text (what the rules read), a
//! built-in rule with a reach (`reach::left_reach`) has no match without one of its literals,
//! and its search from the end of the first literal hit less the reach finds exactly the
//! matches of the search from the text's start, for the regex as written and the one the
//! engine picks: a reach too short would drop a match.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scanner::fuzzing::builtin_reach_search_agrees;

fuzz_target!(
    // Compiling the built-in rules takes seconds: done once before the first input, so that
    // it is not counted against that input's time.
    init: {
        let _ = builtin_reach_search_agrees("");
    },
    |data: &[u8]| check(data)
);

/// One input, read as the module's documentation says.
fn check(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let skeleton = scanner::normalize(&text);
    if let Err(e) = builtin_reach_search_agrees(&skeleton.text) {
        panic!("{e}");
    }
}
