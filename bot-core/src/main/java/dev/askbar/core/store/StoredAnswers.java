package dev.askbar.core.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.askbar.core.engine.Answer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recent answers behind short unguessable ids, in the state database, so the buttons under an answer ("Show SQL",
 * "CSV", 👍/👎) work on every replica and after a restart. Bounded by age and by total size: beyond either, the
 * oldest answers go first. Answers are stored whole (question, SQL, columns and rows, summary, audit id) as
 * compressed JSON; an answer bigger than a quarter of the bound is kept without its rows.
 * The bound counts compressed bytes; it is exceeded by at most about a hundredth between cleanups.
 *
 * <p>While the state database cannot be reached, answers are kept in this process's memory instead, so the
 * buttons still work on the replica that answered.
 */
public final class StoredAnswers {
    private static final Logger log = LoggerFactory.getLogger(StoredAnswers.class);
    /** 64 random bits: 16 hex characters, well inside a Discord button id's 100. */
    static final int ID_BYTES = 8;

    private static final Pattern ID = Pattern.compile("[0-9a-f]{" + 2 * ID_BYTES + "}");
    static final Duration CLEANUP_EVERY = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DROP_OLD =
            "DELETE FROM askbar.answer_archive WHERE created_at <= now() - make_interval(secs => ?)";
    // newest first: everything after the answer that crosses the bound goes
    private static final String DROP_BEYOND_BOUND = """
            DELETE FROM askbar.answer_archive WHERE id IN (
                SELECT id FROM (SELECT id, sum(bytes) OVER (ORDER BY created_at DESC, id DESC) AS newer_bytes
                                FROM askbar.answer_archive) t
                WHERE newer_bytes > ?)""";

    private final StateStore store;
    private final Duration maxAge;
    private final long maxBytes;
    private final ThrottledWarning warning = new ThrottledWarning(log);
    private final Cache<String, Answer> keptHere;
    private final AtomicLong bytesSinceCleanup = new AtomicLong();
    private final Periodic cleanups = new Periodic(CLEANUP_EVERY);

    /** Keeps answers for {@code maxAge}, and at most {@code maxBytes} of them (compressed) in all. */
    public StoredAnswers(StateStore store, Duration maxAge, long maxBytes) {
        this.store = store;
        this.maxAge = maxAge;
        this.maxBytes = maxBytes;
        this.keptHere = Caffeine.newBuilder()
                .expireAfterWrite(maxAge)
                .maximumSize(1_000)
                .build();
    }

    /** Keeps the answer and returns its id. Never throws. */
    public String keep(Answer answer) {
        byte[] random = new byte[ID_BYTES];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        write(id, answer);
        return id;
    }

    /** Puts a newer version of an answer (its summary, its audit id) under the id it already has. Never throws. */
    public void replace(String id, Answer answer) {
        if (id != null && ID.matcher(id).matches()) {
            write(id, answer);
        }
    }

    private void write(String id, Answer answer) {
        byte[] body = AnswerJson.write(answer);
        if (body.length > maxBytes / 4 && answer.result().isPresent()) {
            log.info(
                    "answer {} is {} KB compressed, more than a quarter of the archive: kept without its rows",
                    id,
                    body.length / 1024);
            body = AnswerJson.write(new Answer(
                    answer.question(),
                    answer.sql(),
                    Optional.empty(),
                    answer.summary(),
                    answer.error(),
                    answer.provider(),
                    answer.model(),
                    answer.keyMasked(),
                    answer.timings(),
                    answer.cached(),
                    answer.auditId()));
        }
        if (!store.available()) {
            keptHere.put(id, answer);
            return;
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("INSERT INTO askbar.answer_archive (id, bytes, body) VALUES (?, ?, ?) "
                                + "ON CONFLICT (id) DO UPDATE SET bytes = EXCLUDED.bytes, body = EXCLUDED.body")) {
            ps.setString(1, id);
            ps.setInt(2, body.length);
            ps.setBytes(3, body);
            ps.executeUpdate();
        } catch (SQLException e) {
            store.failed(e);
            warning.warn("answer archive unavailable ({}); keeping answers in memory on this replica", e.getMessage());
            keptHere.put(id, answer);
            return;
        }
        keptHere.invalidate(id);
        cleanUpNowAndThen(body.length);
    }

    /** The answer kept under {@code id}, unless it is older than the age bound or was dropped for space. */
    public Optional<Answer> find(String id) {
        // the id comes back from a chat platform, where anyone can send anything
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Answer here = keptHere.getIfPresent(id);
        if (here != null || !store.available()) {
            return Optional.ofNullable(here);
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT body FROM askbar.answer_archive WHERE id = ? AND created_at > now() - make_interval(secs => ?)")) {
            ps.setString(1, id);
            ps.setDouble(2, maxAge.toMillis() / 1000.0);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(AnswerJson.read(rs.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            store.failed(e);
            warning.warn("answer archive unavailable: {}", e.getMessage());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            log.warn("archived answer {} is unreadable: {}", id, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * After a hundredth of the bound was added, or {@link #CLEANUP_EVERY}, whichever comes first: a cleanup reads
     * the whole table (about 9 ms with 10,000 answers), too much to pay on every answer, and the age bound is
     * also applied when reading.
     */
    private void cleanUpNowAndThen(int added) {
        long bytes = bytesSinceCleanup.addAndGet(added);
        if (cleanups.due(bytes >= maxBytes / 100)) {
            bytesSinceCleanup.set(0);
            cleanUp();
        }
    }

    /**
     * Drops answers past the age bound, then the oldest beyond the byte bound; returns how many. One replica at a
     * time: another that finds the cleanup running skips it (two would only delete the same rows). Between
     * cleanups the archive may exceed its bound by about a hundredth.
     */
    int cleanUp() {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement(
                                "SELECT pg_try_advisory_xact_lock(hashtext('askbar.answer_archive'))");
                        ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        c.rollback();
                        return 0;
                    }
                }
                int dropped;
                try (PreparedStatement old = c.prepareStatement(DROP_OLD)) {
                    old.setDouble(1, maxAge.toMillis() / 1000.0);
                    dropped = old.executeUpdate();
                }
                try (PreparedStatement beyond = c.prepareStatement(DROP_BEYOND_BOUND)) {
                    beyond.setLong(1, maxBytes);
                    dropped += beyond.executeUpdate();
                }
                c.commit();
                log.debug("answer archive: dropped {} answers", dropped);
                return dropped;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            store.failed(e);
            warning.warn("answer archive not cleaned up: {}", e.getMessage());
            return 0;
        }
    }
}
