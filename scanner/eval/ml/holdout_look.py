#!/usr/bin/env python3
"""THE one aggregate look at the corpus holdout (recorded in scanner/EVAL.md).

    python3 scanner/eval/ml/train.py          # regenerates the weights (fixed seed)
    python3 scanner/eval/ml/holdout_look.py   # prints aggregates only

Prints recall overall and per category, false rejections overall and by kind, for rules alone,
model alone and combined. No text, id or per-line result is printed or written.
"""
import collections
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
import features  # noqa: E402
import model  # noqa: E402
import rules  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
WEIGHTS = os.environ.get("WEIGHTS", os.path.join(HERE, "weights.txt"))


def kind(source):
    if source.startswith("original:hard-negative"):
        return "original:hard-negative"
    return source.split(":")[0]


def fmt(flags):
    h, t = sum(flags), len(flags)
    return f"{h/t:.3f} ({h}/{t})" if t else "-"


def main():
    cfg = json.load(open(os.path.join(HERE, "threshold.json")))
    thr, thr_b = cfg["threshold"], cfg["threshold_strict"]
    w = model.load(WEIGHTS, features.NFEAT)
    print("holdout look at", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
          f"thresholds {thr:.4f} (check halves) / {thr_b:.4f} (strict)")
    lines = data.load_corpus_holdout()
    rv = rules.verdicts(lines)
    rows = []
    for d, r in zip(lines, rv):
        s = model.score(w, features.featurize(d))
        m, mb = s >= thr, s >= thr_b
        rows.append((d["label"], d["category"], kind(d["source"]), r, m, r or m, mb, r or mb))
    del lines
    mal = [x for x in rows if x[0] == "malicious"]
    ben = [x for x in rows if x[0] == "benign"]
    names = ("rules alone", f"model alone, t={thr:.4f}", f"combined, t={thr:.4f}",
             f"model alone, strict t={thr_b:.4f}", f"combined, strict t={thr_b:.4f}")
    for i, name in zip((3, 4, 5, 6, 7), names):
        print(f"\n== {name} ==")
        print("recall overall            ", fmt([x[i] for x in mal]))
        for c in sorted({x[1] for x in mal}):
            print(f"  recall {c:<18}", fmt([x[i] for x in mal if x[1] == c]))
        for k in sorted({x[2] for x in mal}):
            print(f"  recall source {k:<11}", fmt([x[i] for x in mal if x[2] == k]))
        print("false rejections, all     ", fmt([x[i] for x in ben]))
        for k in ("original", "original:hard-negative", "atr"):
            print(f"  FRR {k:<22}", fmt([x[i] for x in ben if x[2] == k]))
    # aggregate overlap: catches the model adds / refusals it adds
    for i, t in ((4, thr), (6, thr_b)):
        print(f"\nt={t:.4f}: model adds catches (rules missed):",
              sum(1 for x in mal if x[i] and not x[3]),
              "; model adds refusals (rules passed):", sum(1 for x in ben if x[i] and not x[3]))


if __name__ == "__main__":
    main()
