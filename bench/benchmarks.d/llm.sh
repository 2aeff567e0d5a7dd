# sourced by bench/run-all.sh
mvn -B -q -ntp -pl bot-core -am test -Dtest=FreeTierDayBenchmark -Daskbar.test.excludedGroups=none \
    -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
{ echo "## FreeTierDayBenchmark"; cat bot-core/target/benchmark.txt; echo; } >> "$out"
