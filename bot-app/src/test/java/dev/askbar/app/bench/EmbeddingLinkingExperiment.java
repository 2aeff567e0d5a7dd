package dev.askbar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.schema.ColumnInfo;
import dev.askbar.core.schema.ForeignKey;
import dev.askbar.core.schema.SchemaLinker;
import dev.askbar.core.schema.SchemaSnapshot;
import dev.askbar.core.schema.TableInfo;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An experiment, not a benchmark with goals (issue 13, item 2): does an in-process sentence embedding model
 * (all-MiniLM-L6-v2, quantized ONNX, shipped inside a Maven artifact) find the tables a question needs, alone or
 * beside the lexical {@link SchemaLinker}? Every table of the 13 benchmark databases is described in words (its
 * name, comment and column names) and embedded once per schema fingerprint; each English question is embedded and
 * the tables ranked by cosine similarity. Reports recall at 5, 10 and 20 tables, what adding the best-ranked tables
 * the linker did not choose would gain and cost, and the model's load time, per-table and per-question time and
 * memory. Writes target/benchmarks/embedding-linking.txt. It asserts only that it ran: the figures are for a
 * decision, not a floor. Run with
 * {@code mvn -B -o -pl bot-app -am test -Dtest=EmbeddingLinkingExperiment -Daskbar.test.excludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class EmbeddingLinkingExperiment {
    /** The four databases the lexical linker was built on: AdventureWorks, Pagila, Chinook, Northwind. */
    private static final List<String> ORIGINAL_FILES = List.of(
            "questions-tuning.txt",
            "questions-heldout.txt",
            "questions-heldout-2.txt",
            "questions-heldout-3.txt",
            "questions-heldout-4.txt");
    /** The nine databases added later, each set written blind, then tuned on by the lexical linker after its run. */
    private static final List<String> NEW_FILES = List.of(
            "questions-heldout-5a.txt",
            "questions-heldout-5b.txt",
            "questions-heldout-6.txt",
            "questions-heldout-7.txt");

    private static final int[] RANKS = {5, 10, 20};
    private static final int[] EXTRA_TABLES = {1, 2, 3};
    private static final double[] THRESHOLDS = {0.35, 0.40, 0.45, 0.50};
    /** MiniLM was trained on sentences of up to 128 word pieces; a longer description only blurs the vector. */
    private static final int MAX_DESCRIPTION_WORDS = 90;

    private static final int MAX_COMMENT_CHARS = 200;

    private static final Set<String> ORIGINAL_DATABASES = Set.of("adventureworks", "pagila", "chinook", "northwind");

    /** How much of a table goes into its text. */
    enum Description {
        FULL("name, comment, column names"),
        /** As FULL, names split by the linker's own WordNet segmentation (salesorderdetail → sales order detail). */
        SEGMENTED("FULL, names segmented (WordNet)"),
        NAME_AND_COMMENT("name and comment"),
        NAME("name only");

        final String label;

        Description(String label) {
            this.label = label;
        }
    }

    @Test
    void embeddingsBesideTheLexicalLinker() throws IOException {
        StringBuilder report = new StringBuilder();
        for (String db : LinkingBench.DATABASES.keySet()) {
            LinkingBench.snapshot(db); // databases load before anything is timed
        }
        SchemaLinker linker = new SchemaLinker(LinkingBench.BUDGET);
        linker.link("warm up the word lists", LinkingBench.snapshot("chinook"));

        Memory before = Memory.now();
        long started = System.nanoTime();
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        long constructed = System.nanoTime();
        model.embed("warm up the model").content();
        long firstEmbed = System.nanoTime();

        TableVectors tables = new TableVectors(model, Description.FULL);
        for (String db : LinkingBench.DATABASES.keySet()) {
            tables.of(LinkingBench.snapshot(db));
        }
        long tablesEmbedded = System.nanoTime();
        tables.of(LinkingBench.snapshot("chinook")); // a second look at one schema is served from the cache
        Map<Description, TableVectors> shorter = new LinkedHashMap<>();
        for (Description d : Description.values()) {
            if (d != Description.FULL) {
                shorter.put(d, new TableVectors(model, d));
            }
        }

        Map<String, List<Trial>> trials = new LinkedHashMap<>();
        Map<Description, List<Trial>> byDescription = new LinkedHashMap<>();
        List<Long> questionNanos = new ArrayList<>();
        for (String file : concat(ORIGINAL_FILES, NEW_FILES)) {
            List<LinkingBench.Question> questions = LinkingBench.questions(file);
            List<LinkingBench.Outcome> outcomes = LinkingBench.run(linker, questions);
            List<Trial> list = new ArrayList<>();
            for (LinkingBench.Outcome o : outcomes) {
                long t0 = System.nanoTime();
                float[] q = model.embed(o.question().text()).content().vector();
                questionNanos.add(System.nanoTime() - t0);
                SchemaSnapshot s = LinkingBench.snapshot(o.question().database());
                list.add(new Trial(o, tables.rank(q, s)));
                byDescription
                        .computeIfAbsent(Description.FULL, d -> new ArrayList<>())
                        .add(list.get(list.size() - 1));
                shorter.forEach((d, vectors) ->
                        byDescription.computeIfAbsent(d, k -> new ArrayList<>()).add(new Trial(o, vectors.rank(q, s))));
            }
            trials.put(file, list);
        }
        Memory after = Memory.now();

        Map<String, List<Trial>> sets = new LinkedHashMap<>(trials);
        sets.put("original 4 DBs (tuning, 1-4)", flatten(trials, ORIGINAL_FILES));
        sets.put("new 9 DBs (5a-7)", flatten(trials, NEW_FILES));
        sets.put("all English", flatten(trials, concat(ORIGINAL_FILES, NEW_FILES)));
        int questions = sets.get("all English").size();

        report.append("Sentence embeddings (all-MiniLM-L6-v2, quantized ONNX) for schema linking, ")
                .append(questions)
                .append(" English questions, 13 databases, budget ")
                .append(LinkingBench.BUDGET)
                .append("\n")
                .append(
                        "Caution: the lexical linker has been tuned on every set here, held-out 5-7 included (each after its")
                .append(
                        " first blind run);\nthe embedding figures are untuned. The original 4 DBs' sets were seen longest.\n")
                .append("Table text: name words [schema words when a database has several], comment (")
                .append(MAX_COMMENT_CHARS)
                .append(" chars), column-name words; at most ")
                .append(MAX_DESCRIPTION_WORDS)
                .append(" words (section 1b compares shorter texts).\n")
                .append("Names are split on _, camelCase and digits only: run-together names (salesorderdetail) reach")
                .append(" the model whole,\nwhere its word-piece tokenizer cuts them. Examples:\n");
        for (String[] example :
                new String[][] {{"adventureworks", "sales", "salesorderdetail"}, {"openemr", "public", "form_encounter"}
                }) {
            SchemaSnapshot s = LinkingBench.snapshot(example[0]);
            s.table(example[1], example[2])
                    .ifPresent(t -> report.append("  ")
                            .append(describe(t, example[0].equals("adventureworks"), Description.FULL))
                            .append("\n    segmented: ")
                            .append(describe(t, example[0].equals("adventureworks"), Description.SEGMENTED))
                            .append('\n'));
        }
        report.append('\n');
        embeddingsAlone(report, sets);
        descriptions(report, byDescription);
        combined(report, sets);
        perDatabase(report, sets.get("all English"));
        linkerMisses(report, sets.get("all English"));
        costs(report, before, after, started, constructed, firstEmbed, tablesEmbedded, tables, questionNanos);

        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "embedding-linking.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);

        assertThat(questions).isPositive();
        assertThat(tables.embedded()).isPositive();
    }

    // ---- figures ----

    private static void embeddingsAlone(StringBuilder report, Map<String, List<Trial>> sets) {
        report.append(
                "1. Embeddings alone (all tables of the database ranked by cosine similarity) vs the lexical linker\n");
        report.append(String.format(
                Locale.ROOT,
                "  %-30s %4s | %-13s %6s %6s | %6s %6s %6s | %7s %7s %7s | %7s %7s%n",
                "set",
                "q",
                "linker allGold",
                "recall",
                "tables",
                "R@5",
                "R@10",
                "R@20",
                "all@5",
                "all@10",
                "all@20",
                "R@same",
                "all@same"));
        sets.forEach((name, list) -> {
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "  %-30s %4d | %6d/%-6d %6.3f %6.1f |",
                    name,
                    list.size(),
                    count(list, t -> t.missingWith(0, 0).isEmpty()),
                    list.size(),
                    mean(list, t -> t.recallWith(0, 0)),
                    mean(list, t -> t.chosen().size())));
            for (int k : RANKS) {
                line.append(String.format(Locale.ROOT, " %6.3f", mean(list, t -> t.recallAt(k))));
            }
            line.append(" |");
            for (int k : RANKS) {
                line.append(String.format(Locale.ROOT, " %7d", count(list, t -> t.recallAt(k) == 1.0)));
            }
            line.append(String.format(
                    Locale.ROOT,
                    " | %7.3f %7d",
                    mean(list, t -> t.recallAt(t.chosen().size())),
                    count(list, t -> t.recallAt(t.chosen().size()) == 1.0)));
            report.append(line).append('\n');
        });
        report.append(
                        "  (R@k: mean share of gold tables among the k most similar; all@k: questions with every gold table")
                .append(" there;\n   @same: as many tables as the linker chose for that question)\n\n");
    }

    private static void descriptions(StringBuilder report, Map<Description, List<Trial>> byDescription) {
        report.append("1b. What the table text is worth (all English questions; original 4 DBs / new 9 DBs / all)\n");
        report.append(String.format(
                Locale.ROOT, "  %-34s %-23s %-23s %-23s %-14s%n", "table text", "R@5", "R@10", "R@20", "+2 all gold"));
        byDescription.forEach((d, list) -> {
            List<Trial> original = list.stream()
                    .filter(t ->
                            ORIGINAL_DATABASES.contains(t.outcome().question().database()))
                    .toList();
            List<Trial> fresh = list.stream()
                    .filter(t ->
                            !ORIGINAL_DATABASES.contains(t.outcome().question().database()))
                    .toList();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-34s", d.label));
            for (int k : RANKS) {
                line.append(String.format(
                        Locale.ROOT,
                        " %.3f / %.3f / %.3f  ",
                        mean(original, t -> t.recallAt(k)),
                        mean(fresh, t -> t.recallAt(k)),
                        mean(list, t -> t.recallAt(k))));
            }
            line.append(String.format(
                    Locale.ROOT,
                    " %d / %d / %d",
                    count(original, t -> t.missingWith(2, 0).isEmpty()),
                    count(fresh, t -> t.missingWith(2, 0).isEmpty()),
                    count(list, t -> t.missingWith(2, 0).isEmpty())));
            report.append(line).append('\n');
        });
        report.append('\n');
    }

    private static void combined(StringBuilder report, Map<String, List<Trial>> sets) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("linker", 0, 0));
        for (int n : EXTRA_TABLES) {
            variants.add(new Variant("+" + n, n, 0));
        }
        for (double t : THRESHOLDS) {
            variants.add(new Variant(String.format(Locale.ROOT, "cos>=%.2f", t), 0, t));
        }
        for (double t : THRESHOLDS) {
            variants.add(new Variant(String.format(Locale.ROOT, "+3,>=%.2f", t), 3, t));
        }
        report.append(
                "2. Linker's tables plus embedding-ranked tables it did not choose: all gold present / mean recall\n");
        report.append("   (+N: the N best-ranked unchosen tables; cos>=t: every unchosen table at or above t;")
                .append(" +3,>=t: at most 3 of those)\n");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-30s %4s", "set", "q"));
        for (Variant v : variants) {
            head.append(String.format(Locale.ROOT, " | %-12s", v.label()));
        }
        report.append(head).append('\n');
        sets.forEach((name, list) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-30s %4d", name, list.size()));
            for (Variant v : variants) {
                line.append(String.format(
                        Locale.ROOT,
                        " | %3d %8.3f",
                        count(list, t -> t.missingWith(v.extra(), v.threshold()).isEmpty()),
                        mean(list, t -> t.recallWith(v.extra(), v.threshold()))));
            }
            report.append(line).append('\n');
        });
        List<Trial> all = sets.get("all English");
        report.append("\n  Cost of each variant over all ").append(all.size()).append(" questions:\n");
        report.append(String.format(
                Locale.ROOT,
                "  %-12s %8s %8s %8s %10s %11s %9s %12s%n",
                "variant",
                "allGold",
                "+tables",
                "+tokens",
                "max+tokens",
                "gold share",
                "rescued",
                "over budget"));
        for (Variant v : variants) {
            int addedTables = 0;
            int addedGold = 0;
            for (Trial t : all) {
                List<TableInfo> extra = t.extra(v.extra(), v.threshold());
                addedTables += extra.size();
                addedGold += (int) extra.stream()
                        .filter(x -> t.gold().contains(x.qualifiedName()))
                        .count();
            }
            int finalAddedTables = addedTables;
            report.append(String.format(
                    Locale.ROOT,
                    "  %-12s %8d %8.2f %8.1f %10d %11s %9d %12d%n",
                    v.label(),
                    count(all, t -> t.missingWith(v.extra(), v.threshold()).isEmpty()),
                    (double) finalAddedTables / all.size(),
                    mean(all, t -> t.addedTokens(v.extra(), v.threshold())),
                    all.stream()
                            .mapToInt(t -> t.addedTokens(v.extra(), v.threshold()))
                            .max()
                            .orElse(0),
                    addedTables == 0 ? "-" : String.format(Locale.ROOT, "%d/%d", addedGold, addedTables),
                    count(
                            all,
                            t -> !t.missingWith(0, 0).isEmpty()
                                    && t.missingWith(v.extra(), v.threshold()).isEmpty()),
                    count(
                            all,
                            t -> t.outcome().linked().estimatedTokens() + t.addedTokens(v.extra(), v.threshold())
                                    > LinkingBench.BUDGET)));
        }
        report.append("  (+tokens: mean estimate of the added tables' compact lines, name + keys + foreign keys + 4")
                .append(" columns, 4 chars a token;\n   gold share: added tables that are gold; rescued: linker")
                .append(" missed a gold table, the variant has all;\n   over budget: linker's prompt plus the added")
                .append(" lines above ")
                .append(LinkingBench.BUDGET)
                .append(" tokens)\n\n");
    }

    private static void perDatabase(StringBuilder report, List<Trial> all) {
        report.append("3. Per database, all English questions\n");
        report.append(String.format(
                Locale.ROOT,
                "  %-15s %4s %7s | %-14s %6s | %6s %6s %6s | %7s %7s%n",
                "database",
                "q",
                "tables",
                "linker allGold",
                "recall",
                "R@5",
                "R@10",
                "R@20",
                "+2 all",
                "+3 all"));
        Map<String, List<Trial>> byDb = new LinkedHashMap<>();
        for (String db : LinkingBench.DATABASES.keySet()) {
            byDb.put(db, new ArrayList<>());
        }
        for (Trial t : all) {
            byDb.get(t.outcome().question().database()).add(t);
        }
        byDb.forEach((db, list) -> {
            if (list.isEmpty()) {
                return;
            }
            report.append(String.format(
                    Locale.ROOT,
                    "  %-15s %4d %7d | %6d/%-7d %6.3f | %6.3f %6.3f %6.3f | %7d %7d%n",
                    db,
                    list.size(),
                    LinkingBench.snapshot(db).tables().size(),
                    count(list, t -> t.missingWith(0, 0).isEmpty()),
                    list.size(),
                    mean(list, t -> t.recallWith(0, 0)),
                    mean(list, t -> t.recallAt(5)),
                    mean(list, t -> t.recallAt(10)),
                    mean(list, t -> t.recallAt(20)),
                    count(list, t -> t.missingWith(2, 0).isEmpty()),
                    count(list, t -> t.missingWith(3, 0).isEmpty())));
        });
        report.append('\n');
    }

    /** Where the embedding ranking puts each gold table the linker missed: the N that would have brought it. */
    private static void linkerMisses(StringBuilder report, List<Trial> all) {
        report.append("4. The linker's misses and the missing tables' rank among the tables it did not choose")
                .append(" (1 = first added)\n");
        for (Trial t : all) {
            Set<String> missing = t.missingWith(0, 0);
            if (missing.isEmpty()) {
                continue;
            }
            List<String> ranks = new ArrayList<>();
            List<TableInfo> unchosen = t.unchosen();
            for (String m : missing) {
                int rank = 0;
                double cos = 0;
                for (int i = 0; i < unchosen.size(); i++) {
                    if (unchosen.get(i).qualifiedName().equals(m)) {
                        rank = i + 1;
                        cos = t.similarity(unchosen.get(i));
                        break;
                    }
                }
                ranks.add(String.format(Locale.ROOT, "%s #%d (cos %.2f)", m, rank, cos));
            }
            report.append("  ")
                    .append(t.outcome().question().database())
                    .append(": \"")
                    .append(t.outcome().question().text())
                    .append("\" → ")
                    .append(String.join(", ", ranks))
                    .append('\n');
        }
        report.append('\n');
    }

    private static void costs(
            StringBuilder report,
            Memory before,
            Memory after,
            long started,
            long constructed,
            long firstEmbed,
            long tablesEmbedded,
            TableVectors tables,
            List<Long> questionNanos) {
        List<Long> warm =
                new ArrayList<>(questionNanos.subList(Math.min(10, questionNanos.size()), questionNanos.size()));
        Collections.sort(warm);
        report.append("5. Costs (test JVM: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, the JVM options of deploy/jvm.options: C1 only, serial GC)\n");
        report.append(String.format(
                Locale.ROOT,
                "  model load (class load + ONNX session): %d ms; first embed: %d ms%n",
                (constructed - started) / 1_000_000,
                (firstEmbed - constructed) / 1_000_000));
        report.append(String.format(
                Locale.ROOT,
                "  tables: %d embedded one at a time in %d ms, mean %.1f ms per table (median description %d words)%n",
                tables.embedded(),
                (tablesEmbedded - firstEmbed) / 1_000_000,
                tables.nanos() / 1e6 / Math.max(1, tables.embedded()),
                tables.medianWords()));
        report.append(String.format(
                Locale.ROOT,
                "  questions: %d embedded, after the first 10: mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                questionNanos.size(),
                warm.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
                warm.get(warm.size() / 2) / 1e6,
                warm.get((int) (warm.size() * 0.95)) / 1e6,
                warm.get(warm.size() - 1) / 1e6));
        report.append(String.format(
                Locale.ROOT,
                "  ranking a question against its database's vectors (cosine over 384 dimensions): mean %.3f ms%n",
                tables.rankNanos() / 1e6 / Math.max(1, questionNanos.size())));
        report.append(String.format(
                Locale.ROOT,
                "  memory after GC, before the model: heap %d MB, process RSS %d MB; after model and all vectors: heap"
                        + " %d MB, RSS %d MB%n   (the heap also holds this run's linker outcomes and 4 vectors of 384 floats per"
                        + " table, one per table text; the model itself lives outside the heap)%n",
                before.heapMb(),
                before.rssMb(),
                after.heapMb(),
                after.rssMb()));
        report.append("  jars the dependency adds (from the local Maven repository):\n");
        long total = 0;
        for (String cls : List.of(
                "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel",
                "dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder",
                "dev.langchain4j.data.embedding.Embedding",
                "ai.onnxruntime.OrtEnvironment",
                "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer",
                "ai.djl.util.Utils")) {
            total += jarLine(report, cls);
        }
        report.append(String.format(Locale.ROOT, "    total added: %.1f MB%n", total / 1e6));
        report.append(
                "  already on the classpath, shared (langchain4j-core asks for Jackson 2.22, JDA's 2.20 wins):\n");
        for (String cls :
                List.of("com.fasterxml.jackson.databind.ObjectMapper", "com.google.gson.Gson", "com.sun.jna.Native")) {
            jarLine(report, cls);
        }
    }

    private static long jarLine(StringBuilder report, String cls) {
        Path jar = jarOf(cls);
        if (jar == null) {
            return 0;
        }
        try {
            long size = Files.size(jar);
            report.append(String.format(
                    Locale.ROOT,
                    "    %-60s %7.1f MB (holds %s)%n",
                    jar.getFileName(),
                    size / 1e6,
                    cls.substring(cls.lastIndexOf('.') + 1)));
            return size;
        } catch (IOException e) {
            report.append("    ").append(jar).append(": size unknown\n");
            return 0;
        }
    }

    private static Path jarOf(String className) {
        try {
            Class<?> c = Class.forName(className, false, EmbeddingLinkingExperiment.class.getClassLoader());
            var source = c.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (ClassNotFoundException | LinkageError | java.net.URISyntaxException e) {
            return null;
        }
    }

    // ---- the parts ----

    private record Variant(String label, int extra, double threshold) {}

    /** One question: the linker's outcome and the database's tables ranked by similarity to it. */
    private record Trial(LinkingBench.Outcome outcome, List<Ranked> ranking) {
        Set<String> gold() {
            return outcome.question().gold();
        }

        Set<String> chosen() {
            return outcome.chosen();
        }

        double recallAt(int k) {
            Set<String> top = ranking.stream()
                    .limit(k)
                    .map(r -> r.table().qualifiedName())
                    .collect(Collectors.toSet());
            return (double) gold().stream().filter(top::contains).count() / gold().size();
        }

        List<TableInfo> unchosen() {
            Set<String> chosen = chosen();
            return ranking.stream()
                    .map(Ranked::table)
                    .filter(t -> !chosen.contains(t.qualifiedName()))
                    .toList();
        }

        double similarity(TableInfo table) {
            return ranking.stream()
                    .filter(r -> r.table().equals(table))
                    .mapToDouble(Ranked::cosine)
                    .findFirst()
                    .orElse(0);
        }

        /**
         * The tables added to the linker's: with {@code n > 0} and no threshold, the n best unchosen ones; with a
         * threshold, every unchosen one at or above it, at most n when n is given.
         */
        List<TableInfo> extra(int n, double threshold) {
            if (n == 0 && threshold == 0) {
                return List.of();
            }
            Set<String> chosen = chosen();
            return ranking.stream()
                    .filter(r -> !chosen.contains(r.table().qualifiedName()))
                    .filter(r -> threshold == 0 || r.cosine() >= threshold)
                    .limit(n == 0 ? Long.MAX_VALUE : n)
                    .map(Ranked::table)
                    .toList();
        }

        Set<String> missingWith(int n, double threshold) {
            Set<String> have = new LinkedHashSet<>(chosen());
            extra(n, threshold).forEach(t -> have.add(t.qualifiedName()));
            Set<String> missing = new LinkedHashSet<>(gold());
            missing.removeAll(have);
            return missing;
        }

        double recallWith(int n, double threshold) {
            return 1.0 - (double) missingWith(n, threshold).size() / gold().size();
        }

        int addedTokens(int n, double threshold) {
            return extra(n, threshold).stream()
                    .mapToInt(EmbeddingLinkingExperiment::compactTokens)
                    .sum();
        }
    }

    private record Ranked(TableInfo table, double cosine) {}

    /** Each table's vector, embedded once per schema fingerprint. */
    private static final class TableVectors {
        private final EmbeddingModel model;
        private final Description description;
        private final Map<String, Map<String, float[]>> byFingerprint = new HashMap<>();
        private final List<Integer> words = new ArrayList<>();
        private long nanos;
        private long rankNanos;
        private int embedded;

        TableVectors(EmbeddingModel model, Description description) {
            this.model = model;
            this.description = description;
        }

        Map<String, float[]> of(SchemaSnapshot schema) {
            return byFingerprint.computeIfAbsent(schema.fingerprint(), f -> {
                boolean withSchema = schema.tables().stream()
                                .map(TableInfo::schema)
                                .filter(s -> !s.equals(LinkingBench.NOISE_SCHEMA))
                                .distinct()
                                .count()
                        > 1;
                Map<String, float[]> out = new HashMap<>();
                for (TableInfo t : schema.tables()) {
                    String text = describe(t, withSchema, description);
                    words.add(text.split("\\s+").length);
                    long t0 = System.nanoTime();
                    Embedding e = model.embed(text).content();
                    nanos += System.nanoTime() - t0;
                    embedded++;
                    out.put(t.qualifiedName(), e.vector());
                }
                return out;
            });
        }

        List<Ranked> rank(float[] question, SchemaSnapshot schema) {
            Map<String, float[]> vectors = of(schema);
            long t0 = System.nanoTime();
            List<Ranked> out = new ArrayList<>();
            for (TableInfo t : schema.tables()) {
                out.add(new Ranked(t, cosine(question, vectors.get(t.qualifiedName()))));
            }
            out.sort((a, b) -> Double.compare(b.cosine(), a.cosine()));
            rankNanos += System.nanoTime() - t0;
            return out;
        }

        int embedded() {
            return embedded;
        }

        long nanos() {
            return nanos;
        }

        long rankNanos() {
            return rankNanos;
        }

        int medianWords() {
            List<Integer> sorted = new ArrayList<>(words);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }
    }

    /**
     * A table in words, as a person would describe it: "film category (public): ... Columns: film id, category id,
     * last update". Column names after the comment, so truncation drops the least telling words first.
     */
    static String describe(TableInfo t, boolean withSchema, Description description) {
        List<String> parts = new ArrayList<>();
        java.util.function.Function<String, List<String>> split = description == Description.SEGMENTED
                ? EmbeddingLinkingExperiment::segmented
                : EmbeddingLinkingExperiment::identifierWords;
        StringBuilder head = new StringBuilder(String.join(" ", split.apply(t.name())));
        if (withSchema) {
            head.append(" (").append(String.join(" ", split.apply(t.schema()))).append(')');
        }
        parts.add(head.toString());
        if (description == Description.NAME) {
            return parts.get(0);
        }
        t.comment()
                .map(c -> c.replaceAll("\\s+", " ").strip())
                .filter(c -> !c.isEmpty())
                .ifPresent(c -> parts.add(c.length() <= MAX_COMMENT_CHARS ? c : c.substring(0, MAX_COMMENT_CHARS)));
        if (description == Description.NAME_AND_COMMENT) {
            return String.join(": ", parts);
        }
        Set<String> columns = new LinkedHashSet<>();
        for (ColumnInfo c : t.columns()) {
            String w = String.join(" ", split.apply(c.name()));
            if (!w.isEmpty()) {
                columns.add(w);
            }
        }
        String named = String.join(": ", parts);
        String text = named + (named.endsWith(".") ? " " : ". ") + "Columns: " + String.join(", ", columns);
        String[] words = text.split(" ");
        return words.length <= MAX_DESCRIPTION_WORDS
                ? text
                : String.join(" ", java.util.Arrays.copyOf(words, MAX_DESCRIPTION_WORDS));
    }

    /** snake_case, camelCase and digits split into lower-case words; run-together names stay whole. */
    static List<String> identifierWords(String identifier) {
        String spaced = identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        List<String> out = new ArrayList<>();
        for (String w : spaced.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The words the linker itself sees in a name ({@code IdentifierWords}, package-private in bot-core, reached by
     * reflection because this is a throwaway measurement, not a caller to keep); without it, the simple split.
     */
    static List<String> segmented(String identifier) {
        try {
            java.lang.reflect.Method of =
                    Class.forName("dev.askbar.core.schema.IdentifierWords").getDeclaredMethod("of", String.class);
            of.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) of.invoke(null, identifier);
            return words;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return identifierWords(identifier);
        }
    }

    /** The table's compact prompt line, estimated: name, keys, foreign keys and four other columns. */
    static int compactTokens(TableInfo t) {
        StringBuilder sb = new StringBuilder(t.qualifiedName()).append('(');
        int others = 0;
        for (ColumnInfo c : t.columns()) {
            boolean key = t.primaryKey().contains(c.name())
                    || t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(c.name()));
            if (!key && others++ >= 4) {
                continue;
            }
            sb.append(c.name()).append(' ').append(c.type());
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.columns().contains(c.name())) {
                    sb.append("→")
                            .append(fk.targetTable())
                            .append('.')
                            .append(fk.targetColumns().get(0));
                }
            }
            sb.append(", ");
        }
        sb.append("…)");
        return (sb.length() + 3) / 4;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private record Memory(long heapMb, long rssMb) {
        static Memory now() {
            System.gc();
            Runtime r = Runtime.getRuntime();
            long heap = (r.totalMemory() - r.freeMemory()) >> 20;
            long rss = 0;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss = Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                rss = -1; // not Linux: the heap figure stands alone
            }
            return new Memory(heap, rss);
        }
    }

    private static int count(List<Trial> list, Predicate<Trial> p) {
        return (int) list.stream().filter(p).count();
    }

    private static double mean(List<Trial> list, java.util.function.ToDoubleFunction<Trial> f) {
        return list.stream().mapToDouble(f).average().orElse(0);
    }

    private static List<Trial> flatten(Map<String, List<Trial>> trials, List<String> files) {
        List<Trial> out = new ArrayList<>();
        files.forEach(f -> out.addAll(trials.get(f)));
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
