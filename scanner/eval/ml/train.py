#!/usr/bin/env python3
"""Train the learned scorer and report on validation (own sets' check halves).

    cargo build --release -p scanner --bin pool-scan
    python3 scanner/eval/ml/train.py > scanner/eval/ml/validation.txt  # + weights.txt, threshold.json

Train: corpus dev half + own sets' tune halves. Validate: own sets' check halves. Threshold:
the lowest score cut-off at which the model alone refuses <= 1 % of check-half benign lines.
The corpus holdout is never loaded here (data.load_corpus_dev drops it).
"""
import collections
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
import features  # noqa: E402
import model  # noqa: E402
import rules  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
WEIGHTS = os.environ.get("WEIGHTS", os.path.join(HERE, "weights.txt"))
EPOCHS = int(os.environ.get("EPOCHS", "30"))
LR = float(os.environ.get("LR", "5"))
L2 = float(os.environ.get("L2", "1e-6"))
CV = os.environ.get("CV", "1") == "1"
FRR_MAX = 0.01


def pick_threshold(scores_benign, frr_max=FRR_MAX):
    """Lowest t such that #(benign score >= t) / n <= frr_max."""
    s = sorted(scores_benign, reverse=True)
    allowed = int(frr_max * len(s))  # number of benign lines allowed at or above t
    # t just above the (allowed+1)-th highest benign score
    return s[allowed] + 1e-9 if allowed < len(s) else 0.0


def rate(flags):
    return (sum(flags), len(flags))


def fmt(hit_total):
    h, t = hit_total
    return f"{h/t:.3f} ({h}/{t})" if t else "-"


def cross_validate(corpus, Xcd, ycd, Xt, yt, Xck, check):
    """3-fold CV over the corpus DEV half only (folds by crc32 of the id; the holdout is never
    loaded): each fold's model is trained on own tune halves + the other two folds and gets its
    own check-half threshold. Returns the strict threshold and out-of-fold rows (label,
    category, rules verdict, score, that fold's check threshold). Strict threshold = the lowest
    score at which <= 1 % of out-of-fold corpus-dev benign lines score at or above it (fold
    models share most data and scale), and never below the check-half threshold."""
    import zlib
    fold = [zlib.crc32(d["id"].encode()) % 3 for d in corpus]
    rv = rules.verdicts(corpus)
    rows = []
    for f in range(3):
        X = Xt + [x for x, k in zip(Xcd, fold) if k != f]
        y = yt + [v for v, k in zip(ycd, fold) if k != f]
        w = model.train(X, y, features.NFEAT, epochs=EPOCHS, lr0=LR, l2=L2)
        t = pick_threshold([model.score(w, x) for x, d in zip(Xck, check) if d["label"] == "benign"])
        for i, (x, k) in enumerate(zip(Xcd, fold)):
            if k == f:
                rows.append((corpus[i]["label"], corpus[i]["category"], rv[i],
                             model.score(w, x), t))
    ben = [r[3] for r in rows if r[0] == "benign"]
    return pick_threshold(ben), rows  # max() with the check threshold is taken by the caller


def report_cv(rows, thr, thr_b):
    mal = [r for r in rows if r[0] == "malicious"]
    ben = [r for r in rows if r[0] == "benign"]
    print("\ncorpus dev half, 3-fold CV (out-of-fold; rules were tuned on these lines)")
    for name, key in (("fold check threshold", lambda r: r[3] >= r[4]),
                      (f"strict {thr_b:.4f}", lambda r: r[3] >= thr_b)):
        print(f"  {name:<22} model recall {fmt(rate([key(r) for r in mal]))} FRR "
              f"{fmt(rate([key(r) for r in ben]))} | combined recall "
              f"{fmt(rate([r[2] or key(r) for r in mal]))} FRR {fmt(rate([r[2] or key(r) for r in ben]))}")
        for c in sorted({r[1] for r in mal}):
            mm = [r for r in mal if r[1] == c]
            print(f"      {c:<18} model {fmt(rate([key(r) for r in mm]))}")
    print("  rules alone            recall", fmt(rate([r[2] for r in mal])), "FRR",
          fmt(rate([r[2] for r in ben])))


