#!/usr/bin/env bash
# Runs every benchmark once and collects their figures in bench/results.txt (several minutes on 2 cores).
# Benchmarks are JUnit tests tagged "benchmark", left out of the normal build; this script selects them.
# Old figures are deleted first, so a figure in results.txt always comes from this run. The script fails (after running
# everything) when a benchmark did not run, did not write its figures, or did not meet its goal; figures that were
# written are still shown. Extra benchmarks live in bench/benchmarks.d/*.sh, sourced with errexit on: they may call
# `run MODULE TESTCLASS FIGURES...` or append to "$out" themselves.
# Maven flags (e.g. -o) can be passed in ASKBAR_MVN_FLAGS.
set -uo pipefail
cd "$(dirname "$0")/.."
out=bench/results.txt
logs=target/bench-logs
failed=$(mktemp)
trap 'rm -f "$failed"' EXIT

rm -f "$out"
rm -rf bot-*/target/benchmarks bot-*/target/benchmark.txt "$logs"
mkdir -p "$logs"
{ echo "# AskBar benchmarks, one run of bench/run-all.sh"; echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)"; echo; } > "$out"

# run MODULE TESTCLASS FIGURES...: runs one benchmark class; each FIGURES file must appear in MODULE/target/benchmarks
run() {
  local module=$1 test=$2
  shift 2
  echo "running $test ($module)..." >&2
  # shellcheck disable=SC2086
  if ! mvn -B -q -ntp ${ASKBAR_MVN_FLAGS:-} -pl "$module" -am test -Dtest="$test" -Daskbar.test.excludedGroups=none \
      -Dsurefire.failIfNoSpecifiedTests=false > "$logs/$test.log" 2>&1; then
    echo "$test failed or missed its goal (see $logs/$test.log)" >> "$failed"
  fi
  local figures
  for figures in "$@"; do
    if [ -s "$module/target/benchmarks/$figures" ]; then
      { echo "## $test ($figures)"; cat "$module/target/benchmarks/$figures"; echo; } >> "$out"
    else
      echo "$test did not write $module/target/benchmarks/$figures (see $logs/$test.log)" >> "$failed"
    fi
  done
}

run bot-app SchemaLinkingBenchmark schema-linking.txt
run bot-app SchemaLinkingScaleBenchmark schema-linking-scale.txt
run bot-app LearnedLinkingBenchmark learned-linking.txt
run bot-slack SlackAckBenchmark slack-ack.txt
run bot-slack SlackLoadBenchmark slack-load.txt slack-load-fast.txt
run bot-discord DiscordLoadBenchmark discord-load.txt discord-load-own-queries.txt discord-load-fast.txt
run bot-slack FakeRoundTripTest fake-round-trip-slack.txt fake-round-trip-groq.txt

for extra in bench/benchmarks.d/*.sh; do
  [ -e "$extra" ] || continue
  before=$(wc -c < "$out")
  # not inside an if: bash ignores errexit in a tested command, so a failing step would go unnoticed
  ( set -e; . "$extra" )
  status=$?
  if [ "$status" -ne 0 ]; then
    echo "$extra failed" >> "$failed"
  elif [ "$(wc -c < "$out")" -eq "$before" ]; then
    echo "$extra wrote no figures" >> "$failed"
  fi
done

if [ -s "$failed" ]; then
  { echo "## NOT MET OR NOT RUN"; cat "$failed"; } >> "$out"
fi
cat "$out"
echo "figures written to $out" >&2
if [ -s "$failed" ]; then
  echo "benchmarks failed:" >&2
  cat "$failed" >&2
  exit 1
fi
