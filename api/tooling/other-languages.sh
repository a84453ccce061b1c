#!/usr/bin/env bash
# Proof that the TypeScript and Go clients generated from api/openapi.yaml sign and work:
#  1. installs what is missing (api/tooling/ci.sh --install-only: Debian's golang-go,
#     golang-gopkg-validator.v2-dev and chromium, npm ci in api/tooling);
#  2. generates and builds both clients, with the signing modules of generator-templates/
#     (mvn -Pspec-tooling up to the test phase of the spec-tooling module and the client, running
#     only ExampleBodiesExportTest, which writes the Java client's example JSON), and the Go proof
#     program (api/tooling/go/proof);
#  3. computes the sign of the Java tests' fixed key and timestamp with openssl;
#  4. for each language, starts a fresh mock from src/cli/target/lib/outboundkit-cli.jar on a free port, runs the
#     proof against it (api/tooling/ts/proof.ts, which also signs with WebCrypto in headless
#     Chromium, in a page and a Web Worker; api/tooling/go/proof), and stops the mock;
#  5. compares both clients' example JSON with the Java client's (compare-examples.mjs --go).
# Prints one line per check; exits 0 only when every check passed.
#
# Usage (from anywhere, after `mvn -B package`): bash api/tooling/other-languages.sh [--self-test]
#   --self-test  breaks the signing rule in a copy of the templates (signs timestamp + appId),
#                runs the same proofs, and passes only when each language's sign and mock checks
#                fail. It leaves the broken clients in target/spec-tooling; run again without it.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tooling="$repo/api/tooling"
out="$repo/target/spec-tooling"
keys="$repo/src/client/src/test/resources/keys"
jar="$repo/src/cli/target/lib/outboundkit-cli.jar"
cd "$repo"

say() { printf 'other-languages: %s\n' "$*"; }
self_test=false
case "${1:-}" in
  "") ;;
  --self-test) self_test=true ;;
  *) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

if [ ! -f "$jar" ]; then
  say "src/cli/target/lib/outboundkit-cli.jar is missing: build it first with 'mvn -B package' (or 'mvn -B -q package -DskipTests')" >&2
  exit 2
fi

work="$(mktemp -d)"
mock_pid=""
cleanup() {
  if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; wait "$mock_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# 1. What a fresh machine lacks (Debian and npm only).
bash "$tooling/ci.sh" --install-only

# 2. The clients, from the templates (a broken copy for the self-test).
templates="$repo/generator-templates"
if $self_test; then
  templates="$work/templates"
  cp -r "$repo/generator-templates" "$templates"
  # The signing rule, reversed: timestamp + appId.
  sed -i 's/return appId + timestampMillis;/return timestampMillis + appId;/' "$templates/typescript-fetch/signing.mustache"
  sed -i 's/return appID + strconv.FormatInt(timestampMillis, 10)/return strconv.FormatInt(timestampMillis, 10) + appID/' "$templates/go/signing.mustache"
  if ! grep -q 'return timestampMillis + appId;' "$templates/typescript-fetch/signing.mustache" \
    || ! grep -q 'return strconv.FormatInt(timestampMillis, 10) + appID' "$templates/go/signing.mustache"; then
    say "self-test: could not break the signing rule in the templates (did stringToSign change?)" >&2
    exit 1
  fi
  say "self-test: signing rule broken in a copy of the templates (timestamp + appId)"
fi
say "building the TypeScript and Go clients (mvn -Pspec-tooling, lint skipped)"
if ! mvn -B -q -Pspec-tooling test -pl src/spec-tooling -am -Dspec-tooling.skipLint=true \
  "-Dspec-tooling.templates=$templates" -Dtest=ExampleBodiesExportTest -Dsurefire.failIfNoSpecifiedTests=false \
  >"$work/build.log" 2>&1; then
  grep -v '^#' "$work/build.log" | tail -n 40 >&2
  say "the clients did not build (log above)" >&2
  exit 1
fi
if ! bash "$tooling/go-build.sh" "$out/clients/go" "$tooling/go/proof" "$out/go-proof" >"$work/go-build.log" 2>&1; then
  cat "$work/go-build.log" >&2
  say "the Go proof did not build" >&2
  exit 1
fi

passed=0
failed=0
prefix=""
if $self_test; then prefix="self-test> "; fi
# Passes on a check line, counts it and keeps it for the self-test's verdict.
emit() {
  case "$1" in
    "ok   "*) passed=$((passed + 1)) ;;
    "FAIL "*) failed=$((failed + 1)) ;;
  esac
  printf '%s\n' "$1" >>"$work/all.out"
  printf '%s%s\n' "$prefix" "$1"
}
# Runs a command that prints check lines; a non-zero exit without a FAIL line is a failure too.
run_checks() {
  local status=0 line
  "$@" >"$work/checks.out" 2>"$work/checks.err" || status=$?
  while IFS= read -r line; do emit "$line"; done <"$work/checks.out"
  if [ "$status" -ne 0 ] && ! grep -q '^FAIL ' "$work/checks.out"; then
    emit "FAIL $(basename "$1") exited with $status: $(tr '\n' ' ' <"$work/checks.err")"
  fi
}
check_line() { # check_line true|false LABEL
  if [ "$1" = true ]; then emit "ok   $2"; else emit "FAIL $2"; fi
}

