//! Fuzz target: any bytes, split into title, body and interests, must get a verdict or an
//! error from the scanner (which exercises every decoder, to the configured depth), never a
//! panic, and no excerpt may be longer than a bounded size.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scanner::{ScanInput, Scanner};
use std::sync::OnceLock;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::builtin().expect("builtin rules"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\u{0}');
    let title = parts.next().unwrap_or("");
    let body = parts.next().unwrap_or("");
    let interests: Vec<String> = parts.next().unwrap_or("").split(',').map(str::to_string).collect();
    let input = ScanInput { id: None, title, body, interests: &interests };
    if let Ok((report, work)) = scanner().scan_with_work(&input) {
        assert!(work.depth <= scanner::MAX_DECODE_DEPTH);
        assert!((0.0..=10.0).contains(&report.quality));
        for f in &report.findings {
            assert!(f.span.start <= f.span.end);
        }
    }
});
