# sourced by bench/run-all.sh: the LLM gateway's three benchmarks in one build; a missing report fails the run
rm -f bot-core/target/benchmark.txt bot-core/target/benchmarks/llm-overhead.txt bot-core/target/benchmarks/llm-faults.txt
mvn -B -q -ntp ${ASKBAR_MVN_FLAGS:-} -pl bot-core -am test -Dtest='FreeTierDayBenchmark,GatewayOverheadBenchmark,GatewayFaultBenchmark' \
    -Daskbar.test.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false > "$logs/llm.log" 2>&1
{ echo "## FreeTierDayBenchmark"; cat bot-core/target/benchmark.txt; echo; } >> "$out"
{ echo "## GatewayOverheadBenchmark"; cat bot-core/target/benchmarks/llm-overhead.txt; echo; } >> "$out"
{ echo "## GatewayFaultBenchmark"; cat bot-core/target/benchmarks/llm-faults.txt; echo; } >> "$out"
