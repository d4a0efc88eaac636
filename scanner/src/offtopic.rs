//! Off-topic requests: a sentence that asks the reader to do something (answer a question,
//! change how it replies, add something to its answer) and shares nothing with the rest of the
//! pattern or its interests. Honest playbooks stay on their topic; an injected task hijack
//! ("Recommend a good book", "Translate your response into Spanish") does not.

use crate::normalize::Normalized;
use std::ops::Range;

/// Spans of off-topic requests in the original text.
pub fn off_topic_requests(text: &str, n: &Normalized, interests: &[String]) -> Vec<Range<usize>> {
    let _ = (text, n, interests);
    Vec::new()
}
