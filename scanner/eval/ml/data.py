"""Labelled lines for the learned-scorer experiment (session 5, branch `scan-ml11`).

Split rule mirrors `held_out(id)` in `scanner/examples/eval.rs`: FNV-1a (64-bit) of the id's
UTF-8 bytes, `hash % 3 == 0` is the eval's "holdout" half. For the corpus (`dev-` ids) that half
is the corpus holdout and is DROPPED here, right after the id is read and before anything else
sees the line. For own sets (`scanner/eval/*.jsonl`) the same rule gives the "tune" half
(eval.rs: `dev`, hash % 3 != 0) and the "check" half (eval.rs: `holdout`, hash % 3 == 0).

Only `holdout_look.py` reads corpus holdout lines, through `load_corpus_holdout()`, once.
"""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_DIR = os.path.dirname(HERE)
CORPUS = os.environ.get("CORPUS", "/work/shared/corpus/dev.jsonl")


def held_out(ident: str) -> bool:
    h = 0xCBF29CE484222325
    for b in ident.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h % 3 == 0


def _lines(path):
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if raw.strip():
                yield raw


def load_corpus_dev():
    """Corpus dev half only. Holdout lines are dropped as soon as their id is known."""
    out = []
    for raw in _lines(CORPUS):
        d = json.loads(raw)
        if held_out(d["id"]):
            del d, raw
            continue
        d["set"] = "corpus"
        d["half"] = "tune"
        d["_raw"] = raw
        out.append(d)
    return out


def load_own():
    """Every own set, each line tagged with its set name and tune/check half."""
    out = []
    for path in sorted(glob.glob(os.path.join(EVAL_DIR, "*.jsonl"))):
        name = os.path.basename(path)[:-6]
        for raw in _lines(path):
            d = json.loads(raw)
            if d["id"].startswith("dev-"):
                raise SystemExit(f"{path}: corpus id in an own set; refusing")
            d["set"] = name
            d["half"] = "check" if held_out(d["id"]) else "tune"
            d["_raw"] = raw
            out.append(d)
    return out


def family(set_name: str) -> str:
    """Coarse set family for reporting."""
    for prefix, fam in (
        ("para", "para"),
        ("attack", "attack"),
        ("playbook", "attack"),
        ("fresh", "fresh"),
        ("honest", "honest"),
        ("hardneg", "hardneg"),
        ("shortneg", "shortneg"),
        ("bipia", "bipia-style"),
        ("atr", "atr-style"),
    ):
        if set_name.startswith(prefix):
            return fam
    return set_name


def load_corpus_holdout():
    """ONLY for the single recorded aggregate look (holdout_look.py)."""
    out = []
    for raw in _lines(CORPUS):
        d = json.loads(raw)
        if not held_out(d["id"]):
            continue
        d["_raw"] = raw
        out.append(d)
    return out
