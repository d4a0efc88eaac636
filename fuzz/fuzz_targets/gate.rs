//! Fuzz target: the gate (`gate.rs`) is exact. Asked whether a built-in rule's regex has a
//! match in an ASCII text from a given start, every gated rule answers what the regex finds,
//! with fresh caches and again with the caches that filled: a wrong "no" would drop a window
//! that holds a match. The text is the input with every byte cut to seven bits (the gate runs
//! only on ASCII windows); its first two bytes choose a second start.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scanner::fuzzing::builtin_gate_agrees;

fuzz_target!(
    // Compiling the built-in rules takes seconds: done once before the first input, so that
    // it is not counted against that input's time.
    init: {
        let _ = builtin_gate_agrees("", &[0]);
    },
    |data: &[u8]| check(data)
);

/// One input, read as the module's documentation says.
fn check(data: &[u8]) {
    let text: String = data.iter().map(|&b| char::from(b & 0x7f)).collect();
    let pick = data
        .iter()
        .take(2)
        .fold(0usize, |acc, &b| acc * 256 + usize::from(b));
    let second = pick % (text.len() + 1);
    if let Err(e) = builtin_gate_agrees(&text, &[0, second]) {
        panic!("{e}");
    }
}
