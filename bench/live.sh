#!/usr/bin/env bash
# Runs only the live checks (JUnit tag "live"): AskBar's own clients against the real Groq, Gemini, Slack and
# Discord, each skipped unless its credentials are in the environment. See docs/live-checks.md.
#
#   bench/live.sh                  against the platforms, with whatever credentials are set
#   bench/live.sh --against-fakes  against local FakeGroq, FakeGemini, FakeSlack and FakeDiscord (a rehearsal:
#                                  proves the checks run and pass on the shapes the fakes claim)
# Further arguments go to Maven (e.g. -o). Prints every check with passed, FAILED or skipped (and why).
set -euo pipefail
cd "$(dirname "$0")/.."
modules=bot-core,bot-slack,bot-discord
fakes_pid=""

stop_fakes() {
  if [ -n "$fakes_pid" ]; then
    kill "$fakes_pid" 2>/dev/null || true
    wait "$fakes_pid" 2>/dev/null || true
  fi
}
trap stop_fakes EXIT

if [ "${1:-}" = "--against-fakes" ]; then
  shift
  # the fakes live in test sources: compile them and write each module's test classpath
  mvn -B -q -ntp "$@" -pl bot-slack,bot-discord -am test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/live-classpath.txt >/dev/null
  cp="bot-testkit/target/classes:bot-core/target/classes"
  for m in bot-slack bot-discord; do
    cp="$cp:$m/target/test-classes:$m/target/classes:$(cat "$m/target/live-classpath.txt")"
  done
  envfile=$(mktemp -u "${TMPDIR:-/tmp}/askbar-live-fakes.XXXXXX")
  java -cp "$cp" bench/live/LiveFakes.java "$envfile" &
  fakes_pid=$!
  for _ in $(seq 1 300); do
    [ -s "$envfile" ] && break
    kill -0 "$fakes_pid" 2>/dev/null || { echo "the local fakes did not start" >&2; exit 1; }
    sleep 0.2
  done
  [ -s "$envfile" ] || { echo "the local fakes did not start within 60 s" >&2; exit 1; }
  set -a
  # shellcheck disable=SC1090
  . "$envfile"
  set +a
  rm -f "$envfile"
fi

for m in ${modules//,/ }; do
  rm -f "$m"/target/surefire-reports/TEST-*Live*.xml
done
mkdir -p target
status=0
# the root pom leaves out "benchmark,live"; here only "live" runs (benchmarks stay out); -fae: every module's checks run
mvn -B -ntp -fae "$@" -pl "$modules" -am test -Dgroups=live -Daskbar.test.excludedGroups=benchmark \
    -Dsurefire.failIfNoSpecifiedTests=false > target/live.log 2>&1 || status=$?

echo "Live checks (Maven log: target/live.log)"
ran=0; skipped=0; failed=0
for report in bot-core/target/surefire-reports/TEST-*Live*.xml bot-slack/target/surefire-reports/TEST-*Live*.xml \
              bot-discord/target/surefire-reports/TEST-*Live*.xml; do
  [ -e "$report" ] || continue
  # one line per test: "<Class>.<test> passed|FAILED|skipped: <reason>"
  while IFS= read -r line; do
    echo "  $line"
    case "$line" in
      *" passed") ran=$((ran + 1)) ;;
      *" FAILED"*) ran=$((ran + 1)); failed=$((failed + 1)) ;;
      *" skipped"*) skipped=$((skipped + 1)) ;;
    esac
  done < <(awk '
    function flush() { if (name != "") print cls "." name " " verdict; name = "" }
    /<testcase / {
      flush()
      match($0, /name="[^"]*"/); name = substr($0, RSTART + 6, RLENGTH - 7)
      match($0, /classname="[^"]*"/); cls = substr($0, RSTART + 11, RLENGTH - 12); sub(/.*\./, "", cls)
      verdict = "passed"
    }
    /<skipped/ {
      reason = $0; sub(/.*Assumption failed: /, "", reason); sub(/.*<skipped[^>]*>/, "", reason)
      verdict = "skipped: " reason
    }
    /<failure|<error/ {
      reason = $0; sub(/.*message="/, "", reason); sub(/".*/, "", reason)
      verdict = "FAILED: " reason
    }
    END { flush() }' "$report" | sed 's/&#10;/ /g; s/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g')
done
echo "$ran ran ($failed failed), $skipped skipped"
if [ "$status" -ne 0 ]; then
  echo "Maven failed (exit $status): see target/live.log" >&2
fi
exit "$status"
