#!/usr/bin/env bash
# deploy/quickstart-test.sh: CI's proof that the README's quickstart cannot rot. It runs
# deploy/quickstart.sh --exit in a temp directory on free ports, then checks that bob applied
# exactly the pattern alice published: same id as the one the broker stored (read back with
# `pool-broker export` once the broker stopped), same title as deploy/example-pattern.md.
#
# Environment: as quickstart.sh (QUICKSTART_PROFILE=debug and BIN_DIR=DIR skip the release
# build when CI already has debug binaries).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() {
    printf 'quickstart-test: FAIL: %s\n' "$*" >&2
    exit 1
}

export QUICKSTART_DIR="$TMP/qs" QUICKSTART_LISTEN=127.0.0.1:0 QUICKSTART_METRICS=127.0.0.1:0
if ! timeout 900 "$ROOT/deploy/quickstart.sh" --exit >"$TMP/out.txt" 2>&1; then
    cat "$TMP/out.txt" >&2
    fail "quickstart.sh --exit did not finish successfully"
fi
cat "$TMP/out.txt"

PROFILE=${QUICKSTART_PROFILE:-release}
BROKER="${BIN_DIR:-${CARGO_TARGET_DIR:-$ROOT/target}/$PROFILE}/pool-broker"
title=$(sed -n 's/^# //p' "$ROOT/deploy/example-pattern.md" | head -1)

shopt -s nullglob
applied=("$QUICKSTART_DIR/demo/bob/applied/"*.md)
[[ ${#applied[@]} -eq 1 ]] || fail "bob should have applied exactly one pattern, found ${#applied[@]}"
applied_id=$(basename "${applied[0]}" .md)
grep -qF "$title" "${applied[0]}" || fail "bob's applied pattern is not the example ($title)"

"$BROKER" export "$TMP/live.jsonl" --data "$QUICKSTART_DIR/pool-data" 2>/dev/null ||
    fail "pool-broker export failed"
[[ $(wc -l <"$TMP/live.jsonl") -eq 1 ]] || fail "the pool should hold exactly alice's pattern"
grep -q "\"id\":\"$applied_id\"" "$TMP/live.jsonl" ||
    fail "bob applied $applied_id, which is not the pattern the pool stored: $(cat "$TMP/live.jsonl")"
grep -qF "\"title\":\"$title\"" "$TMP/live.jsonl" || fail "the stored pattern's title differs"
grep -q "published 1" "$TMP/out.txt" || fail "alice's sync did not report one publish"
grep -q "applied 1" "$TMP/out.txt" || fail "bob's sync did not report one applied pattern"
echo "quickstart-test: bob applied alice's pattern $applied_id ($title)"
