#!/usr/bin/env python3
"""Joins `eval --list-all` output of a self-written set with the set's `payload` field, so a
miss or a false rejection shows the sentence that was hidden. Self-written sets only.

    eval scanner/eval/fresh.jsonl --list-all | python3 scanner/eval/show.py scanner/eval/fresh.jsonl
"""
import json
import sys

rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    rows[o["id"]] = o
for line in sys.stdin:
    parts = line.split()
    if len(parts) > 1 and parts[0] in ("MISS", "FALSE-REJECT") and parts[1] in rows:
        o = rows[parts[1]]
        print(line.rstrip())
        print("    >>", (o.get("payload") or o["body"])[:300].replace("\n", " / "))
