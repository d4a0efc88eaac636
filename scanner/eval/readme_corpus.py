#!/usr/bin/env python3
"""An independent benign check: every README.md / *.md (300 B - 16 KB) of the crates in the local
cargo registry, as pool-scan JSON lines (title = first "# " heading). Honest technical prose the
rules were never written against. Usage:

    python3 scanner/eval/readme_corpus.py > /tmp/readmes.jsonl
    target-scanner/release/pool-scan --jsonl /tmp/readmes.jsonl | grep -c '"reject"'
"""
import glob
import json
import os

root = os.path.expanduser("~/.cargo/registry/src/*/*/")
seen = set()
for path in sorted(set(glob.glob(root + "README.md") + glob.glob(root + "*.md"))):
    try:
        text = open(path, encoding="utf-8").read()
    except (OSError, UnicodeDecodeError):
        continue
    if not 300 < len(text) < 16000 or text in seen:
        continue
    seen.add(text)
    title = next((l[2:].strip() for l in text.splitlines() if l.startswith("# ")), "")
    title = (title or os.path.basename(os.path.dirname(path)))[:150]
    print(json.dumps({"title": title, "body": text, "interests": ["rust", "developer tools"]}))
