#!/usr/bin/env bash
# The spec checks, end to end, on a fresh machine or an old one: installs what is missing, then
# runs the spec-tooling module (`mvn -B verify -Pspec-tooling -pl src/spec-tooling -am`: lint,
# clients in TypeScript and Go, reference docs in headless Chromium, TypeScript-vs-Java example
# JSON). The breaking-change guard is a test of the client module, run by `mvn -B verify`.
# Called by .ci/run; see docs/spec-tooling.md.
#
# Usage (from anywhere): bash api/tooling/ci.sh [extra Maven arguments]
#        bash api/tooling/ci.sh --install-only   (steps 1-3 only; api/tooling/other-languages.sh)
# Idempotent and quiet when everything is already installed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tooling="$repo/api/tooling"
cd "$repo"

say() { printf 'spec-tooling: %s\n' "$*"; }

# 1. Debian packages: Chromium for the docs test, Go and the one Go library the generated client
#    imports (no Go module proxy is reachable), and a CJK font so screenshots show the Chinese labels.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v go >/dev/null 2>&1 || missing+=(golang-go)
[ -d /usr/share/gocode/src/gopkg.in/validator.v2 ] || missing+=(golang-gopkg-validator.v2-dev)
if [ -z "$(find /usr/share/fonts -iname '*cjk*' -o -iname 'wqy*' 2>/dev/null | head -n 1)" ]; then
  missing+=(fonts-wqy-microhei)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  say "installing ${missing[*]} (apt-get)"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. Node: the machine's own (Redocly CLI needs 20.19 or later); no other is fetched.
if ! command -v node >/dev/null 2>&1; then
  say "Node.js 20.19+ is required (node not found)" >&2
  exit 1
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  say "Node.js 20.19+ is required, found $(node --version)" >&2
  exit 1
fi

# 3. npm tools at the versions of the committed package-lock.json; reinstalled only when the lock
#    (or Node's major version) changed since the last install.
stamp="$tooling/node_modules/.outboundkit-lock-stamp"
want="$(sha256sum "$tooling/package-lock.json" | cut -d' ' -f1) node$(node -p 'process.versions.node.split(".")[0]')"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "npm ci in api/tooling"
  (cd "$tooling" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  printf '%s\n' "$want" > "$stamp"
fi

if [ "${1:-}" = "--install-only" ]; then
  exit 0
fi

# 4. The checks: the spec-tooling module, and of the client only what it needs (its generated code
#    and ExampleBodiesExportTest, which writes the Java example JSON). The Java tests run once, in
#    the README's `mvn -B verify`, not again here.
exec mvn -B verify -Pspec-tooling -pl src/spec-tooling -am -Dtest=ExampleBodiesExportTest \
  -Dsurefire.failIfNoSpecifiedTests=false -DskipITs "$@"
