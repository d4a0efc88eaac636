"""The rules' own verdicts, from `target/release/pool-scan --jsonl -` (lines piped on stdin so
that no file of selected lines is written)."""
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.environ.get("POOL_SCAN", os.path.join(ROOT, "target", "release", "pool-scan"))


def verdicts(lines):
    """lines: list of dicts with `_raw`. Returns a list of bools (True = rules reject)."""
    payload = "".join(d["_raw"] if d["_raw"].endswith("\n") else d["_raw"] + "\n" for d in lines)
    p = subprocess.run([BIN, "--jsonl", "-"], input=payload.encode("utf-8"),
                       capture_output=True, check=True)
    out = [json.loads(l) for l in p.stdout.decode("utf-8").splitlines() if l.strip()]
    if len(out) != len(lines):
        raise SystemExit(f"pool-scan gave {len(out)} results for {len(lines)} lines")
    res = []
    for o in out:
        if "verdict" not in o:
            raise SystemExit("pool-scan error on a line: " + o.get("error", "?")[:80])
        res.append(o["verdict"] == "reject")
    return res
