#!/usr/bin/env bash
# Benchmarks of the outboundkit mock, with Prism measured in the same run for comparison:
#   1. signed edits per second over loopback, p50/p99 latency (wrk + edit.lua);
#   2. time from process start to the first answered request (5 starts).
# Results go to stdout and to $OUT/results.md. See docs/BENCHMARKS.md.
#
# Needs: java 17, wrk, openssl, curl, node/npm (for Prism), and a compiled project
# (mvn -q -o compile, or the jar target/outboundkit.jar). Nothing here touches the project's files
# outside target/bench.
#
# Knobs (environment): DURATION=20s WARMUP=10s CONNECTIONS=16 WRK_THREADS=1 STARTS=5
#   MOCK_PORT=18080 PRISM_PORT=18081 PRISM_VERSION=5.16.0 SKIP_PRISM=1 JAVA_OPTS=...
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
BENCH=$ROOT/src/test/bench
OUT=${OUT:-$ROOT/target/bench}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
WRK_THREADS=${WRK_THREADS:-1}
STARTS=${STARTS:-5}
MOCK_PORT=${MOCK_PORT:-18080}
PRISM_PORT=${PRISM_PORT:-18081}
PRISM_VERSION=${PRISM_VERSION:-5.16.0}
JAVA_OPTS=${JAVA_OPTS:-}
APP_ID=bench
EDIT=/speech/openapi/v1/task/outbound/edit
READ=/speech/openapi/v1/task/outbound/getPhoneGroups?taskId=121