# 3. The reference sign: openssl over the fixed appId and timestamp of the Java tests.
app_id=99845aaaaebd4d61acccc9b776208f12
timestamp=1586314097995
expected="$(printf %s "$app_id$timestamp" | openssl dgst -sha256 -sign "$keys/rsa2048-pkcs8.pem" | base64 -w0)"
golden="$(awk -v a="$app_id" -v t="$timestamp" '$1 == "rsa2048-pkcs8.pem" && $2 == a && $3 == t { print $4 }' "$keys/golden-signs.txt")"
check_line "$([ -n "$expected" ] && [ "$expected" = "$golden" ] && echo true || echo false)" \
  "openssl: sign of $app_id$timestamp with rsa2048-pkcs8.pem equals golden-signs.txt of the Java tests"

# 4. Each proof against a fresh mock (the edits change its tasks).
start_mock() {
  local profile="$1" log="$1.log" i
  : >"$log"
  java -jar "$jar" mock --port 0 --write-profile "$profile" >"$log" 2>&1 &
  mock_pid=$!
  for i in $(seq 1 300); do
    if grep -q 'listening on' "$log" && [ -s "$profile" ]; then
      return 0
    fi
    if ! kill -0 "$mock_pid" 2>/dev/null; then
      break
    fi
    sleep 0.1
  done
  cat "$log" >&2
  say "the mock did not start (log above)" >&2
  exit 1
}
stop_mock() {
  kill "$mock_pid" 2>/dev/null || true
  wait "$mock_pid" 2>/dev/null || true
  mock_pid=""
}

start_mock "$work/typescript.properties"
# The compiled proof lives under target/: its npm packages (playwright-core) are api/tooling's.
export NODE_PATH="$tooling/node_modules"
run_checks node "$out/ts-build/api/tooling/ts/proof.js" --keys "$keys" --app-id "$app_id" \
  --timestamp "$timestamp" --expect-sign "$expected" --profile "$work/typescript.properties"
stop_mock

rm -f "$out/go-examples.json"
start_mock "$work/go.properties"
run_checks "$out/go-proof" -keys "$keys" -app-id "$app_id" -timestamp "$timestamp" -expect-sign "$expected" \
  -profile "$work/go.properties" -java-examples "$out/java-examples.json" -write-examples "$out/go-examples.json"
stop_mock

# 5. The page's example bodies: TypeScript and Go JSON against the Java client's and the spec's.
if [ -f "$out/go-examples.json" ]; then
  run_checks node "$tooling/compare-examples.mjs" --java "$out/java-examples.json" \
    --ts-build "$out/ts-build" --spec api/openapi.yaml --go "$out/go-examples.json"
else
  run_checks node "$tooling/compare-examples.mjs" --java "$out/java-examples.json" \
    --ts-build "$out/ts-build" --spec api/openapi.yaml
fi

say "$passed passed, $failed failed (${SECONDS}s)"
if ! $self_test; then
  [ "$failed" -eq 0 ]
  exit $?
fi

# The self-test passes when the broken rule was caught in each language: every sign check
# failed, and both edits were refused.
if [ "$failed" -eq 0 ]; then
  say "self-test: FAILED, every check passed with the signing rule broken"
  exit 1
fi
caught=true
for language in typescript go; do
  sign_ok="$(grep -c "^ok   $language: sign of appId+timestamp" "$work/all.out" || true)"
  sign_failed="$(grep -c "^FAIL $language: sign of appId+timestamp" "$work/all.out" || true)"
  edits_failed="$(grep -c "^FAIL $language: .* edited with .*: 10000" "$work/all.out" || true)"
  if [ "$sign_ok" -eq 0 ] && [ "$sign_failed" -ge 1 ] && [ "$edits_failed" -eq 2 ]; then
    echo "ok   self-test: $language: with timestamp + appId signed, its $sign_failed sign check(s) and both edits fail"
  else
    caught=false
    echo "FAIL self-test: $language: with timestamp + appId signed, sign checks passed $sign_ok, failed $sign_failed; edits failed $edits_failed of 2"
  fi
done
$caught
