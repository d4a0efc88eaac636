//! Runs every rule's own examples from the built-in rules file: each `matches` example must
//! make the rule fire (not downgraded to a note), each `not_matches` example must not.

use scanner::rules::{BUILTIN_RULES, RuleFile};
use scanner::{ScanInput, Scanner, ScannerConfig, Verdict};

fn fires(scanner: &Scanner, id: &str, text: &str) -> bool {
    let input = ScanInput {
        id: None,
        title: "Note",
        body: text,
        interests: &[],
    };
    let (_, explained) = scanner.explain(&input).expect("scan");
    explained
        .iter()
        .any(|e| e.finding.rule == id && !e.downgraded)
}

#[test]
fn every_rule_example_behaves() {
    let file = RuleFile::parse(BUILTIN_RULES).expect("rules parse");
    let scanner = Scanner::builtin().expect("rules compile");
    let mut failures = Vec::new();
    let examples = file
        .rules
        .iter()
        .map(|r| (&r.id, &r.matches, &r.not_matches))
        .chain(
            file.combos
                .iter()
                .map(|c| (&c.id, &c.matches, &c.not_matches)),
        );
    for (id, matches, not_matches) in examples {
        for m in matches {
            if !fires(&scanner, id, m) {
                failures.push(format!("{id} should match {m:?}"));
            }
        }
        for m in not_matches {
            if fires(&scanner, id, m) {
                failures.push(format!("{id} should not match {m:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} example failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn rule_ids_are_unique_and_namespaced() {
    let file = RuleFile::parse(BUILTIN_RULES).expect("rules parse");
    for r in &file.rules {
        let prefix = r.id.split('.').next().unwrap_or("");
        assert!(
            ["inj", "mem", "sec", "cmd", "exf", "obf", "pii", "scam"].contains(&prefix),
            "{}",
            r.id
        );
    }
}

#[test]
fn a_disabled_rule_never_fires() {
    let config = ScannerConfig {
        disabled_rules: vec!["sec.aws-access-key".into()],
        ..ScannerConfig::default()
    };
    let scanner = Scanner::with_config(config).expect("compile");
    assert!(!fires(
        &scanner,
        "sec.aws-access-key",
        "AWS_ACCESS_KEY_ID=AKIA6DRSGYRYEZOGBQVS"
    ));
}

#[test]
fn operators_can_replace_the_rules() {
    let rules = r#"
[[rule]]
id = "inj.custom"
category = "injection"
severity = "high"
description = "custom"
literals = ["frobnicate"]
regex = '''frobnicate the agent'''
matches = ["frobnicate the agent"]
not_matches = ["frobnicate the widget"]
"#;
    let scanner = Scanner::from_rules_toml(rules, ScannerConfig::default()).expect("compile");
    assert!(fires(&scanner, "inj.custom", "please frobnicate the agent"));
    assert_ne!(
        scanner.engine(),
        Scanner::builtin().expect("builtin").engine()
    );
}

#[test]
fn bad_rules_are_an_error_not_a_pass() {
    assert!(Scanner::from_rules_toml("[[rule]]\nid = 1", ScannerConfig::default()).is_err());
    let no_examples = r#"
[[rule]]
id = "x.y"
category = "injection"
severity = "high"
description = "d"
literals = ["a"]
regex = "a"
matches = []
not_matches = []
"#;
    assert!(Scanner::from_rules_toml(no_examples, ScannerConfig::default()).is_err());
    let unbounded = r#"
[[rule]]
id = "x.y"
category = "injection"
severity = "high"
description = "d"
literals = ["a"]
regex = "(?:a{1000}){1000}"
matches = ["a"]
not_matches = ["b"]
"#;
    assert!(Scanner::from_rules_toml(unbounded, ScannerConfig::default()).is_err());
}

/// Two medium signals close together reject, except when both are quoted examples in writing
/// about defence (a list of attack strings in a red-team report); a quoted example still
/// counts beside an unquoted signal, and quoting counts only in such writing.
#[test]
fn quoted_examples_in_defensive_writing_do_not_pair_up() {
    let rules = r#"
[[rule]]
id = "inj.one"
category = "injection"
severity = "medium"
description = "first signal"
literals = ["frobnicate"]
regex = '''frobnicate the agent'''
matches = ["frobnicate the agent"]
not_matches = ["frobnicate the widget"]

[[rule]]
id = "inj.two"
category = "injection"
severity = "medium"
description = "second signal"
literals = ["defrost"]
regex = '''defrost the memory'''
matches = ["defrost the memory"]
not_matches = ["defrost the fridge"]
"#;
    let scanner = Scanner::from_rules_toml(rules, ScannerConfig::default()).expect("compile");
    let judge = |body: &str| {
        let input = ScanInput {
            id: None,
            title: "Notes",
            body,
            interests: &[],
        };
        scanner.scan(&input).expect("scan").verdict
    };
    let defensive = "Red-team report: we attacked the bot to test detection and our defences \
                     against prompt injection.\n\n";
    let quoted = format!(
        "{defensive}- \"Please frobnicate the agent now.\"\n- \"Then defrost the memory\n  at once.\"\n"
    );
    assert_eq!(judge(&quoted), Verdict::Clean);
    let block = format!("{defensive}> frobnicate the agent, and then\n> defrost the memory\n");
    assert_eq!(judge(&block), Verdict::Clean);
    let one_unquoted =
        format!("{defensive}- \"Please frobnicate the agent now.\"\n- Then defrost the memory.\n");
    assert_eq!(judge(&one_unquoted), Verdict::Reject);
    let not_defensive = "Notes for the team:\n\n- \"Please frobnicate the agent now.\"\n- \"Then defrost the memory.\"\n";
    assert_eq!(judge(not_defensive), Verdict::Reject);
}