def main():
    t0 = time.time()
    corpus = data.load_corpus_dev()
    own = data.load_own()
    train_set = corpus + [d for d in own if d["half"] == "tune"]
    check = [d for d in own if d["half"] == "check"]
    Xtr = [features.featurize(d) for d in train_set]
    ytr = [1 if d["label"] == "malicious" else 0 for d in train_set]
    Xck = [features.featurize(d) for d in check]
    t1 = time.time()
    w = model.train(Xtr, ytr, features.NFEAT, epochs=EPOCHS, lr0=LR, l2=L2)
    t2 = time.time()
    model.save(w, WEIGHTS)
    sc = [model.score(w, x) for x in Xck]
    thr = pick_threshold([s for s, d in zip(sc, check) if d["label"] == "benign"])
    thr_b, cv_rows = (cross_validate(corpus, Xtr[:len(corpus)], ytr[:len(corpus)],
                                     Xtr[len(corpus):], ytr[len(corpus):], Xck, check)
                      if CV else (None, []))
    if thr_b is not None:
        thr_b = max(thr_b, thr)
    with open(os.path.join(HERE, "threshold.json"), "w") as f:
        json.dump({"threshold": thr, "threshold_strict": thr_b, "epochs": EPOCHS, "lr0": LR,
                   "l2": L2, "bits": features.BITS, "chars": features.CHARS,
                   "norm": features.NORM, "seed": 11, "frr_max": FRR_MAX}, f, indent=1)
        f.write("\n")
    print(f"train {len(train_set)} lines ({sum(ytr)} mal), check {len(check)}; featurize "
          f"{t1-t0:.1f}s, train {t2-t1:.1f}s; nonzero weights "
          f"{sum(1 for v in w if abs(v) > 1e-6)}; threshold {thr:.4f}")
    # training-fit sanity (dev half of the corpus)
    trsc = [model.score(w, x) for x in Xtr[:len(corpus)]]
    print("corpus dev half (training data, fit only): model recall",
          fmt(rate([s >= thr for s, d in zip(trsc, corpus) if d["label"] == "malicious"])),
          "FRR", fmt(rate([s >= thr for s, d in zip(trsc, corpus) if d["label"] == "benign"])))
    rv = rules.verdicts(check)
    rv_dev = rules.verdicts(corpus)
    print("corpus dev half, rules alone: recall",
          fmt(rate([r for r, d in zip(rv_dev, corpus) if d["label"] == "malicious"])),
          "FRR", fmt(rate([r for r, d in zip(rv_dev, corpus) if d["label"] == "benign"])))
    groups = collections.defaultdict(list)
    for d, s, r in zip(check, sc, rv):
        m = s >= thr
        for g in ("ALL", "fam:" + data.family(d["set"]), "set:" + d["set"]):
            groups[g].append((d["label"], r, m, r or m))
    print(f"\nvalidation = own check halves; threshold {thr:.4f}")
    print(f"{'group':<22} {'recall rules':>16} {'model':>16} {'combined':>16} | "
          f"{'FRR rules':>14} {'model':>14} {'combined':>14}")
    for g in sorted(groups, key=lambda k: (k != "ALL", not k.startswith("fam:"), k)):
        rows = groups[g]
        mal = [r for r in rows if r[0] == "malicious"]
        ben = [r for r in rows if r[0] == "benign"]
        cols = [fmt(rate([r[i] for r in mal])) for i in (1, 2, 3)]
        cols += [fmt(rate([r[i] for r in ben])) for i in (1, 2, 3)]
        print(f"{g:<22} {cols[0]:>16} {cols[1]:>16} {cols[2]:>16} | "
              f"{cols[3]:>14} {cols[4]:>14} {cols[5]:>14}")
    # per category on check
    cat = collections.defaultdict(list)
    for d, s, r in zip(check, sc, rv):
        if d["label"] == "malicious":
            cat[d["category"]].append((r, s >= thr, r or s >= thr))
    print("\ncheck-half recall by category (rules / model / combined)")
    for c in sorted(cat):
        print(f"  {c:<18}", *[fmt(rate([x[i] for x in cat[c]])) for i in (0, 1, 2)])
    if CV:
        report_cv(cv_rows, thr, thr_b)
    # threshold sweep (aggregate)
    print("\nthreshold sweep on check halves: t, model FRR, model recall, combined FRR, combined recall")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, thr):
        mal = [(r, s >= t) for d, s, r in zip(check, sc, rv) if d["label"] == "malicious"]
        ben = [(r, s >= t) for d, s, r in zip(check, sc, rv) if d["label"] == "benign"]
        print(f"  {t:.4f} {fmt(rate([m for _, m in ben]))} {fmt(rate([m for _, m in mal]))} "
              f"{fmt(rate([r or m for r, m in ben]))} {fmt(rate([r or m for r, m in mal]))}")


if __name__ == "__main__":
    main()
