#!/usr/bin/env bash
# Benchmarks of the outboundkit mock, with Prism (and, given BASE_JAR, the mock of another
# build, e.g. main's) measured in the same run for comparison:
#   1. signed edits per second over loopback, p50/p99 latency (wrk + edit.lua: one pre-signed
#      timestamp for every request), with the verified-sign cache on and off, and with the JDK's
#      RSA instead of Amazon Corretto Crypto Provider;
#   2. the same with a fresh timestamp and sign on every request (wrk + edit-fresh.lua, fed
#      pre-signed pairs made before the run by SignPairs.java);
#   3. time from process start to the first answered request (5 starts).
# Results go to stdout and to $OUT/results.md (the BENCHMARKS.md table). See docs/BENCHMARKS.md.
#
# Needs: java 17, wrk, openssl, curl, node/npm (for Prism), and the runnable jar
# src/cli/target/lib/outboundkit-cli.jar (mvn -B -q -o package -DskipTests). Nothing here touches
# the project's files outside target/bench.
#
# Knobs (environment): DURATION=20s WARMUP=10s CONNECTIONS=16 WRK_THREADS=1 STARTS=5
#   MOCK_PORT=18080 PRISM_PORT=18081 PRISM_VERSION=5.16.0 SKIP_PRISM=1 SKIP_CDS=1 JAVA_OPTS=...
#   BASE_JAR=/path/to/other/outboundkit-cli.jar (measured first, as "base") PAIRS=20000
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../../../.." && pwd)
BENCH=$ROOT/src/mock/src/test/bench
JAR=src/cli/target/lib/outboundkit-cli.jar
BENCH_DIR=$BENCH
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
BASE_JAR=${BASE_JAR:-}
PAIRS=${PAIRS:-20000}
export BENCH_DIR
APP_ID=bench
EDIT=/speech/openapi/v1/task/outbound/edit
READ=/speech/openapi/v1/task/outbound/getPhoneGroups?taskId=121

