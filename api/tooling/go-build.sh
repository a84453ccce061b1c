#!/usr/bin/env bash
# Builds the Go client generated from api/openapi.yaml (profile spec-tooling), offline.
#
# Usage: bash api/tooling/go-build.sh [CLIENT_DIR [PROGRAM_DIR BINARY]]
#   CLIENT_DIR   default target/spec-tooling/clients/go
#   PROGRAM_DIR  a main package to build against the client (api/tooling/go/proof): copied into
#                CLIENT_DIR/cmd/NAME so that it uses the client's offline go.mod; built to BINARY
#
# No Go module proxy is reachable from this project's machines, so the build never downloads:
# GOPROXY=off, GOFLAGS=-mod=mod, no test files generated. The generated code imports one
# third-party package, gopkg.in/validator.v2 (oneOf validation in model_edit_task_request.go);
# it comes from Debian's golang-gopkg-validator.v2-dev (/usr/share/gocode), copied beside the
# client with a go.mod of its own and wired in by a `replace` directive. The generator's own
# go.mod (which asks for a newer Go and a download) is not generated: this script writes it.
set -euo pipefail

client_dir="${1:-target/spec-tooling/clients/go}"
program_dir="${2:-}"
program_binary="${3:-}"
if [ -n "$program_dir" ] && [ -z "$program_binary" ]; then
  echo "go-build: PROGRAM_DIR $program_dir needs a BINARY path too" >&2
  exit 2
fi
gocode="${GOCODE_DIR:-/usr/share/gocode/src}"

if ! command -v go >/dev/null 2>&1; then
  echo "go-build: no 'go' on PATH; install Debian's golang-go (api/tooling/ci.sh does)" >&2
  exit 1
fi
if [ ! -d "$client_dir" ]; then
  echo "go-build: $client_dir does not exist; generate it first (mvn -Pspec-tooling generate-sources)" >&2
  exit 1
fi
client_dir="$(cd "$client_dir" && pwd)"
if [ -n "$program_dir" ]; then
  program_dir="$(cd "$program_dir" && pwd)"
  case "$program_binary" in /*) ;; *) program_binary="$PWD/$program_binary" ;; esac
fi
deps_dir="$client_dir/.offline-deps"

# Third-party imports of the generated code, outside the standard library and the module itself.
imports="$(cd "$client_dir" && grep -ho '^\s*"[a-z0-9.-]*\.[a-z]\{2,\}/[^"]*"' ./*.go | tr -d ' \t"' | sort -u)"
rm -rf "$deps_dir"
mkdir -p "$deps_dir"
replaces=""
requires=""
for import in $imports; do
  src="$gocode/$import"
  if [ ! -d "$src" ]; then
    echo "go-build: the generated client imports $import, which is not under $gocode." >&2
    echo "go-build: find its Debian package with: apt-cache search golang | grep -i '$(basename "$import")'" >&2
    exit 1
  fi
  dest="$deps_dir/$import"
  mkdir -p "$dest"
  find "$src" -maxdepth 1 -type f -name '*.go' ! -name '*_test.go' -exec cp {} "$dest/" \;
  printf 'module %s\n\ngo 1.12\n' "$import" > "$dest/go.mod"
  # A module path ending in .vN (gopkg.in) or /vN needs a vN version; any will do, as it is replaced.
  major="$(printf '%s' "$import" | sed -nE 's#.*[./]v([0-9]+)$#\1#p')"
  requires="${requires}require ${import} v${major:-0}.0.0-00010101000000-000000000000
"
  replaces="${replaces}replace ${import} => ./.offline-deps/${import}
"
done

go_version="$(go env GOVERSION | sed -E 's/^go([0-9]+\.[0-9]+).*/\1/')"
{
  printf 'module outboundkit.dev/client/go\n\ngo %s\n\n' "$go_version"
  printf '%s' "$requires"
  printf '\n%s' "$replaces"
} > "$client_dir/go.mod"
rm -f "$client_dir/go.sum"

cd "$client_dir"
export GOFLAGS=-mod=mod GOPROXY=off GOSUMDB=off GONOSUMDB='*' GOTOOLCHAIN=local GO111MODULE=on
if find . -name '*_test.go' -not -path './.offline-deps/*' | grep -q .; then
  echo "go-build: test files were generated; turn generateApiTests/generateModelTests off" >&2
  exit 1
fi
if [ -n "$program_dir" ]; then
  program="cmd/$(basename "$program_dir")"
  rm -rf "$program"
  mkdir -p "$program"
  cp "$program_dir"/*.go "$program/"
fi
go build ./...
go vet ./...
echo "go-build: $(go list ./... | wc -l) package(s) of $client_dir built and vetted with $(go env GOVERSION), offline"
if [ -n "$program_dir" ]; then
  go build -o "$program_binary" "./$program"
  echo "go-build: $program_binary"
fi
