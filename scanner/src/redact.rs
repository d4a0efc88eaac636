//! Excerpts for findings. An excerpt shows a little context around a match so a person can see
//! why a rule fired, but it never reproduces a secret: the matched text of a secret or PII
//! finding is replaced by its shape, every long token in the context is masked, and invisible
//! characters are shown as `<U+XXXX>` escapes.

use crate::model::Category;
use crate::normalize::invisible_class;
use std::ops::Range;

/// Characters of context kept on each side.
const CONTEXT: usize = 24;
/// Longest matched text shown (longer matches are cut).
const MAX_MATCH: usize = 80;

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Masks tokens of 12 or more token characters that contain a digit (key-like strings).
fn mask_tokens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut token = String::new();
    let flush = |token: &mut String, out: &mut String| {
        if token.chars().count() >= 12 && token.chars().any(|c| c.is_ascii_digit()) {
            out.push_str("[redacted]");
        } else {
            out.push_str(token);
        }
        token.clear();
    };
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+' | '/' | '=') {
            token.push(c);
        } else {
            flush(&mut token, &mut out);
            out.push(c);
        }
    }
    flush(&mut token, &mut out);
    out
}

fn visible(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\n' || c == '\r' || c == '\t' {
            out.push(' ');
        } else if invisible_class(c).is_some() {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// The excerpt for a finding.
pub fn excerpt(text: &str, span: &Range<usize>, category: Category) -> String {
    let s = floor(text, span.start);
    let e = ceil(text, span.end.max(s));
    let before_start = floor(text, s.saturating_sub(CONTEXT));
    let after_end = ceil(text, e.saturating_add(CONTEXT));
    let before = text.get(before_start..s).unwrap_or("");
    let after = text.get(e..after_end).unwrap_or("");
    let matched = text.get(s..e).unwrap_or("");
    let shown = match category {
        Category::Secret | Category::Pii => format!("[redacted {} bytes]", matched.len()),
        _ => {
            let cut = floor(matched, MAX_MATCH);
            let mut m = matched.get(..cut).unwrap_or("").to_string();
            if cut < matched.len() {
                m.push('…');
            }
            mask_tokens(&m)
        }
    };
    let text = format!("{}{}{}", mask_tokens(before), shown, mask_tokens(after));
    visible(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_never_reproduced() {
        let t = "export KEY=AKIAABCDEFGHIJKLMNOP and more";
        let e = excerpt(t, &(11..31), Category::Secret);
        assert!(!e.contains("AKIAABCDEFGHIJKLMNOP"), "{e}");
        let e = excerpt(t, &(0..6), Category::Injection);
        assert!(!e.contains("AKIAABCDEFGHIJKLMNOP"), "{e}");
    }

    #[test]
    fn invisible_characters_are_shown() {
        let t = "ig\u{200b}nore";
        assert!(excerpt(t, &(2..5), Category::Obfuscation).contains("<U+200B>"));
    }
}