for tool in java wrk openssl curl; do
  command -v "$tool" >/dev/null || { echo "run-benchmarks: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done
mkdir -p "$OUT"
cd "$ROOT"

# The mock: the runnable jar of the command line module, not older than the classes it packs.
[[ -f $JAR ]] || { echo "run-benchmarks: $JAR is missing: mvn -B -q -o package -DskipTests" >&2; exit 1; }
if [[ -n $(find src/*/target/classes -name '*.class' -newer "$JAR" | head -1) ]]; then
  echo "run-benchmarks: $JAR is older than the compiled classes: mvn -B -q -o package -DskipTests" >&2; exit 1
fi
MOCK=(java $JAVA_OPTS -jar "$JAR" mock)
HOW="java -jar $JAR"

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

# Fails the run unless an edit signed with these headers answers 10000 (wrk counts only HTTP
# statuses, and every answer of the API is HTTP 200).
check_10000() {
  local base=$1 label=$2; shift 2
  curl -s "$@" -H 'Content-Type: application/json' --data-binary @"$BENCH/edit-body.json" "$base$EDIT" \
    > "$OUT/$label-check.json"
  echo "$label answers: $(cat "$OUT/$label-check.json")"
  grep -Eq '"code" *: *"10000"' "$OUT/$label-check.json" || { echo "run-benchmarks: $label did not answer 10000" >&2; exit 1; }
}

# One wrk measurement against base URL $1, label $2, wrk script $3 (edit.lua: the one pre-signed
# header set; edit-fresh.lua: a fresh pair per request); warm-up first (JIT, connection pools).
measure() {
  local base=$1 label=$2 script=${3:-edit.lua}
  if [[ $script == edit.lua ]]; then
    check_10000 "$base" "$label" "${HEADERS[@]}"
  else
    local pair
    for pair in 1 $((PAIRS / 2)) "$PAIRS"; do  # first, middle and last pair
      read -r ts sign < <(sed -n "${pair}p" "$OUT/pairs.txt")
      check_10000 "$base" "$label-pair$pair" -H "appId: $APP_ID" -H "timestamp: $ts" -H "sign: $sign"
    done
  fi
  export APP_ID TIMESTAMP=$TS SIGN BODY_FILE=$BENCH/edit-body.json PAIRS_FILE=$OUT/pairs.txt
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH/$script" "$base" > /dev/null
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH/$script" "$base" | tee "$OUT/$label-wrk.txt"
}

result() { grep '^RESULT' "$OUT/$1-wrk.txt" | sed -E "s/.* $2=([^ ]+).*/\1/"; }

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $(java -version 2>&1 | head -1); wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"

# ---------------------------------------------------------------- throughput: the mocks
# Fresh pairs for edit-fresh.lua, signed before any server runs.
sign_now
java -cp "src/cli/target/lib/*" "$BENCH/SignPairs.java" "$OUT/bench-private.pem" "$APP_ID" "$PAIRS" "$TS" "$OUT/pairs.txt"
set_headers

# Starts a mock (the command in the remaining arguments) on MOCK_PORT, measures it with the wrk
# script $2 under label $1, stops it.
run_mock() {
  local label=$1 script=$2; shift 2
  "$@" --port "$MOCK_PORT" --tenant "$APP_ID=$OUT/bench-public.pem" --timestamp-window-seconds 3600 \
    > "$OUT/$label.log" 2>&1 &
  local pid=$!; PIDS+=("$pid")
  wait_for_200 "http://127.0.0.1:$MOCK_PORT$READ" "${HEADERS[@]}"
  echo "== throughput: $label ($*)"
  measure "http://127.0.0.1:$MOCK_PORT" "$label" "$script"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

BASE=()
if [[ -n $BASE_JAR ]]; then
  [[ -f $BASE_JAR ]] || { echo "run-benchmarks: BASE_JAR=$BASE_JAR does not exist" >&2; exit 1; }
  BASE=(java $JAVA_OPTS -jar "$BASE_JAR" mock)
  run_mock base edit.lua "${BASE[@]}"
  run_mock base-fresh edit-fresh.lua "${BASE[@]}"
fi
run_mock mock edit.lua "${MOCK[@]}"
run_mock mock-nojournal edit.lua "${MOCK[@]}" --journal-size 0
run_mock mock-nocache edit.lua "${MOCK[@]}" --verified-sign-cache 0
run_mock mock-nocache-jdk edit.lua "${MOCK[@]}" --verified-sign-cache 0 --jdk-crypto
run_mock mock-fresh edit-fresh.lua "${MOCK[@]}"
run_mock mock-fresh-jdk edit-fresh.lua "${MOCK[@]}" --jdk-crypto

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
MOCK_STARTS=(); PRISM_STARTS=(); BASE_STARTS=()
for _ in $(seq 1 "$STARTS"); do
  MOCK_STARTS+=("$(first_answer_ms "$MOCK_PORT" "${MOCK[@]}" --port "$MOCK_PORT" --tenant "$APP_ID=$OUT/bench-public.pem")")
  if [[ ${#BASE[@]} -gt 0 ]]; then
    BASE_STARTS+=("$(first_answer_ms "$MOCK_PORT" "${BASE[@]}" --port "$MOCK_PORT" --tenant "$APP_ID=$OUT/bench-public.pem")")
  fi
  if [[ -z "${SKIP_PRISM:-}" ]]; then
    PRISM_STARTS+=("$(first_answer_ms "$PRISM_PORT" "$PRISM" mock -p "$PRISM_PORT" -v warn api/openapi.yaml)")
  fi
done
echo "== start to first answer (ms): mock ${MOCK_STARTS[*]}${BASE_STARTS:+; base ${BASE_STARTS[*]}}${PRISM_STARTS:+; Prism ${PRISM_STARTS[*]}}"

# The same with an application class-data archive (AppCDS, JDK 13+; needs the jar: CDS takes
# jars, not folders): one training run writes it, then every start maps the classes it holds.
CDS_STARTS=()
if [[ $HOW == "java -jar"* && -z "${SKIP_CDS:-}" ]]; then
  rm -f "$OUT/mock.jsa"
  # --jdk-crypto: the JDK 17 VM crashes dumping the archive with ACCP's native library loaded.
  java -XX:ArchiveClassesAtExit="$OUT/mock.jsa" -jar "$JAR" mock --port "$MOCK_PORT" \
    --tenant "$APP_ID=$OUT/bench-public.pem" --jdk-crypto > "$OUT/cds-training.log" 2>&1 &
  CDS_PID=$!; PIDS+=("$CDS_PID")
  wait_for_200 "http://127.0.0.1:$MOCK_PORT$READ" "${HEADERS[@]}"
  curl -s -o /dev/null "${HEADERS[@]}" -H 'Content-Type: application/json' --data-binary @"$BENCH/edit-body.json" \
    "http://127.0.0.1:$MOCK_PORT$EDIT"
  kill "$CDS_PID"; wait "$CDS_PID" 2>/dev/null || true
  if [[ -f $OUT/mock.jsa ]]; then
    for _ in $(seq 1 "$STARTS"); do
      CDS_STARTS+=("$(first_answer_ms "$MOCK_PORT" java -XX:SharedArchiveFile="$OUT/mock.jsa" $JAVA_OPTS \
        -jar "$JAR" mock --port "$MOCK_PORT" --tenant "$APP_ID=$OUT/bench-public.pem")")
    done
    echo "== start to first answer with AppCDS (ms): ${CDS_STARTS[*]}"
  fi
fi

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# One table row: label in the table, wrk result label, start-up times (may be empty).
row() {
  local name=$1 label=$2; shift 2
  local starts=""
  [[ $# -gt 0 ]] && starts="$(median "$@") ($*)"
  echo "| $name | $(result "$label" rps) | $(result "$label" p50_ms) | $(result "$label" p99_ms) | $(result "$label" max_ms) | $(result "$label" errors)+$(result "$label" non2xx) | $starts |"
}

{
  echo "Load average at the start: $LOAD_START; $(nproc) cores; $(java -version 2>&1 | head -1)"
  echo
  echo "| server | signed edits/s | p50 ms | p99 ms | max ms | errors | start to first answer, ms: median ($STARTS starts) |"
  echo "|---|---|---|---|---|---|---|"
  if [[ ${#BASE[@]} -gt 0 ]]; then
    row "base ($BASE_JAR), one sign reused" base "${BASE_STARTS[@]}"
    row "base, a fresh sign per request" base-fresh
  fi
  row "outboundkit mock, one sign reused (verified-sign cache on, the default)" mock "${MOCK_STARTS[@]}"
  row "outboundkit mock, one sign reused, \`--journal-size 0\` (the journal off)" mock-nojournal
  row "outboundkit mock, one sign reused, \`--verified-sign-cache 0\`" mock-nocache
  row "outboundkit mock, one sign reused, \`--verified-sign-cache 0 --jdk-crypto\`" mock-nocache-jdk
  row "outboundkit mock, a fresh sign per request" mock-fresh
  row "outboundkit mock, a fresh sign per request, \`--jdk-crypto\`" mock-fresh-jdk
  if [[ ${#CDS_STARTS[@]} -gt 0 ]]; then
    echo "| outboundkit mock, AppCDS archive | | | | | | $(median "${CDS_STARTS[@]}") (${CDS_STARTS[*]}) |"
  fi
  if [[ -z "${SKIP_PRISM:-}" ]]; then
    row "Prism $PRISM_VERSION" prism "${PRISM_STARTS[@]}"
  fi
  echo
  echo "wrk -t$WRK_THREADS -c$CONNECTIONS -d$DURATION --latency (after a $WARMUP warm-up), loopback; fresh signs: $PAIRS pre-signed pairs in turn."
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Reproduce: BASE_JAR=${BASE_JAR:-<none>} DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS src/mock/src/test/bench/run-benchmarks.sh"
} | tee "$OUT/results.md"
