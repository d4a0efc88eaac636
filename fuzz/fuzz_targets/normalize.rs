//! Fuzz target: normalisation (the first layer every decoder's output goes through again) keeps
//! its offset map consistent: one entry per skeleton byte plus one, each within the input and
//! never decreasing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let n = scanner::normalize(&text);
    assert_eq!(n.map.len(), n.text.len() + 1);
    let mut last = 0u32;
    for &o in &n.map {
        assert!(o as usize <= text.len());
        assert!(o >= last);
        last = o;
    }
});
