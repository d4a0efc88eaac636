//! Runs every rule's own examples from the built-in rules file: each `matches` example must
//! make the rule fire (not downgraded to a note), each `not_matches` example must not.

use scanner::rules::{BUILTIN_RULES, RuleFile};
use scanner::{ScanInput, Scanner, ScannerConfig};

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