for tool in java wrk openssl curl; do
  command -v "$tool" >/dev/null || { echo "run-benchmarks: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done
mkdir -p "$OUT"
cd "$ROOT"

# How to start the mock: the jar when the build made one and it is not older than the compiled
# classes (mvn -B -q -o package -DskipTests), else the compiled classes.
if [[ -f target/outboundkit.jar && -z $(find target/classes -name '*.class' -newer target/outboundkit.jar | head -1) ]]; then
  MOCK=(java $JAVA_OPTS -jar target/outboundkit.jar mock)
  HOW="java -jar target/outboundkit.jar"
else
  [[ -d target/classes/dev/outboundkit/mock ]] || { echo "run-benchmarks: compile first (mvn -q -o compile)" >&2; exit 1; }
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
  # A copy, so that a rebuild during the run cannot pull classes from under the running mock.
  rm -rf "$OUT/classes" && cp -r target/classes "$OUT/classes"
  MOCK=(java $JAVA_OPTS -cp "$OUT/classes:$(cat "$OUT/cp.txt")" dev.outboundkit.cli.Main mock)
  HOW="java -cp target/classes:<dependencies> dev.outboundkit.cli.Main"
  [[ -f target/outboundkit.jar ]] && echo "run-benchmarks: target/outboundkit.jar is older than target/classes; using the classes" >&2
fi

# A tenant for the run; one sign serves every request while its timestamp is in the window.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/bench-private.pem" 2>/dev/null
openssl pkey -in "$OUT/bench-private.pem" -pubout -out "$OUT/bench-public.pem"
sign_now() {
  TS=$(date +%s%3N)
  SIGN=$(printf %s "$APP_ID$TS" | openssl dgst -sha256 -sign "$OUT/bench-private.pem" | base64 -w0)
}
HEADERS=()
set_headers() { HEADERS=(-H "appId: $APP_ID" -H "timestamp: $TS" -H "sign: $SIGN"); }

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# Polls until GET url answers HTTP 200; prints nothing, fails after 60 s.
wait_for_200() {
  local url=$1; shift
  for _ in $(seq 1 6000); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$@" "$url" || true) == 200 ]] && return 0
    sleep 0.01
  done
  echo "run-benchmarks: $url did not answer" >&2; return 1
}

# One wrk measurement against base URL $1, label $2; warm-up first (JIT, connection pools).
measure() {
  local base=$1 label=$2
  curl -s "${HEADERS[@]}" -H 'Content-Type: application/json' --data-binary @"$BENCH/edit-body.json" "$base$EDIT" \
    > "$OUT/$label-check.json"
  echo "$label answers: $(cat "$OUT/$label-check.json")"
  export APP_ID TIMESTAMP=$TS SIGN BODY_FILE=$BENCH/edit-body.json
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH/edit.lua" "$base" > /dev/null
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH/edit.lua" "$base" | tee "$OUT/$label-wrk.txt"
}

result() { grep '^RESULT' "$OUT/$1-wrk.txt" | sed -E "s/.* $2=([^ ]+).*/\1/"; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $(java -version 2>&1 | head -1); wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"

# ---------------------------------------------------------------- throughput: the mock
sign_now; set_headers
"${MOCK[@]}" --port "$MOCK_PORT" --tenant "$APP_ID=$OUT/bench-public.pem" --timestamp-window-seconds 3600 \
  > "$OUT/mock.log" 2>&1 &
MOCK_PID=$!; PIDS+=("$MOCK_PID")
wait_for_200 "http://127.0.0.1:$MOCK_PORT$READ" "${HEADERS[@]}"
echo "== throughput: outboundkit mock ($HOW)"
measure "http://127.0.0.1:$MOCK_PORT" mock
kill "$MOCK_PID"; wait "$MOCK_PID" 2>/dev/null || true

# ---------------------------------------------------------------- throughput: Prism
if [[ -z "${SKIP_PRISM:-}" ]]; then
  PRISM=$OUT/prism/node_modules/.bin/prism
  if [[ ! -x $PRISM ]]; then
    npm install --prefix "$OUT/prism" --no-save --no-audit --no-fund "@stoplight/prism-cli@$PRISM_VERSION" > "$OUT/prism-install.log" 2>&1
  fi
  "$PRISM" mock -p "$PRISM_PORT" -v warn api/openapi.yaml > "$OUT/prism.log" 2>&1 &
  PRISM_PID=$!; PIDS+=("$PRISM_PID")
  wait_for_200 "http://127.0.0.1:$PRISM_PORT$READ" "${HEADERS[@]}"
  echo "== throughput: Prism $PRISM_VERSION (prism mock api/openapi.yaml)"
  measure "http://127.0.0.1:$PRISM_PORT" prism
  kill "$PRISM_PID"; wait "$PRISM_PID" 2>/dev/null || true
fi

# ---------------------------------------------------------------- start to first answer
# Milliseconds from launching the process to its first HTTP 200 on a signed getPhoneGroups.
first_answer_ms() {
  local port=$1; shift
  local t0 t1
  t0=$(date +%s%N)
  "$@" > "$OUT/start.log" 2>&1 &
  local pid=$!; PIDS+=("$pid")
  wait_for_200 "http://127.0.0.1:$port$READ" "${HEADERS[@]}"
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}
sign_now; set_headers
MOCK_STARTS=(); PRISM_STARTS=()
for _ in $(seq 1 "$STARTS"); do
  MOCK_STARTS+=("$(first_answer_ms "$MOCK_PORT" "${MOCK[@]}" --port "$MOCK_PORT" --tenant "$APP_ID=$OUT/bench-public.pem")")
  if [[ -z "${SKIP_PRISM:-}" ]]; then
    PRISM_STARTS+=("$(first_answer_ms "$PRISM_PORT" "$PRISM" mock -p "$PRISM_PORT" -v warn api/openapi.yaml)")
  fi
done
echo "== start to first answer (ms): mock ${MOCK_STARTS[*]}${PRISM_STARTS:+; Prism ${PRISM_STARTS[*]}}"

# The same with an application class-data archive (AppCDS, JDK 13+; needs the jar: CDS takes
# jars, not folders): one training run writes it, then every start maps the classes it holds.
CDS_STARTS=()
if [[ $HOW == "java -jar"* && -z "${SKIP_CDS:-}" ]]; then
  rm -f "$OUT/mock.jsa"
  java -XX:ArchiveClassesAtExit="$OUT/mock.jsa" -jar target/outboundkit.jar mock --port "$MOCK_PORT" \
    --tenant "$APP_ID=$OUT/bench-public.pem" > "$OUT/cds-training.log" 2>&1 &
  CDS_PID=$!; PIDS+=("$CDS_PID")
  wait_for_200 "http://127.0.0.1:$MOCK_PORT$READ" "${HEADERS[@]}"
  curl -s -o /dev/null "${HEADERS[@]}" -H 'Content-Type: application/json' --data-binary @"$BENCH/edit-body.json" \
    "http://127.0.0.1:$MOCK_PORT$EDIT"
  kill "$CDS_PID"; wait "$CDS_PID" 2>/dev/null || true
  if [[ -f $OUT/mock.jsa ]]; then
    for _ in $(seq 1 "$STARTS"); do
      CDS_STARTS+=("$(first_answer_ms "$MOCK_PORT" java -XX:SharedArchiveFile="$OUT/mock.jsa" $JAVA_OPTS \
        -jar target/outboundkit.jar mock --port "$MOCK_PORT" --tenant "$APP_ID=$OUT/bench-public.pem")")
    done
    echo "== start to first answer with AppCDS (ms): ${CDS_STARTS[*]}"
  fi
fi

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

{
  echo "| server | signed edits/s | p50 ms | p99 ms | max ms | errors | start to first answer, ms (median of $STARTS) |"
  echo "|---|---|---|---|---|---|---|"
  echo "| outboundkit mock | $(result mock rps) | $(result mock p50_ms) | $(result mock p99_ms) | $(result mock max_ms) | $(result mock errors)+$(result mock non2xx) | $(median "${MOCK_STARTS[@]}") (${MOCK_STARTS[*]}) |"
  if [[ ${#CDS_STARTS[@]} -gt 0 ]]; then
    echo "| outboundkit mock, AppCDS archive | | | | | | $(median "${CDS_STARTS[@]}") (${CDS_STARTS[*]}) |"
  fi
  if [[ -z "${SKIP_PRISM:-}" ]]; then
    echo "| Prism $PRISM_VERSION | $(result prism rps) | $(result prism p50_ms) | $(result prism p99_ms) | $(result prism max_ms) | $(result prism errors)+$(result prism non2xx) | $(median "${PRISM_STARTS[@]}") (${PRISM_STARTS[*]}) |"
  fi
  echo
  echo "wrk -t$WRK_THREADS -c$CONNECTIONS -d$DURATION --latency (after a $WARMUP warm-up), loopback, $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/results.md"
