package dev.askbar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerError;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.Timings;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers behind buttons, in the state database: any replica, after a restart, within bounds. */
class StoredAnswersTest {
    static final Duration DAY = Duration.ofHours(24);

    final TwoReplicas replicas = new TwoReplicas("answer_archive");

    @AfterEach
    void tearDown() {
        replicas.close();
    }

    @Test
    void archivedAnswerIsReadableFromTheOtherReplica() {
        Answer answer = answerWithEveryKindOfCell();
        String id = new StoredAnswers(replicas.a, DAY, 10_000_000).keep(answer);

        Optional<Answer> onB = new StoredAnswers(replicas.b, DAY, 10_000_000).find(id);

        assertThat(onB).contains(answer);
        assertThat(onB.get().result().get().rows().get(0).get(1)).isInstanceOf(BigDecimal.class);
    }

    @Test
    void theFinishedAnswerReplacesItsDraftUnderTheSameIdOnEveryReplica() {
        Answer draft = answerWithRows(3, 10);
        StoredAnswers onA = new StoredAnswers(replicas.a, DAY, 10_000_000);
        String id = onA.keep(draft);
        Answer finished = new Answer(
                draft.question(),
                draft.sql(),
                draft.result(),
                Optional.of("Three rows."),
                draft.error(),
                draft.provider(),
                draft.model(),
                draft.keyMasked(),
                draft.timings(),
                draft.cached(),
                Optional.of(42L));
        onA.replace(id, finished);
        onA.replace("not-an-id'; DROP TABLE x", finished);

        assertThat(new StoredAnswers(replicas.b, DAY, 10_000_000).find(id)).contains(finished);
    }

    @Test
    void archivedAnswerSurvivesARestart() {
        Answer failed = new Answer(
                new Question("how many unicorns?", "U1", "discord", Optional.empty()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new AnswerError(AnswerError.Code.NO_SQL, "No SQL for that.")),
                Optional.of("groq"),
                Optional.of("m1"),
                Optional.of("gsk_…a1b2"),
                new Timings(5, 0, 0, 7),
                false,
                Optional.of(9L));
        String id = new StoredAnswers(replicas.a, DAY, 10_000_000).keep(failed);

        StateStore restarted = replicas.restartedA();
        assertThat(new StoredAnswers(restarted, DAY, 10_000_000).find(id)).contains(failed);
    }

    @Test
    void idsAreShortAndUnguessable() {
        StoredAnswers archive = new StoredAnswers(replicas.a, DAY, 10_000_000);
        String first = archive.keep(answerWithRows(1, 10));
        String second = archive.keep(answerWithRows(1, 10));

        assertThat(first).matches("[0-9a-f]{16}").isNotEqualTo(second);
    }

    @Test
    void archiveDropsOldestAnswersBeyondItsByteBound() {
        long bound = 20_000;
        StoredAnswers archive = new StoredAnswers(replicas.a, DAY, bound);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // random hex compresses to about half: each answer takes ~3.5 KB of the bound
            ids.add(archive.keep(answerWithRows(100, 64)));
        }
        StoredAnswers onB = new StoredAnswers(replicas.b, DAY, bound);

