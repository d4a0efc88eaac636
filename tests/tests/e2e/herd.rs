//! Filled in by issue 6 (herd).
