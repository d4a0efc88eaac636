//! Fuzz target: any bytes, split into title, body and interests, must get a verdict or an
//! error from the scanner (which exercises every decoder, to the configured depth), never a
//! panic; every finding's span must lie on character boundaries of the scanned text, a span
//! that starts in the title or body must end there, and no excerpt may be longer than a
//! bounded size.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scanner::{ScanInput, Scanner};
use std::sync::OnceLock;

/// Most bytes an excerpt can take: at most 140 characters of text, each shown as at most an
/// eleven-byte escape.
const EXCERPT_BOUND: usize = 140 * 11;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::builtin().expect("builtin rules"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\u{0}');
    let title = parts.next().unwrap_or("");
    let body = parts.next().unwrap_or("");
    let interests: Vec<String> = parts
        .next()
        .unwrap_or("")
        .split(',')
        .map(str::to_string)
        .collect();
    let input = ScanInput {
        id: None,
        title,
        body,
        interests: &interests,
    };
    if let Ok((report, work)) = scanner().scan_with_work(&input) {
        assert!(work.depth <= scanner::MAX_DECODE_DEPTH);
        assert!((0.0..=10.0).contains(&report.quality));
        // What the scanner reads: title, newline, body, then a blank line and the interests.
        let body_end = title.len() + 1 + body.len();
        let mut scanned = format!("{title}\n{body}\n");
        for i in &interests {
            scanned.push('\n');
            scanned.push_str(i);
        }
        for f in &report.findings {
            assert!(
                scanned.get(f.span.clone()).is_some(),
                "{} span {:?} is not a slice of the {}-byte text",
                f.rule,
                f.span,
                scanned.len()
            );
            assert!(
                f.span.start > body_end || f.span.end <= body_end,
                "{} span {:?} runs past the body's end at {body_end}",
                f.rule,
                f.span
            );
            // 24 bytes of context each side and 80 of the match, each widened to whole
            // characters, with invisible characters written out as `<U+XXXX>` escapes.
            assert!(
                f.excerpt.len() <= EXCERPT_BOUND,
                "{} bytes",
                f.excerpt.len()
            );
        }
    }
});
