package dev.askbar.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.answer.CsvWriter;
import dev.askbar.core.fixtures.ShopDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Caps hold inside the database: in a JVM with a 256 MB heap, answers to queries that produce hundreds of
 * megabytes on the server ({@code repeat('x', 400000000)}, a string_agg over a big table, 300 rows of 1 MB, a
 * row of 1,600 wide columns) arrive cut, errors that carry a huge value fail in one sentence, and the next
 * question is answered as usual.
 */
class SmallHeapTest {

    static ShopDatabase shop;

    @BeforeAll
    static void setUp() {
        shop = ShopDatabase.create("small_heap");
        shop.database()
                .execute("CREATE TABLE public.events AS SELECT g AS id, md5(g::text) AS note"
                        + " FROM generate_series(1, 1000000) g; GRANT SELECT ON public.events TO "
                        + shop.readerRole());
    }

    @AfterAll
    static void tearDown() {
        shop.close();
    }

    static final List<String> HUGE = List.of(
            "SELECT repeat('x', 400000000) AS big",
            "SELECT string_agg(note, ',') AS everything FROM events",
            "SELECT g, repeat('y', 1000000) AS mb FROM generate_series(1, 300) g",
            "SELECT array_agg(note) AS notes, json_agg(note) AS doc FROM events",
            "SELECT convert_to(repeat('é', 20000000), 'UTF8') AS raw, (10::numeric ^ 100000) AS huge_number",
            "SELECT " + wideColumns() + " FROM generate_series(1, 50)",
            "SELECT repeat('x', 150000000)::int AS n",
            "SELECT ('{\"a\": ' || repeat('9', 100000000) || 'x}')::jsonb AS j");

    private static String wideColumns() {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < 1600; i++) {
            columns.add("repeat('z', 5000) AS c" + i);
        }
        return String.join(", ", columns);
    }

    @Test
    void hugeAnswersAreCutInTheDatabaseAndTheNextQuestionIsAnswered() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Probe.class.getName(),
                        shop.database().jdbcUrl(),
                        shop.readerRole())
                .redirectErrorStream(true)
                .start();
        boolean ended = child.waitFor(4, TimeUnit.MINUTES);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            child.destroyForcibly();
        }
        System.out.println(output.lines()
                .filter(line -> line.startsWith("query") || line.startsWith("next"))
                .reduce("small-heap probe:", (a, b) -> a + "\n  " + b));

        assertThat(ended).as(output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("query 0: 1 rows, longest cell 2001 chars")
                .contains("query 1: 1 rows, longest cell 2001 chars")
                .contains("query 2: 300 rows, longest cell 2001 chars")
                .contains("query 6: failed the database sent a reply of 143 MB, more than AskBar reads at once")
                .contains("query 7: failed the database sent a reply of")
                .contains("next question: 120 orders");
        for (int i = 0; i < HUGE.size(); i++) {
            assertThat(output).contains("query " + i + ":");
        }
    }

    /** Runs in the small JVM: every huge query through the guard and the runner, then an ordinary one. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            PGSimpleDataSource reader = new PGSimpleDataSource();
            reader.setUrl(args[0]);
            reader.setUser(args[1]);
            reader.setPassword("r");
            reader.setSocketFactory(BoundedReplies.class.getName());
            SqlGuard guard = new SqlGuard(Set.of("public"));
            SqlRunner runner = new SqlRunner(reader, 1000, Duration.ofSeconds(60));
            long peak = 0;
            for (int i = 0; i < HUGE.size(); i++) {
                GuardVerdict verdict = guard.check(HUGE.get(i));
                if (!verdict.allowed()) {
                    System.out.println("query " + i + ": refused " + verdict.rule());
                    continue;
                }
                try {
                    QueryResult result = runner.run(verdict.guarded());
                    byte[] csv = CsvWriter.write(result);
                    int longest = result.rows().stream()
                            .flatMap(List::stream)
                            .mapToInt(v -> v == null ? 0 : v.toString().length())
                            .max()
                            .orElse(0);
                    peak = Math.max(peak, usedHeap());
                    System.out.println("query " + i + ": " + result.rowCount() + " rows, longest cell " + longest
                            + " chars, csv " + csv.length / 1024 + " KiB, heap " + usedHeap() / (1024 * 1024) + " MiB");
                } catch (SqlFailedException e) {
                    System.out.println("query " + i + ": failed " + e.getMessage());
                }
            }
            try {
                QueryResult next =
                        runner.run(guard.check("SELECT count(*) FROM orders").guarded());
                System.out.println("next question: " + next.rows().get(0).get(0) + " orders; peak heap "
                        + peak / (1024 * 1024) + " MiB");
            } catch (SqlFailedException e) {
                System.out.println("next question failed: " + e.getMessage());
                System.exit(2);
            }
        }

        private static long usedHeap() {
            Runtime runtime = Runtime.getRuntime();
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }
}
