package dev.askbar.core.store;

import dev.askbar.core.engine.AskerLimits;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-asker limits, held across every replica sharing the state database: at most N questions in any sliding
 * minute (the semantics of the engine's in-memory {@code AskerRateLimit}: a refused question is not counted, and
 * the wait is until the oldest counted question leaves the window), and at most a few questions in flight at once.
 * Each check is one atomic statement, so replicas racing for the same asker cannot both slip through.
 *
 * <p>A question in flight holds a slot under a lease that this replica renews while the question runs; a replica
 * that dies stops renewing, and its slots free up within {@link #LEASE}. The database clock decides every time,
 * so replicas whose clocks differ still agree.
 *
 * <p>When the state database cannot be reached both limits <em>fail open</em> (the question is allowed, a warning
 * is logged once a minute): an outage of AskBar's bookkeeping should not silence it. Keep the engine's in-memory
 * limit in front of this one as the per-replica backstop for that case.
 */
public final class SharedAskerLimits implements AskerLimits, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SharedAskerLimits.class);
    public static final int DEFAULT_IN_FLIGHT_PER_ASKER = 2;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Longer than a renewal period with room to spare; how long a dead replica's slots stay taken. */
    static final Duration LEASE = Duration.ofSeconds(90);

    private static final SecureRandom RANDOM = new SecureRandom();

    // counts only questions inside the window, and appends this one only when fewer than the limit are there
    private static final String ACQUIRE = """
            INSERT INTO askbar.asker_rate AS r (platform, asker, asked) VALUES (?, ?, ARRAY[now()])
            ON CONFLICT (platform, asker) DO UPDATE
                SET asked = ARRAY(SELECT t FROM unnest(r.asked) t WHERE t > now() - make_interval(secs => ?) ORDER BY t)
                    || now()
                WHERE (SELECT count(*) FROM unnest(r.asked) t WHERE t > now() - make_interval(secs => ?)) < ?
            RETURNING 1""";
    private static final String WAIT = """
            SELECT extract(epoch FROM min(t) + make_interval(secs => ?) - now())
            FROM askbar.asker_rate, unnest(asked) t
            WHERE platform = ? AND asker = ? AND t > now() - make_interval(secs => ?)""";
    private static final String ENTER = """
            INSERT INTO askbar.asker_in_flight AS f (platform, asker, slot, permit, held_by, expires_at)
            VALUES (?, ?, ?, ?, ?, now() + make_interval(secs => ?))
            ON CONFLICT (platform, asker, slot) DO UPDATE SET permit = EXCLUDED.permit, held_by = EXCLUDED.held_by,
                expires_at = EXCLUDED.expires_at
            WHERE f.expires_at <= now()
            RETURNING 1""";

    private final StateStore store;
    private final int perWindow;
    private final int inFlightPerAsker;
    private final Duration window;
    private final Duration lease;
    private final ThrottledWarning warning = new ThrottledWarning(log);
    private final Set<String> heldHere = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewer;

    /** {@code perMinute} questions per asker in any minute, {@code inFlightPerAsker} at once. */
    public SharedAskerLimits(StateStore store, int perMinute, int inFlightPerAsker) {
        this(store, perMinute, inFlightPerAsker, WINDOW, LEASE);
    }

    SharedAskerLimits(StateStore store, int perWindow, int inFlightPerAsker, Duration window, Duration lease) {
        this.store = store;
        this.perWindow = perWindow;
        this.inFlightPerAsker = inFlightPerAsker;
        this.window = window;
        this.lease = lease;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "askbar-asker-limits");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, lease.toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renewAndTidy, every, every, TimeUnit.MILLISECONDS);
    }

    /** Counts the question, or says how long to wait when the asker is over the limit. */
    @Override
    public Optional<Duration> tryAcquire(String platform, String asker) {
        if (!store.available()) {
            return failOpen("the state database failed moments ago");
        }
        try (Connection c = store.dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(ACQUIRE)) {
                ps.setString(1, platform);
                ps.setString(2, asker);
                ps.setDouble(3, seconds(window));
                ps.setDouble(4, seconds(window));
                ps.setInt(5, perWindow);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.empty();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(WAIT)) {
                ps.setDouble(1, seconds(window));
                ps.setString(2, platform);
                ps.setString(3, asker);
                ps.setDouble(4, seconds(window));
                try (ResultSet rs = ps.executeQuery()) {
                    double wait = rs.next() ? rs.getDouble(1) : 0;
                    // the oldest question may have left the window between the two statements: a moment then
                    return Optional.of(Duration.ofMillis(Math.max(1, Math.round(wait * 1000))));
                }
            }
        } catch (SQLException e) {
            store.failed(e);
            return failOpen(e.getMessage());
        }
    }

    private Optional<Duration> failOpen(String why) {
        warning.warn("shared rate limit unavailable ({}); allowing the question", why);
        return Optional.empty();
    }

    /** A slot for one more question in flight, or empty when the asker already has as many as allowed. */
    @Override
    public Optional<Permit> enter(String platform, String asker) {
        if (!store.available()) {
            return Optional.of(unrecorded("the state database failed moments ago"));
        }
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        String permit = HexFormat.of().formatHex(random);
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(ENTER)) {
            for (int slot = 0; slot < inFlightPerAsker; slot++) {
                ps.setString(1, platform);
                ps.setString(2, asker);
                ps.setInt(3, slot);
                ps.setString(4, permit);
                ps.setString(5, store.replicaId());
                ps.setDouble(6, seconds(lease));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        heldHere.add(permit);
                        return Optional.of(new HeldSlot(permit));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            store.failed(e);
            return Optional.of(unrecorded(e.getMessage()));
        }
    }

    private Permit unrecorded(String why) {
        warning.warn("shared in-flight limit unavailable ({}); allowing the question", why);
        return () -> {};
    }

    /** A slot recorded in the database. */
    private final class HeldSlot implements Permit {
        private final String permit;
        private final AtomicBoolean closed = new AtomicBoolean();

        HeldSlot(String permit) {
            this.permit = permit;
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            heldHere.remove(permit);
            try (Connection c = store.dataSource().getConnection();
                    PreparedStatement ps = c.prepareStatement("DELETE FROM askbar.asker_in_flight WHERE permit = ?")) {
                ps.setString(1, permit);
                ps.executeUpdate();
            } catch (SQLException e) {
                store.failed(e);
                warning.warn(
                        "in-flight slot not released ({}); it frees itself within {} s",
                        e.getMessage(),
                        lease.toSeconds());
            }
        }
    }

    /** Extends the leases of this replica's questions in flight, and deletes what no longer limits anyone. */
    private void renewAndTidy() {
        try (Connection c = store.dataSource().getConnection()) {
            String[] held = heldHere.toArray(String[]::new);
            if (held.length > 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE askbar.asker_in_flight SET expires_at = now() + make_interval(secs => ?) WHERE permit = ANY(?)")) {
                    Array permits = c.createArrayOf("text", held);
                    ps.setDouble(1, seconds(lease));
                    ps.setArray(2, permits);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM askbar.asker_rate WHERE asked[cardinality(asked)] <= now() - make_interval(secs => ?)")) {
                ps.setDouble(1, seconds(window));
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM askbar.asker_in_flight WHERE expires_at <= now()");
            }
        } catch (SQLException | RuntimeException e) {
            warning.warn("in-flight leases not renewed: {}", e.getMessage());
        }
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    /** Stops renewing leases; slots still held expire on their own. */
    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
