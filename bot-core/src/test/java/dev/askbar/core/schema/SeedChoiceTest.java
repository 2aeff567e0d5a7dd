package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeedChoiceTest {

    /** The choice as it was first written: every table's gain worked out again in every round. */
    private static List<TableInfo> byFullScan(List<TableInfo> ranked, Map<TableInfo, double[]> parts, int terms) {
        double[] weight = new double[terms + 1];
        java.util.Arrays.fill(weight, 1.0);
        List<TableInfo> chosen = new ArrayList<>();
        List<TableInfo> left = new ArrayList<>(ranked);
        double first = -1;
        while (chosen.size() < SchemaLinker.MAX_SEEDS && !left.isEmpty()) {
            TableInfo best = null;
            double bestGain = 0;
            for (TableInfo t : left) {
                double[] p = parts.get(t);
                double gain = 0;
                for (int i = 0; i < p.length; i++) {
                    gain += p[i] * weight[Math.min(i, terms)];
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    best = t;
                }
            }
            if (best == null || first > 0 && bestGain < first * 0.3) {
                break;
            }
            if (first < 0) {
                first = bestGain;
            }
            chosen.add(best);
            left.remove(best);
            for (int i = 0; i < terms; i++) {
                if (parts.get(best)[i] > 0) {
                    weight[i] *= 0.35;
                }
            }
        }
        return chosen;
    }

    @Test
    void choosingLazilyPicksTheSameSeedsInTheSameOrderAsScanningEveryTableEachRound() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            int terms = 1 + random.nextInt(8);
            List<TableInfo> ranked = new ArrayList<>();
            Map<TableInfo, double[]> parts = new HashMap<>();
            int tables = 1 + random.nextInt(60);
            for (int n = 0; n < tables; n++) {
                TableInfo t = SchemaLinkerTest.table("t" + n, null, List.of("name"), List.of());
                double[] p = new double[terms + 1];
                for (int i = 0; i <= terms; i++) {
                    // coarse values, so that ties are common: the better ranked must win them either way
                    p[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(4) * 0.5;
                }
                ranked.add(t);
                parts.put(t, p);
            }
            assertThat(SchemaLinker.seeds(ranked, parts, terms))
                    .as("round %d", round)
                    .containsExactlyElementsOf(byFullScan(ranked, parts, terms));
        }
    }
}
