"""What a multi-pattern engine would make of the built-in rules: Hyperscan (Intel's C++ regex
library, through the `hyperscan` wheel on PyPI, which bundles it) compiles every rule regex
into one database and scans each text for which rules match anywhere (single-match mode, the
question a gate asks). Session 16 named such an engine as one of two routes to the 50 MB/s
bar; this measures the route before anyone builds it. Nothing of it is in the scanner.

Setup (the wheel is not a dependency of anything here):

    python3 -m venv /tmp/hsenv && /tmp/hsenv/bin/pip install hyperscan==0.9.1
    /tmp/hsenv/bin/python scanner/eval/hyperscan_probe.py TEXT.md [TEXT.md ...]

For each text (a markdown file, lower-cased as the skeleton of ASCII text is) it prints the
time of one scan with:
- `all`: every rule regex that Hyperscan compiles, in one database;
- `candidates`: only the rules whose literals occur in the text (the rules the engine runs on
  that text), in one database compiled for that text;
- `call`: a one-literal database, the cost of the Python call itself, to subtract.
Times are the best of five rounds of 2,000 scans.
"""

import sys
import time
import tomllib
from pathlib import Path

import hyperscan

RULES = Path(__file__).resolve().parent.parent / "rules" / "builtin.toml"
FLAGS = hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY


def database(patterns):
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(
        expressions=patterns,
        ids=list(range(len(patterns))),
        elements=len(patterns),
        flags=[FLAGS] * len(patterns),
    )
    return db


def compiles(pattern):
    try:
        database([pattern])
        return True
    except hyperscan.error:
        return False


def per_scan(db, text, rounds=5, scans=2000):
    scratch = hyperscan.Scratch(db)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(scans):
            db.scan(text, match_event_handler=None, scratch=scratch)
        best = min(best, time.perf_counter() - start)
    return best / scans


def main():
    rules = [r for r in tomllib.loads(RULES.read_text())["rule"] if r.get("regex")]
    usable = [r for r in rules if compiles(r["regex"].encode())]
    skipped = sorted(r["id"] for r in rules if r not in usable)
    print(f"{len(usable)} of {len(rules)} rule regexes compile; skipped: {', '.join(skipped)}")
    start = time.perf_counter()
    everything = database([r["regex"].encode() for r in usable])
    print(f"one database of all of them: compiled in {time.perf_counter() - start:.1f} s")
    call = database([b"zqxjzqxj"])
    for path in sys.argv[1:]:
        text = Path(path).read_text().lower()
        raw = text.encode()
        cands = [r for r in usable if any(lit in text for lit in r.get("literals", []))]
        mb = len(raw) / 1e6
        t_all = per_scan(everything, raw)
        t_cands = per_scan(database([r["regex"].encode() for r in cands]), raw)
        t_call = per_scan(call, raw)
        print(
            f"{path} ({len(raw)} B): all {t_all * 1e6:.1f} us ({mb / t_all:.0f} MB/s), "
            f"candidates ({len(cands)} rules) {t_cands * 1e6:.1f} us, call {t_call * 1e6:.1f} us"
        )


if __name__ == "__main__":
    main()
