"""What the paraphrase-set generators (`para6_gen.py`, `para7_gen.py`, `para8_gen.py`) share:
the eval's tune/check split and the writing of a set as JSON lines.

The split is `held_out` of `scanner/examples/eval.rs`: FNV-1a of the id, one id in three on the
check side. Every paraphrase of one corpus line goes to the side of its family key, so a check
half holds paraphrases of other lines than its tune half.
"""

import json

LIC = "project-original (paraphrases written for this set)"


def held(i):
    """Whether `i` falls on the check side (FNV-1a of the id, modulo 3, is 0)."""
    h = 0xCBF29CE484222325
    for b in i.encode():
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h % 3 == 0


def write_set(out, post_start, prefix, post, post_prefix=None):
    """Prints `out[:post_start]` (or, with `post`, `out[post_start:]`, all on the check side) as
    JSON lines. Ids are `{prefix}-{key}-{n}` with a letter added until the id hashes to the side
    of its key (`{prefix}-{key}`); post lines use `post_prefix` when given."""
    counts = {}
    for o in (out[post_start:] if post else out[:post_start]):
        want = True if post else held(f"{prefix}-" + o["key"])
        k = counts.get(o["key"], 0)
        counts[o["key"]] = k + 1
        stem = post_prefix if post and post_prefix else prefix
        sfx = 0
        while True:
            i = f"{stem}-{o['key']}-{k}{chr(97 + sfx) if sfx else ''}"
            if held(i) == want:
                break
            sfx += 1
        row = {"id": i, "label": o["label"], "category": o["category"], "source": o["source"],
               "license": LIC, "title": o["title"][:160], "body": o["body"],
               "interests": [t.lower() for t in o["interests"]][:4]}
        print(json.dumps(row, ensure_ascii=False))
