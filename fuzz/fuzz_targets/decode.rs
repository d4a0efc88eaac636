//! Fuzz target: the decoders, called directly on any text (the first byte says which
//! whole-text transforms the prefilter saw evidence for). They find at most one run more than
//! the engine scans; every run's span slices the text; no run decodes to more bytes than it
//! spans, so decoding never grows what the scanner reads (each level of the bounded depth
//! reads at most the text it came from); a run mapped byte for byte to the text has its span's
//! length; ROT13 and line reversal undo themselves.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scanner::fuzzing::{Offsets, TransformHints, find_encoded, reverse_lines, rot13};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let hints = TransformHints {
        rot13: flags & 1 != 0,
        reversed: flags & 2 != 0,
    };
    let normalized = scanner::normalize(&text);
    let runs = find_encoded(&text, &normalized, hints);
    assert!(
        runs.len() <= scanner::MAX_DECODED_RUNS + 1,
        "{} runs",
        runs.len()
    );
    for run in &runs {
        let encoding = run.encoding.as_str();
        assert!(
            text.get(run.span.clone()).is_some(),
            "{encoding} span {:?} is not a slice of the {}-byte text",
            run.span,
            text.len()
        );
        assert!(
            run.text.len() <= run.span.len(),
            "{encoding} decodes {} bytes to {}",
            run.span.len(),
            run.text.len()
        );
        if run.offsets == Offsets::Same {
            assert_eq!(run.text.len(), run.span.len(), "{encoding}");
        }
    }
    assert_eq!(rot13(&rot13(&text)), text);
    assert_eq!(reverse_lines(&reverse_lines(&text)), text);
});
