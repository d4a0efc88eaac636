#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets, in each target's input format.

Usage (from the repository root):
    python3 fuzz/seeds.py OUT_DIR

OUT_DIR/scan gets every fourth line of the scanner's own evaluation sets
(scanner/eval/*.jsonl, without the unread check sets atk12 and hn12) as
title NUL body NUL interests-joined-by-commas, the split the `scan` target makes.
`normalize`, `decode`, `literals`, `gate`, `windows` and `reach` take the same seeds. OUT_DIR/rules
gets the built-in rules file and cuts of it holding three rules each (the file's header kept),
for the `rules` target.
"""

import glob
import hashlib
import json
import os
import sys

UNREAD = ("atk12", "hn12")


def write(directory, data):
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


def scan_seeds(directory):
    count = 0
    for path in sorted(glob.glob("scanner/eval/*.jsonl")):
        if os.path.basename(path).split(".")[0] in UNREAD:
            continue
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f):
                if number % 4:
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError:
                    continue
                fields = [
                    item.get("title", ""),
                    item.get("body", ""),
                    ",".join(item.get("interests", [])),
                ]
                write(directory, "\0".join(fields).encode("utf-8"))
                count += 1
    return count


def rules_seeds(directory):
    with open("scanner/rules/builtin.toml", encoding="utf-8") as f:
        text = f.read()
    write(directory, text.encode("utf-8"))
    header, *rules = text.split("\n[[rule]]")
    count = 1
    for start in range(0, len(rules), 10):
        cut = header + "".join("\n[[rule]]" + r for r in rules[start : start + 3])
        write(directory, cut.encode("utf-8"))
        count += 1
    return count


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    for target in ("scan", "rules"):
        os.makedirs(os.path.join(out, target), exist_ok=True)
    print("scan:", scan_seeds(os.path.join(out, "scan")))
    print("rules:", rules_seeds(os.path.join(out, "rules")))


if __name__ == "__main__":
    main()
