#!/usr/bin/env bash
# Signed edits per second of several mock commands, measured in turn, round after round, so that
# the machine's drift during a run falls on every command alike (one run of run-benchmarks.sh
# measures each server once, and two runs of the same jar differ by up to 30 % here).
#
#   ROUNDS=3 src/mock/src/test/bench/alternate.sh \
#     "before=java -jar /tmp/base/src/cli/target/lib/outboundkit-cli.jar mock" \
#     "this=java -jar src/cli/target/lib/outboundkit-cli.jar mock --verified-sign-cache 0"
#
# Each command gets --port, --tenant and a wide --timestamp-window-seconds; one pre-signed header
# set (edit.lua) serves every request. Knobs: ROUNDS=3 WARMUP=5s DURATION=15s CONNECTIONS=16
# MOCK_PORT=18090. Prints one RESULT line per command and round, then the median per command.
# Besides edits per second, each line has the mock's CPU time per edit over the measured run (user
# + system, from /proc): under a load from elsewhere, edits per second mostly measure the wait for
# a core, and CPU time per edit does not count that wait.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-5s}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
MOCK_PORT=${MOCK_PORT:-18090}
READ=/speech/openapi/v1/task/outbound/getPhoneGroups?taskId=121
[[ $# -gt 0 ]] || { sed -n '2,12p' "$0" >&2; exit 2; }
for tool in java wrk openssl curl; do
  command -v "$tool" >/dev/null || { echo "alternate: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

WORK=$(mktemp -d)
PID=
trap '[[ -n $PID ]] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
APP_ID=bench
TIMESTAMP=$(date +%s%3N)
SIGN=$(printf %s "$APP_ID$TIMESTAMP" | openssl dgst -sha256 -sign "$WORK/private.pem" | base64 -w0)
export BENCH_DIR=$BENCH APP_ID TIMESTAMP SIGN BODY_FILE=$BENCH/edit-body.json

TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }  # user + system time of the process

for round in $(seq 1 "$ROUNDS"); do
  for spec in "$@"; do
    label=${spec%%=*}
    read -r -a command <<< "${spec#*=}"
    "${command[@]}" --port "$MOCK_PORT" --tenant "$APP_ID=$WORK/public.pem" \
      --timestamp-window-seconds 3600 > "$WORK/$label.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 3000); do
      [[ $(curl -s -o /dev/null -w '%{http_code}' -H "appId: $APP_ID" -H "timestamp: $TIMESTAMP" \
        -H "sign: $SIGN" "http://127.0.0.1:$MOCK_PORT$READ" || true) == 200 ]] && break
      sleep 0.02
    done
    wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH/edit.lua" "http://127.0.0.1:$MOCK_PORT" > /dev/null
    cpu_before=$(cpu_ticks "$PID")
    result=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH/edit.lua" \
      "http://127.0.0.1:$MOCK_PORT" | grep '^RESULT')
    cpu_after=$(cpu_ticks "$PID")
    requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$result")
    cpu_us=$(( (cpu_after - cpu_before) * 1000000 / TICKS / requests ))
    echo "round $round $label $result cpu_us_per_edit=$cpu_us" | tee -a "$WORK/results.txt"
    kill "$PID"; wait "$PID" 2>/dev/null || true
    PID=
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "== medians over $ROUNDS rounds: signed edits/s, the mock's CPU µs per edit (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
for spec in "$@"; do
  label=${spec%%=*}
  rps=$(grep " $label RESULT" "$WORK/results.txt" | sed -E 's/.* rps=([0-9]+).*/\1/' | median)
  cpu=$(grep " $label RESULT" "$WORK/results.txt" | sed -E 's/.* cpu_us_per_edit=([0-9]+).*/\1/' | median)
  echo "$label: $rps edits/s, $cpu CPU µs per edit"
done
