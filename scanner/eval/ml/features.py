"""Hashed features: lower-cased word unigrams and bigrams of title + body (+ interest tags as
their own tokens), plus a few cheap shape features. Hash = zlib.crc32 of the UTF-8 token, mod
2^BITS (crc32 is a one-line port in Rust: `crc32fast`)."""
import math
import re
import zlib

BITS = 18
import os
NORM = os.environ.get("NORM", "sqrt")
CHARS = os.environ.get("CHARS", "0") == "1"
CAP = int(os.environ.get("CAP", "64"))
DIM = 1 << BITS

# Words: runs of letters/digits (Unicode-aware, so CJK runs and Cyrillic are words too).
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
URL = re.compile(r"https?://|www\.")
FENCE = re.compile(r"^\s*(```|~~~)", re.M)
LONGTOK = re.compile(r"[A-Za-z0-9+/=_-]{40,}")

SHAPES = [
    "has_fence", "url_count", "digit_share", "nonascii_share", "invisible", "long_token",
    "log_len", "upper_share",
]


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & (DIM - 1)


def shape(title, body):
    text = title + "\n" + body
    n = max(len(text), 1)
    digits = sum(c.isdigit() for c in text)
    nonascii = sum(ord(c) > 127 for c in text)
    upper = sum(c.isupper() for c in text)
    invisible = any(
        0x200B <= ord(c) <= 0x200F or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069
        or 0xE0000 <= ord(c) <= 0xE007F or ord(c) == 0xFEFF
        for c in text
    )
    return {
        "has_fence": 1.0 if FENCE.search(body) else 0.0,
        "url_count": math.log1p(len(URL.findall(text))),
        "digit_share": digits / n * 5,
        "nonascii_share": nonascii / n * 5,
        "invisible": 1.0 if invisible else 0.0,
        "long_token": 1.0 if LONGTOK.search(text) else 0.0,
        "log_len": math.log(n) / 8,
        "upper_share": upper / n * 3,
    }


def featurize(d, shapes=True):
    """Sparse vector {index: value}. Word features are binary, L2-normalised together."""
    title, body = d.get("title", ""), d.get("body", "")
    words = WORD.findall((title + "\n" + body).lower())
    feats = set()
    prev = "<s>"
    for w in words:
        feats.add(_h("u:" + w))
        feats.add(_h("b:" + prev + " " + w))
        prev = w
    if CHARS:
        t = " ".join(words)
        for i in range(len(t) - 3):
            feats.add(_h("c:" + t[i:i + 4]))
    for tag in d.get("interests", []) or []:
        feats.add(_h("i:" + tag))
    x = {}
    if feats:
        if NORM == "sqrt":
            v = 1.0 / math.sqrt(len(feats))
        elif NORM == "none":
            v = 0.1
        else:  # "cap": like sqrt for short texts, flat past CAP features
            v = 1.0 / math.sqrt(min(len(feats), CAP))
        for f in feats:
            x[f] = v
    if shapes:
        s = shape(title, body)
        for i, name in enumerate(SHAPES):
            if s[name]:
                # shape features live past the hashed range
                x[DIM + i] = s[name]
    x[DIM + len(SHAPES)] = 1.0  # bias
    return x


NFEAT = DIM + len(SHAPES) + 1
