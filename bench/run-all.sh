#!/usr/bin/env bash
# Runs every benchmark and writes their figures to bench/results.txt (a few minutes on 2 cores).
# Benchmarks are JUnit tests tagged "benchmark", left out of the normal build; this script selects them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/results.txt
: > "$out"
run() {
  local module=$1 test=$2 file=$3
  mvn -B -q -ntp -pl "$module" -am test -Dtest="$test" -Daskbar.test.excludedGroups=none \
      -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
  { echo "## $test"; cat "$module/target/benchmarks/$file"; echo; } >> "$out"
}
run bot-app SchemaLinkingBenchmark schema-linking.txt
for extra in bench/benchmarks.d/*.sh; do
  [ -e "$extra" ] && . "$extra"
done
echo "figures written to $out"
cat "$out"
