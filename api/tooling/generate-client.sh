#!/usr/bin/env bash
# Generates a client of api/openapi.yaml in another language with the same generator (and
# version) as the build, in one command.
#
# Usage (from anywhere): bash api/tooling/generate-client.sh GENERATOR [OUTPUT_DIR] [generator options...]
#   GENERATOR   an openapi-generator name: typescript-fetch, go, python, csharp, kotlin, rust, ...
#               (list them with: java -jar target/spec-tooling/lib/openapi-generator-cli.jar list)
#   OUTPUT_DIR  default target/spec-tooling/clients/GENERATOR
#   options     passed on, e.g. --additional-properties=packageName=outboundkit
# The project's templates and options for GENERATOR are applied when they exist:
# generator-templates/GENERATOR/ and generator-templates/GENERATOR-client.yaml (typescript-fetch
# and go have them: the signing modules; java's are the build's own, see pom.xml).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -lt 1 ]; then
  sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi
generator="$1"
shift
out="target/spec-tooling/clients/$generator"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  out="$1"
  shift
fi
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

cd "$repo"
version="$(sed -n 's:.*<openapi-generator.version>\(.*\)</openapi-generator.version>.*:\1:p' pom.xml | head -n 1)"
jar="${OG_CLI_JAR:-target/spec-tooling/lib/openapi-generator-cli.jar}"
if [ ! -f "$jar" ]; then
  echo "generate-client: fetching openapi-generator-cli $version from Maven Central" >&2
  mvn -B -q dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$version" \
    -DoutputDirectory=target/spec-tooling/lib -Dmdep.stripVersion=true >&2
fi

extra=()
if [ "$generator" != java ] && [ -d "generator-templates/$generator" ]; then
  extra+=(--template-dir "generator-templates/$generator")
fi
if [ "$generator" != java ] && [ -f "generator-templates/$generator-client.yaml" ]; then
  extra+=(--config "generator-templates/$generator-client.yaml")
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! java -jar "$jar" generate --input-spec api/openapi.yaml --generator-name "$generator" --output "$out" \
  --global-property apiTests=false,modelTests=false "${extra[@]}" "$@" >"$log" 2>&1; then
  cat "$log" >&2
  echo "generate-client: openapi-generator failed" >&2
  exit 1
fi
grep -vE '^(\[main\] INFO|#)' "$log" || true
echo "generate-client: $generator client in $out"
