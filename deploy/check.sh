#!/usr/bin/env bash
# deploy/check.sh: proves that what deploy/ ships works with the binaries of this commit.
#
#  1. `systemd-analyze verify` on pool-broker.service, nanoclaw-sync.service and the timer
#     (copied to a temp dir with ExecStart pointed at the freshly built binaries, because verify
#     insists that ExecStart is executable), plus an offline exposure score for the broker.
#  2. deploy/pool-broker.toml is loaded by the real `pool-broker serve`, which must get as far
#     as printing its address (on 127.0.0.1:0, temp data dir), then stop cleanly on SIGTERM.
#  3. deploy/nanoclaw.toml is read by the real `nanoclaw` (as the config.toml of a temp home).
#  4. The crontab line is valid sh, and the files the Dockerfile copies exist.
#
# Usage: bash deploy/check.sh   (from anywhere; as root it installs systemd with apt-get if
# systemd-analyze is missing). BIN_DIR=DIR uses binaries already built there instead of
# building (debug profile, CARGO_TARGET_DIR honoured).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEPLOY="$ROOT/deploy"
TMP=$(mktemp -d)
BROKER_PID=
cleanup() {
    if [[ -n "$BROKER_PID" ]] && kill -0 "$BROKER_PID" 2>/dev/null; then
        kill -9 "$BROKER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check.sh: FAIL: %s\n' "$*" >&2; exit 1; }

# --- tools ------------------------------------------------------------------------------
need_apt=()
command -v systemd-analyze >/dev/null || need_apt+=(systemd)
command -v shuf >/dev/null || need_apt+=(coreutils)
command -v flock >/dev/null || need_apt+=(util-linux)
if ((${#need_apt[@]})); then
    step "installing ${need_apt[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        fail "missing ${need_apt[*]}; run as root or install them"
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# --- binaries ---------------------------------------------------------------------------
if [[ -z "${BIN_DIR:-}" ]]; then
    step "building pool-broker and nanoclaw"
    (cd "$ROOT" && cargo build --locked -q -p pool-broker -p nanoclaw --bins)
    BIN_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/debug"
fi
BROKER="$BIN_DIR/pool-broker"
NANOCLAW="$BIN_DIR/nanoclaw"
[[ -x "$BROKER" && -x "$NANOCLAW" ]] || fail "no pool-broker/nanoclaw in $BIN_DIR"

# --- 1. systemd units -------------------------------------------------------------------
step "systemd-analyze verify"
UNITS="$TMP/units"
mkdir -p "$UNITS"
for unit in pool-broker.service nanoclaw-sync.service nanoclaw-sync.timer; do
    sed -e "s#/usr/local/bin/pool-broker#$BROKER#g" \
        -e "s#/usr/local/bin/nanoclaw#$NANOCLAW#g" \
        "$DEPLOY/$unit" >"$UNITS/$unit"
done
grep -q "ExecStart=$BROKER " "$UNITS/pool-broker.service" || fail "pool-broker.service ExecStart not found"
grep -q "ExecStart=$NANOCLAW sync" "$UNITS/nanoclaw-sync.service" || fail "nanoclaw-sync.service ExecStart not found"
if ! out=$(cd "$UNITS" && systemd-analyze verify ./pool-broker.service ./nanoclaw-sync.service ./nanoclaw-sync.timer 2>&1); then
    printf '%s\n' "$out" >&2
    fail "systemd-analyze verify refused the units"
fi
# verify exits 0 on warnings (unknown keys, bad values): treat any line about our units as one.
if grep -E '(pool-broker|nanoclaw-sync)\.(service|timer)' <<<"$out"; then
    fail "systemd-analyze verify warned about the units (above)"
fi
echo "units verify cleanly"
if systemd-analyze security --help 2>/dev/null | grep -q -- '--offline'; then
    exposure=$(cd "$UNITS" && systemd-analyze security --offline=true ./pool-broker.service 2>/dev/null | tail -1 || true)
    echo "$exposure"
    score=$(grep -oE '[0-9]+\.[0-9]+' <<<"$exposure" | head -1 || true)
    if [[ -n "$score" ]] && awk -v s="$score" 'BEGIN { exit !(s > 2.5) }'; then
        fail "pool-broker.service exposure $score is above 2.5: the hardening regressed"
    fi
fi
grep -q '^OnCalendar=\*-\*-\* 00:00:00$' "$DEPLOY/nanoclaw-sync.timer" || fail "the timer no longer fires at midnight"
grep -q '^RandomizedDelaySec=' "$DEPLOY/nanoclaw-sync.timer" || fail "the timer lost its randomized delay"
grep -q '^Persistent=true$' "$DEPLOY/nanoclaw-sync.timer" || fail "the timer is not persistent"

# --- 2. pool-broker.toml ----------------------------------------------------------------
step "pool-broker serve --config deploy/pool-broker.toml"
"$BROKER" serve --config "$DEPLOY/pool-broker.toml" --listen 127.0.0.1:0 \
    --metrics-listen 127.0.0.1:0 --data "$TMP/broker-data" \
    >"$TMP/broker.out" 2>"$TMP/broker.err" &
BROKER_PID=$!
url=
for _ in $(seq 1 300); do # at most 30 s
    url=$(sed -n 's/^pool-broker listening on //p' "$TMP/broker.out")
    [[ -n "$url" ]] && break
    kill -0 "$BROKER_PID" 2>/dev/null || break
    sleep 0.1
done
if [[ -z "$url" ]]; then
    cat "$TMP/broker.err" >&2
    fail "pool-broker did not start on deploy/pool-broker.toml"
fi
grep -q 'enrollment: Allowlist' "$TMP/broker.out" || fail "the example config is not in allowlist enrollment"
"$BROKER" health --url "$url" || fail "pool-broker health failed on the example config"
kill -TERM "$BROKER_PID"
for _ in $(seq 1 300); do
    kill -0 "$BROKER_PID" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$BROKER_PID" 2>/dev/null; then
    fail "pool-broker did not stop within 30 s of SIGTERM"
fi
wait "$BROKER_PID" || fail "pool-broker exited non-zero after SIGTERM: $(cat "$TMP/broker.err")"
BROKER_PID=
echo "the example broker config loads, serves and stops cleanly"
# A typo must be refused, not ignored: the check above would catch nothing otherwise.
printf 'listen = "127.0.0.1:0"\nlisten_typo = 1\n' >"$TMP/bad.toml"
if "$BROKER" serve --config "$TMP/bad.toml" --data "$TMP/bad-data" >/dev/null 2>&1; then
    fail "pool-broker accepted a config with an unknown key"
fi

# --- 3. nanoclaw.toml -------------------------------------------------------------------
step "nanoclaw reads deploy/nanoclaw.toml"
HOME_DIR="$TMP/parent"
"$NANOCLAW" --home "$HOME_DIR" init --pool http://127.0.0.1:9 --interests "devops" >/dev/null
cp "$DEPLOY/nanoclaw.toml" "$HOME_DIR/config.toml"
if ! "$NANOCLAW" --home "$HOME_DIR" status >"$TMP/status.out" 2>&1; then
    cat "$TMP/status.out" >&2
    fail "nanoclaw refused deploy/nanoclaw.toml"
fi
grep -q 'pool http://127.0.0.1:7878' "$TMP/status.out" || fail "nanoclaw status did not read the example's pool URL"
printf '[pool]\nurl = "http://x"\ntypo = 1\n[[groups]]\nname = "a"\ninterests = ["a"]\n' >"$HOME_DIR/config.toml"
if "$NANOCLAW" --home "$HOME_DIR" status >/dev/null 2>&1; then
    fail "nanoclaw accepted a config with an unknown key"
fi
echo "the example nanoclaw config is read by nanoclaw status"

# --- 4. crontab and Dockerfile ----------------------------------------------------------
step "crontab.example and Dockerfile"
line=$(grep -E '^[0-9*]' "$DEPLOY/crontab.example")
[[ $(wc -l <<<"$line") -eq 1 ]] || fail "crontab.example should hold exactly one job line"
[[ "$line" != *%* ]] || fail "crontab.example uses %, which cron turns into a newline"
command=$(cut -d' ' -f6- <<<"$line" | sed 's/^ *//')
sh -n -c "$command" || fail "the crontab command is not valid sh"
grep -q 'nanoclaw sync' <<<"$command" || fail "the crontab line does not run nanoclaw sync"
for f in $(sed -n 's/^COPY \(deploy\/[^ ]*\) .*/\1/p' "$DEPLOY/Dockerfile"); do
    [[ -f "$ROOT/$f" ]] || fail "the Dockerfile copies $f, which does not exist"
done
grep -q 'cargo build --profile dist --locked -p pool-broker' "$DEPLOY/Dockerfile" || fail "the Dockerfile build line changed"
grep -q '^USER ' "$DEPLOY/Dockerfile" || fail "the Dockerfile runs as root"
grep -q 'pool-broker", "health"' "$DEPLOY/compose.yaml" || fail "compose.yaml lost its health check"
echo "crontab line and Dockerfile references are sound"

printf '\ncheck.sh: all deploy checks passed\n'
