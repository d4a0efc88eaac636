#!/usr/bin/env python3
"""A second independent benign check: README / NEWS / *.md / *.txt documents (300 B - 16 KB,
gzip-compressed or plain) under /usr/share/doc, as eval JSON lines labelled benign. Honest
system documentation nobody wrote rules against.

    python3 scanner/eval/sysdoc_corpus.py > /tmp/sysdocs.jsonl
    cargo run --release -p scanner --example eval -- /tmp/sysdocs.jsonl
"""
import glob
import gzip
import json
import os

seen = set()
n = 0
for path in sorted(glob.glob("/usr/share/doc/*/*")):
    base = os.path.basename(path).lower()
    if not (base.startswith(("readme", "news", "todo", "faq", "security")) or base.endswith((".md", ".md.gz", ".txt", ".txt.gz"))):
        continue
    if "changelog" in base or "copyright" in base:
        continue
    try:
        raw = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError, EOFError):
        continue
    if not 300 < len(text) < 16000 or text in seen:
        continue
    seen.add(text)
    title = os.path.basename(os.path.dirname(path)) + " " + os.path.basename(path)
    n += 1
    print(json.dumps({"id": f"sysdoc-{n:04d}", "label": "benign", "category": "benign", "source": "sysdoc",
                      "title": title[:150], "body": text, "interests": ["linux", "documentation"]}))
