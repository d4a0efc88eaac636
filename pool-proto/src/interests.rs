//! Interest normalisation: `Founder-Scaling`, ` founder_scaling ` and `founder  scaling` are one
//! interest. Normalised form: NFKC, lower case, `-` and `_` as spaces, runs of white space
//! collapsed to one space, trimmed. A published pattern must carry its interests already in this
//! form and without duplicates; the broker refuses one that does not.

use unicode_normalization::UnicodeNormalization as _;

use crate::error::ProtoError;
use crate::pattern::Limits;

/// Normalises one interest (it does not check length limits).
pub fn normalise_interest(raw: &str) -> String {
    let lowered: String = raw.nfkc().collect::<String>().to_lowercase();
    let mut out = String::with_capacity(lowered.len());
    let mut pending_space = false;
    for ch in lowered.chars() {
        if ch.is_whitespace() || ch == '-' || ch == '_' {
            pending_space = true;
        } else {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(ch);
        }
    }
    out
}

/// Normalises a list of interests, drops empty ones and duplicates (keeping the first), and
/// checks the limits.
///
/// # Errors
/// [`ProtoError::BadField`] on `interests` when the list is empty or too long after
/// normalisation, or an interest is too long.
pub fn normalise_interests<S: AsRef<str>>(
    raw: &[S],
    limits: &Limits,
) -> Result<Vec<String>, ProtoError> {
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    for r in raw {
        let n = normalise_interest(r.as_ref());
        if !n.is_empty() && !out.contains(&n) {
            out.push(n);
        }
    }
    check_interest_limits(&out, limits)?;
    Ok(out)
}

/// Checks that `interests` are already normalised, unique and within the limits.
///
/// # Errors
/// [`ProtoError::BadField`] on `interests`, saying which rule an interest breaks.
pub fn check_normalised(interests: &[String], limits: &Limits) -> Result<(), ProtoError> {
    check_interest_limits(interests, limits)?;
    for (i, interest) in interests.iter().enumerate() {
        if normalise_interest(interest) != *interest {
            return Err(ProtoError::bad_field(
                "interests",
                format!(
                    "interest {i} is not normalised (expected {:?})",
                    normalise_interest(interest)
                ),
            ));
        }
        if interests[..i].contains(interest) {
            return Err(ProtoError::bad_field(
                "interests",
                format!("interest {i} is a duplicate"),
            ));
        }
    }
    Ok(())
}

fn check_interest_limits(interests: &[String], limits: &Limits) -> Result<(), ProtoError> {
    if interests.is_empty() || interests.len() > limits.interests_max {
        return Err(ProtoError::bad_field(
            "interests",
            format!("must hold 1 to {} interests", limits.interests_max),
        ));
    }
    for (i, interest) in interests.iter().enumerate() {
        let chars = interest.chars().count();
        if chars == 0 || chars > limits.interest_max_chars {
            return Err(ProtoError::bad_field(
                "interests",
                format!(
                    "interest {i} must be 1 to {} characters",
                    limits.interest_max_chars
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spellings_of_one_interest_agree() {
        for raw in [
            "Founder-Scaling",
            " founder_scaling ",
            "founder  scaling",
            "FOUNDER\t-_ SCALING",
        ] {
            assert_eq!(normalise_interest(raw), "founder scaling", "{raw:?}");
        }
        // NFKC folds compatibility forms: full-width letters and the `ﬁ` ligature.
        assert_eq!(normalise_interest("Ｂｉｔｃｏｉｎ"), "bitcoin");
        assert_eq!(normalise_interest("ﬁnance"), "finance");
    }

    #[test]
    fn lists_are_deduplicated_and_checked() {
        let limits = Limits::default();
        let got =
            normalise_interests(&["Bitcoin", "bitcoin", " ", "Founder-Scaling"], &limits).unwrap();
        assert_eq!(got, vec!["bitcoin", "founder scaling"]);
        assert!(normalise_interests::<&str>(&[], &limits).is_err());
        assert!(normalise_interests(&["x".repeat(65)], &limits).is_err());
        assert!(check_normalised(&["Bitcoin".into()], &limits).is_err());
        assert!(check_normalised(&["a".into(), "a".into()], &limits).is_err());
        assert!(check_normalised(&["a b".into()], &limits).is_ok());
    }

    proptest! {
        #[test]
        fn normalising_is_idempotent(raw in "\\PC{0,40}") {
            let once = normalise_interest(&raw);
            prop_assert_eq!(normalise_interest(&once), once.clone());
        }
    }
}
