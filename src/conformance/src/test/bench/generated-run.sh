#!/usr/bin/env bash
# The generated run's time against the built-in mock (docs/BENCHMARKS.md, issue 20): this
# build's covering arrays + random cases + sequences, and optionally another build's run (e.g.
# main's random-only one) in turn with it, ROUNDS rounds each, from the command line's own
# summary line ("generated run, seed S: ... N requests, F failures, T s, ...").
#
#   src/conformance/src/test/bench/generated-run.sh                  # this build only
#   BASE_JAR=/tmp/base/src/cli/target/lib/outboundkit-cli.jar src/conformance/src/test/bench/generated-run.sh
#
# Knobs: JAR (this build's CLI jar), BASE_JAR, ROUNDS (3), SEED (20261201), CASES and SEQUENCES
# (this build: the arrays' cases plus 2,000, every two-step sequence plus 50; see
# docs/conformance.md), BASE_CASES and BASE_SEQUENCES (2000, 50), RULE (the few scenarios run
# before the generated run: FC-ACW).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
JAR=${JAR:-$root/src/cli/target/lib/outboundkit-cli.jar}
ROUNDS=${ROUNDS:-3}
SEED=${SEED:-20261201}
CASES=${CASES:-3697}
SEQUENCES=${SEQUENCES:-246}
BASE_CASES=${BASE_CASES:-2000}
BASE_SEQUENCES=${BASE_SEQUENCES:-50}
RULE=${RULE:-FC-ACW}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -f $JAR ]] || { echo "no CLI jar at $JAR: mvn -B -q -o package -pl src/cli -am -DskipTests" >&2; exit 2; }
[[ -z ${BASE_JAR:-} || -f $BASE_JAR ]] || { echo "no jar at BASE_JAR=$BASE_JAR" >&2; exit 2; }

one() { # label jar cases sequences
  local label=$1 jar=$2 cases=$3 sequences=$4 out="$work/out.txt" start end line
  start=$(date +%s.%N)
  java -jar "$jar" conformance --mock --rule "$RULE" --generate "$cases" --sequences "$sequences" --seed "$SEED" \
      --report-dir "$work/report" > "$out" 2>&1 || true
  end=$(date +%s.%N)
  line=$(grep -m1 '^generated run, seed' "$out" || true)
  [[ -n $line ]] || { echo "$label: no summary line; the output:" >&2; cat "$out" >&2; exit 1; }
  # "..., 11654 requests, 0 failures, 32.7 s, ..."
  local requests failures seconds
  requests=$(sed -E 's/.* ([0-9]+) requests, .*/\1/' <<<"$line")
  failures=$(sed -E 's/.* requests, ([0-9]+) failures?, .*/\1/' <<<"$line")
  seconds=$(sed -E 's/.* failures?, ([0-9.]+) s, .*/\1/' <<<"$line")
  printf '| %s | %s | %s | %s | %s | %.1f | %s |\n' "$label" "--generate $cases --sequences $sequences" "$requests" \
      "$failures" "$seconds" "$(echo "$end - $start" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "| build | options | requests | failures | generated run (s) | whole command (s) | load average after |"
echo "|---|---|---:|---:|---:|---:|---:|"
for ((round = 1; round <= ROUNDS; round++)); do
  if [[ -n ${BASE_JAR:-} ]]; then
    one base "$BASE_JAR" "$BASE_CASES" "$BASE_SEQUENCES"
  fi
  one this "$JAR" "$CASES" "$SEQUENCES"
done
echo
echo "seed $SEED, $ROUNDS rounds, scenarios of $RULE first; $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