        assertThat(replicas.db.count("SELECT sum(bytes) FROM askbar.answer_archive"))
                .isLessThanOrEqualTo(bound);
        assertThat(onB.find(ids.get(0))).as("the oldest").isEmpty();
        assertThat(onB.find(ids.get(ids.size() - 1))).as("the newest").isPresent();
        int kept = (int) ids.stream().filter(id -> onB.find(id).isPresent()).count();
        // whatever is kept is the newest ones, in one run
        assertThat(ids.subList(ids.size() - kept, ids.size()))
                .allSatisfy(id -> assertThat(onB.find(id)).isPresent());
        assertThat(kept).isBetween(4, 6);
    }

    @Test
    void archiveForgetsAnswersOlderThanItsAge() {
        StoredAnswers archive = new StoredAnswers(replicas.a, DAY, 10_000_000);
        String old = archive.keep(answerWithRows(1, 10));
        String fresh = archive.keep(answerWithRows(1, 10));
        replicas.db.execute(
                "UPDATE askbar.answer_archive SET created_at = now() - interval '25 hours' WHERE id = '" + old + "'");

        assertThat(archive.find(old)).isEmpty();
        assertThat(archive.cleanUp()).isEqualTo(1);
        assertThat(archive.find(fresh)).isPresent();
        assertThat(replicas.db.count("SELECT count(*) FROM askbar.answer_archive"))
                .isEqualTo(1);
    }

    @Test
    void answerTooBigForTheArchiveKeepsItsSqlButNotItsRows() {
        StoredAnswers archive = new StoredAnswers(replicas.a, DAY, 8_000);
        Answer big = answerWithRows(100, 64);

        Optional<Answer> found = archive.find(archive.keep(big));

        assertThat(found).hasValueSatisfying(a -> {
            assertThat(a.sql()).isEqualTo(big.sql());
            assertThat(a.result()).isEmpty();
            assertThat(a.auditId()).isEqualTo(big.auditId());
        });
    }

    @Test
    void forgedIdsFindNothing() {
        StoredAnswers archive = new StoredAnswers(replicas.a, DAY, 10_000_000);
        archive.keep(answerWithRows(1, 10));

        assertThat(archive.find("' OR ''='")).isEmpty();
        assertThat(archive.find("0123456789abcdef")).isEmpty();
        assertThat(archive.find("")).isEmpty();
        assertThat(archive.find(null)).isEmpty();
    }

    @Test
    void answersStayAvailableOnTheirReplicaWhileTheStateDatabaseIsDown() {
        StoredAnswers archive = new StoredAnswers(replicas.a, DAY, 10_000_000);
        replicas.cutOffA();
        Answer answer = answerWithRows(2, 10);

        String id = archive.keep(answer);

        assertThat(archive.find(id)).contains(answer);
    }

    static Answer answerWithEveryKindOfCell() {
        List<ResultColumn> columns = List.of(
                new ResultColumn("id", "int8", ValueKind.INTEGER),
                new ResultColumn("price", "numeric", ValueKind.DECIMAL),
                new ResultColumn("ratio", "float8", ValueKind.FLOAT),
                new ResultColumn("active", "bool", ValueKind.BOOLEAN),
                new ResultColumn("day", "date", ValueKind.DATE),
                new ResultColumn("at", "timestamp", ValueKind.TIMESTAMP),
                new ResultColumn("at_tz", "timestamptz", ValueKind.TIMESTAMP_TZ),
                new ResultColumn("time", "time", ValueKind.TIME),
                new ResultColumn("name", "text", ValueKind.TEXT),
                new ResultColumn("doc", "jsonb", ValueKind.JSON),
                new ResultColumn("tags", "_text", ValueKind.ARRAY),
                new ResultColumn("uid", "uuid", ValueKind.OTHER));
        List<Object> full = List.of(
                42L,
                new BigDecimal("1234.50"),
                0.1 + 0.2,
                true,
                LocalDate.of(2026, 2, 28),
                LocalDateTime.of(2026, 2, 28, 13, 5, 0, 123_456_000),
                OffsetDateTime.of(2026, 2, 28, 13, 5, 0, 0, ZoneOffset.ofHours(-8)),
                LocalTime.of(9, 30),
                "Zoë's \"café\" 🚀\nnext line",
                "{\"a\": [1, 2]}",
                "{a,b}",
                "6f1c1a9e-0000-4000-8000-000000000001");
        List<Object> empty = Arrays.asList(new Object[columns.size()]);
        QueryResult result = new QueryResult(columns, List.of(full, empty), true);
        return new Answer(
                new Question("what did Zoë buy?", "U42", "slack", Optional.of("C1:1700000000.000100")),
                Optional.of("SELECT * FROM orders"),
                Optional.of(result),
                Optional.of("Zoë bought one thing."),
                Optional.empty(),
                Optional.of("gemini"),
                Optional.of("gemini-2.5-flash"),
                Optional.of("AIza…9xyz"),
                new Timings(1200, 30, 800, 2100),
                true,
                Optional.of(77L));
    }

    static Answer answerWithRows(int rows, int hexCharsPerCell) {
        SecureRandom random = new SecureRandom();
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            byte[] bytes = new byte[hexCharsPerCell / 2];
            random.nextBytes(bytes);
            data.add(List.of((long) i, HexFormat.of().formatHex(bytes)));
        }
        QueryResult result = new QueryResult(
                List.of(
                        new ResultColumn("n", "int8", ValueKind.INTEGER),
                        new ResultColumn("token", "text", ValueKind.TEXT)),
                data,
                false);
        return new Answer(
                new Question("tokens?", "U1", "slack", Optional.empty()),
                Optional.of("SELECT n, token FROM t"),
                Optional.of(result),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new Timings(1, 1, 0, 2),
                false,
                Optional.of(5L));
    }
}
