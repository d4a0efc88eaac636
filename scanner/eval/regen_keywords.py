#!/usr/bin/env python3
"""Regenerates `KEYWORDS` in scanner/src/intent.rs from the string literals of
`verb_is_imperative`, `classify` and `classify_more` (the unit test
`keywords_match_the_classifiers` fails until this is run after editing them).

    python3 scanner/eval/regen_keywords.py && cargo fmt -p scanner
"""
import re

PATH = "scanner/src/intent.rs"
s = open(PATH, encoding="utf-8").read()


def body(name):
    i = s.index(f"fn {name}(")
    return s[i:s.index("\n}\n", i)]


lits = set()
for fn in ["verb_is_imperative", "classify", "classify_more"]:
    lits |= set(re.findall(r'"((?:[^"\\]|\\.)*)"', body(fn)))
lits.discard("")
items = ", ".join(f'"{w}"' for w in sorted(lits))
start = s.index("const KEYWORDS: &[&str] = &[")
end = s.index("];", start) + 2
s = s[:start] + "const KEYWORDS: &[&str] = &[" + items + "];" + s[end:]
open(PATH, "w", encoding="utf-8").write(s)
