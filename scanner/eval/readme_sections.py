#!/usr/bin/env python3
"""An external false-rejection check: honest writing nobody on the project wrote, the long
descriptions (READMEs) of pinned PyPI packages, cut into sections at markdown headings. Nothing
third-party is committed: the wheels are downloaded (no dependencies) into a cache folder and
read at run time. Output: JSON lines on stdout, all labelled benign, ids `{set}-{package}-NNN`.

    python3 scanner/eval/readme_sections.py [CACHE_DIR] > /tmp/readmes.jsonl
    python3 scanner/eval/readme_sections.py --score /tmp/readmes.jsonl target/release/pool-scan

Sets:

| set  | packages                                         | read while tuning |
|------|--------------------------------------------------|-------------------|
| sec  | 18 AI-security tools (red teaming, guards)       | yes (session 12)  |
| fw   | 24 agent and LLM frameworks                      | yes (session 13)  |
| fwc  | 20 other agent and LLM frameworks, at most 12 sections a package | no: only its count |

A section is 200-6,000 bytes (longer ones are cut at 6,000), titled by its heading.
"""
import email
import json
import os
import re
import subprocess
import sys
import zipfile

SETS = {
    "sec": [
        "0din-litellm-shield==0.3.0", "aco-prompt-shield==0.2.0", "actions-warden==0.1.5",
        "actionsec==0.1.0", "aegis-llm==0.1.3", "aegis-shield==0.2.0", "aegisrt==0.1.0",
        "aether-lang==0.4.0", "agentdojo==0.1.35", "deepteam==1.0.10", "garak==0.17.1",
        "giskard==2.19.2", "llm-guard==0.3.16", "prompt-security-fuzzer==2.1.1",
        "pyrit==1.1.0", "pytector==0.4.0", "rebuff==0.1.1", "spikee==0.9.2",
    ],
    "fw": [
        "agno==3.1.10", "aider-chat==0.86.2", "browser-use==0.13.14", "crewai==1.15.30",
        "dspy==3.4.1", "fastmcp==4.1.6", "guardrails-ai==0.11.0", "haystack-ai==3.4.1",
        "instructor==1.17.0", "langchain-core==1.8.2", "letta==0.34.12", "litellm==1.109.1",
        "llama-index-core==0.14.25", "marvin==3.2.7", "mcp==2.3.0", "mem0ai==2.2.1",
        "nemoguardrails==0.24.1", "open-interpreter==0.4.3", "openai-agents==0.24.0",
        "promptflow==1.18.5", "pyautogen==0.10.0", "pydantic-ai==2.66.0",
        "semantic-kernel==1.45.0", "smolagents==1.26.0",
    ],
    "fwc": [
        "agentops==0.4.21", "agentscope==2.0.11", "autogen-agentchat==0.7.5",
        "camel-ai==0.2.90", "chainlit==2.12.0", "composio==0.30.0", "controlflow==0.12.1",
        "e2b==2.63.0", "griptape==1.13.0", "guidance==0.3.1", "langfuse==5.0.4",
        "langgraph==1.2.22", "langroid==0.69.16", "llm==0.36", "metagpt==0.8.2",
        "mirascope==2.8.2", "outlines==1.3.3", "qwen-agent==0.0.34", "swarms==16.0.3",
        "txtai==9.14.0",
    ],
}
# Sections a package gives at most, per set (None: all).
CAP = {"sec": None, "fw": None, "fwc": 12}
MIN_BYTES, MAX_BYTES = 200, 6000


def wheel(cache, pin):
    """The wheel file of `pin` in `cache`, downloaded if missing."""
    name, version = pin.split("==")
    stem = re.sub(r"[-.]", "_", name).lower()
    def find():
        for f in sorted(os.listdir(cache)):
            if f.lower().startswith(f"{stem}-{version}-") and f.endswith(".whl"):
                return os.path.join(cache, f)
        return None
    found = find()
    if found is None:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                        "--only-binary", ":all:", pin, "-d", cache], check=True)
        found = find()
    return found


def description(path):
    """The long description in a wheel's METADATA."""
    with zipfile.ZipFile(path) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        msg = email.message_from_bytes(z.read(meta))
    return msg.get_payload() or msg.get("Description", "") or ""


def sections(text):
    """(title, body) of each section of a markdown text, cut before `#`, `##` and `###`."""
    for part in re.split(r"\n(?=#{1,3} )", "\n" + text):
        part = part.strip()
        if part.startswith("#") and "\n" in part:
            head, body = part.split("\n", 1)
            title = head.lstrip("# ").strip()
        else:
            title, body = "", part
        body = body.strip().encode()[:MAX_BYTES].decode("utf-8", "ignore")
        if len(body.encode()) >= MIN_BYTES:
            yield title, body


def generate(cache):
    os.makedirs(cache, exist_ok=True)
    for set_name, pins in SETS.items():
        for pin in pins:
            path = wheel(cache, pin)
            if path is None:
                print(f"no wheel for {pin}", file=sys.stderr)
                continue
            package = pin.split("==")[0]
            for k, (title, body) in enumerate(sections(description(path))):
                if CAP[set_name] is not None and k >= CAP[set_name]:
                    break
                print(json.dumps({
                    "id": f"{set_name}-{package}-{k:03d}", "label": "benign", "category": "benign",
                    "title": (title or package)[:150], "body": body,
                    "interests": ["agent frameworks", "llm tooling"],
                }))


def score(lines_path, pool_scan):
    """Refusals per set, as `pool-scan --jsonl` gives them."""
    rows = [json.loads(l) for l in open(lines_path)]
    out = subprocess.run([pool_scan, "--jsonl", lines_path], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    totals = {}
    for row, verdict in zip(rows, out):
        s = row["id"].split("-", 1)[0]
        n, refused = totals.get(s, (0, 0))
        totals[s] = (n + 1, refused + (json.loads(verdict)["verdict"] == "reject"))
    for s, (n, refused) in totals.items():
        print(f"{s:4} {refused}/{n} refused")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--score":
        score(sys.argv[2], sys.argv[3])
    else:
        generate(sys.argv[1] if len(sys.argv) > 1 else
                 os.path.expanduser("~/.cache/pool-eval-readmes"))
