#!/usr/bin/env bash
# deploy/quickstart.sh: the pattern pool in two minutes, on one machine.
#
# Builds the release binaries, starts a broker on the embedded defaults (data in
# ./pool-data, allowlist enrollment), creates two parent homes (./demo/alice, ./demo/bob),
# enrolls both with `pool-broker admin`, queues an example pattern at alice (`nanoclaw
# publish`) and syncs her (her agent publishes it), then syncs bob (his agent finds it and his
# governance engine applies it) and prints what bob applied. The broker then keeps running in
# the foreground until Ctrl-C.
#
#   ./deploy/quickstart.sh            # keep the broker running afterwards
#   ./deploy/quickstart.sh --exit     # stop the broker and exit 0 (CI)
#
# Environment: QUICKSTART_DIR (where pool-data/ and demo/ go; default: the repository root),
# QUICKSTART_LISTEN / QUICKSTART_METRICS (default 127.0.0.1:7878 / 127.0.0.1:7879; use
# 127.0.0.1:0 for any free port), QUICKSTART_PROFILE (release, or debug to reuse a debug
# build), BIN_DIR (use binaries already built there).
set -euo pipefail

EXIT_AFTER=0
for arg in "$@"; do
    case "$arg" in
    --exit) EXIT_AFTER=1 ;;
    -h | --help)
        sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "quickstart: unknown argument $arg (try --help)" >&2
        exit 2
        ;;
    esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${QUICKSTART_DIR:-$ROOT}
LISTEN=${QUICKSTART_LISTEN:-127.0.0.1:7878}
METRICS=${QUICKSTART_METRICS:-127.0.0.1:7879}
PROFILE=${QUICKSTART_PROFILE:-release}
INTERESTS="kubernetes operations, rolling restarts"

if [[ -t 1 ]]; then
    say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
else
    say() { printf '\n== %s\n' "$*"; }
fi
die() {
    printf 'quickstart: %s\n' "$*" >&2
    exit 1
}

# 1. Build.
if [[ -z "${BIN_DIR:-}" ]]; then
    say "building pool-broker and nanoclaw ($PROFILE)"
    flag=()
    [[ "$PROFILE" == release ]] && flag=(--release)
    (cd "$ROOT" && cargo build --locked "${flag[@]}" -p pool-broker -p nanoclaw --bins)
    BIN_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/$PROFILE"
fi
BROKER="$BIN_DIR/pool-broker"
NANOCLAW="$BIN_DIR/nanoclaw"
[[ -x "$BROKER" && -x "$NANOCLAW" ]] || die "no pool-broker or nanoclaw in $BIN_DIR"

# 2. Start the broker on its embedded defaults (no config file).
mkdir -p "$WORK"
DATA="$WORK/pool-data"
LOG="$WORK/pool-broker.log"
say "starting pool-broker (data in $DATA, log in $LOG)"
# The file exists before the broker starts: the shell opens a background job's redirect in
# the child, so a first read right after `&` could find no file (and `set -e` end the script).
: >"$WORK/pool-broker.out"
"$BROKER" serve --data "$DATA" --listen "$LISTEN" --metrics-listen "$METRICS" \
    --enrollment allowlist >"$WORK/pool-broker.out" 2>"$LOG" &
BROKER_PID=$!
stop_broker() {
    if kill -0 "$BROKER_PID" 2>/dev/null; then
        kill -TERM "$BROKER_PID" 2>/dev/null || true
        for _ in $(seq 1 300); do # SIGTERM finishes in-flight writes; at most 30 s
            kill -0 "$BROKER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$BROKER_PID" 2>/dev/null || true
    fi
}
trap stop_broker EXIT
URL=
for _ in $(seq 1 300); do # at most 30 s
    URL=$(sed -n 's/^pool-broker listening on //p' "$WORK/pool-broker.out")
    [[ -n "$URL" ]] && break
    kill -0 "$BROKER_PID" 2>/dev/null || break
    sleep 0.1
done
[[ -n "$URL" ]] || die "pool-broker did not start (is $LISTEN already in use?):
$(cat "$LOG")"
cat "$WORK/pool-broker.out"
"$BROKER" health --url "$URL"
TOKEN="$DATA/admin.token"

# 3. Two parents: create their homes (or reuse them) and enroll their keys.
parent() { # name -> prints the parent's public key
    local home="$WORK/demo/$1"
    if [[ ! -f "$home/parent.key" ]]; then
        "$NANOCLAW" --home "$home" init --pool "$URL" --interests "$INTERESTS" >"$WORK/demo/$1.init"
    fi
    # Point the home at this run's broker (the port may differ from the last run).
    sed -i "s#^url = .*#url = \"$URL\"#" "$home/config.toml"
    "$NANOCLAW" --home "$home" status | sed -n 's/^parent *\([^ ]*\) .*/\1/p'
}
mkdir -p "$WORK/demo"
say "creating two parent homes: $WORK/demo/alice and $WORK/demo/bob"
ALICE_KEY=$(parent alice)
BOB_KEY=$(parent bob)
[[ -n "$ALICE_KEY" && -n "$BOB_KEY" ]] || die "could not read the parents' public keys"
echo "alice: $ALICE_KEY"
echo "bob:   $BOB_KEY"

say "enrolling both parents (pool-broker admin parents add)"
"$BROKER" admin --url "$URL" --token-file "$TOKEN" parents add "$ALICE_KEY" --name alice >/dev/null
"$BROKER" admin --url "$URL" --token-file "$TOKEN" parents add "$BOB_KEY" --name bob >/dev/null
"$BROKER" admin --url "$URL" --token-file "$TOKEN" parents list

# 4. Alice queues a pattern and syncs: her agent publishes it.
say "alice: nanoclaw publish deploy/example-pattern.md, then nanoclaw sync"
"$NANOCLAW" --home "$WORK/demo/alice" publish "$ROOT/deploy/example-pattern.md" \
    --interests "$INTERESTS" --tier 1
"$NANOCLAW" --home "$WORK/demo/alice" sync

# 5. Bob syncs: his agent finds it, his governance engine judges and applies it.
say "bob: nanoclaw sync"
"$NANOCLAW" --home "$WORK/demo/bob" sync

say "what bob applied ($WORK/demo/bob/applied/)"
shopt -s nullglob
applied=("$WORK/demo/bob/applied/"*.md)
((${#applied[@]})) || die "bob applied nothing; see: $NANOCLAW --home $WORK/demo/bob log"
for f in "${applied[@]}"; do
    echo "--- $f"
    cat "$f"
done
echo
"$NANOCLAW" --home "$WORK/demo/bob" log --decision apply

if ((EXIT_AFTER)); then
    say "stopping the broker (--exit)"
    stop_broker
    trap - EXIT
    exit 0
fi
say "the broker keeps running at $URL (Ctrl-C stops it)"
cat <<EOT
Try:
  $BROKER health --url $URL
  $BROKER admin --url $URL --token-file $TOKEN stats
  $NANOCLAW --home $WORK/demo/bob status
  curl -s ${URL}/openapi.json | head
EOT
trap 'echo; echo "stopping the broker"; stop_broker; exit 0' INT TERM
wait "$BROKER_PID"
