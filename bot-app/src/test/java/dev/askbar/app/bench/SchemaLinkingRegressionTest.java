package dev.askbar.app.bench;

import dev.askbar.core.schema.SchemaLinker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast part of the linking benchmark, run by every build: the tuning questions on the four public sample
 * databases with their noise tables, held to what the linker reaches today. The held-out questions run only in
 * {@link SchemaLinkingBenchmark}, so no build ever tunes on them.
 */
class SchemaLinkingRegressionTest {
    static final double ALL_GOLD_FLOOR = 0.85;
    static final double RECALL_FLOOR = 0.95;

    @Test
    void tuningQuestionsKeepTheirGoldTablesWithinTheDefaultBudget() {
        List<LinkingBench.Outcome> outcomes = LinkingBench.run(new SchemaLinker(LinkingBench.BUDGET),
                LinkingBench.questions("questions-tuning.txt"));
        for (LinkingBench.Figures f : LinkingBench.figures(outcomes)) {
            assertThat(f.allGoldShare()).as(f.line()).isGreaterThanOrEqualTo(ALL_GOLD_FLOOR);
            assertThat(f.meanRecall()).as(f.line()).isGreaterThanOrEqualTo(RECALL_FLOOR);
            assertThat(f.maxTokens()).as(f.line()).isLessThanOrEqualTo(LinkingBench.BUDGET);
        }
    }
}
