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
        double[] most = new double[terms];
        for (TableInfo t : ranked) {
            for (int i = 0; i < terms; i++) {
                most[i] = Math.max(most[i], parts.get(t)[i]);
            }
        }
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
                weight[i] *= SchemaLinker.coveredWeight(parts.get(best)[i], most[i]);
            }
        }
        return chosen;
    }

    /** MusicBrainz: "artists with no releases at all", as the linker scored it (artist, release, the last slot). */
    @Test
    void aTableThatOnlyTouchesAWordLeavesItToTheTableNamedForIt() {
        TableInfo release = SchemaLinkerTest.table("release", null, List.of("artist_credit"), List.of());
        TableInfo artist = SchemaLinkerTest.table("artist", null, List.of("name"), List.of());
        Map<TableInfo, double[]> parts = new HashMap<>();
        parts.put(release, new double[] {6.1, 26.7, 4.1});
        parts.put(artist, new double[] {15.3, 0, 4.1});
        List<TableInfo> ranked = new ArrayList<>(List.of(release, artist));
        for (int i = 0; i < 20; i++) {
            TableInfo satellite = SchemaLinkerTest.table("release_tag_" + i, null, List.of(), List.of());
            parts.put(satellite, new double[] {0, 17.9, 0});
            ranked.add(satellite);
        }

        assertThat(SchemaLinker.seeds(ranked, parts, 2)).startsWith(release, artist);
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
