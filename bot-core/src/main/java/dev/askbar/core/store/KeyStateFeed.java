package dev.askbar.core.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.SavedKeyState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the key state and budget changes that <em>other</em> replicas write through {@link KeyStateRepository},
 * within a fraction of a second: one connection of the state pool does {@code LISTEN} on its own daemon thread
 * (so the pool needs room for one more connection than before), and every {@link #RECONCILE_EVERY} (and after
 * each reconnect) all current states are read again, in case a notification was missed. A replica's own writes
 * are never delivered back to it, and a change already delivered is not delivered twice. {@code LISTEN} needs a
 * session of its own: behind a pooler in transaction mode (PgBouncer's default) only the reconcile works.
 *
 * <h2>How the router applies a remote change</h2>
 * Callbacks run on the feed's thread, one at a time; they must be quick and must not throw. Apply a change
 * exactly as the router's start-up restore does, and never write it back to the store (that would announce
 * it again, to every replica, for ever):
 * <ul>
 *   <li>{@code COOLING}: find the key by {@code fingerprint} in the pool of {@code provider}, then
 *       {@code pool.quota(key.group(), model).cool(now, until, FailureKind.valueOf(reason))}; the whole quota group
 *       stops taking traffic for that model, as if this replica had seen the 429 itself. {@code cool} keeps a
 *       later cooldown it already knows, so applying a change twice or out of order is harmless.</li>
 *   <li>{@code DISABLED}: {@code pool.health(key).disable(until, reason phrase)} for the key with that fingerprint
 *       ({@code model} is empty).</li>
 *   <li>{@code MODEL_RETIRED}: {@code pool.retire(model, until)} ({@code fingerprint} is
 *       {@link SavedKeyState#ANY_KEY}).</li>
 *   <li>other states: ignore (they are not shared).</li>
 *   <li>a {@link SharedBudget}: set the quota group's remaining tokens and their reset time for that model,
 *       without touching its cooldown or probe, so {@code admit} skips the group when a request needs more.</li>
 * </ul>
 * A key or provider this replica does not have configured is skipped. Start the feed after the router restored
 * its state; whatever was written in between is delivered by the first reconcile.
 */
public final class KeyStateFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KeyStateFeed.class);
    /** A missed notification is made up for within this time. */
    public static final Duration RECONCILE_EVERY = Duration.ofSeconds(30);
    /** How long one wait for notifications lasts; also how long {@link #close()} may take. */
    static final Duration POLL = Duration.ofMillis(200);

    private static final long MAX_PAUSE_MILLIS = 30_000;

    private final KeyStateRepository repository;
    private final Consumer<SavedKeyState> states;
    private final Consumer<SharedBudget> budgets;
    private final Duration reconcileEvery;
    private final Clock clock;
    private final ThrottledWarning warning = new ThrottledWarning(log);
    /** What was last delivered (or written here) per row; touched by the feed's thread only. */
    private final Map<String, Object> delivered = new HashMap<>();

    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean listening;

    private KeyStateFeed(
            KeyStateRepository repository,
            Consumer<SavedKeyState> states,
            Consumer<SharedBudget> budgets,
            Duration reconcileEvery,
            Clock clock) {
        this.repository = repository;
        this.states = states;
        this.budgets = budgets;
        this.reconcileEvery = reconcileEvery;
        this.clock = clock;
        this.thread = new Thread(this::run, "askbar-key-state-feed");
        thread.setDaemon(true);
    }

    /** Starts listening for the changes other replicas make to the store behind {@code repository}. */
    public static KeyStateFeed start(
            KeyStateRepository repository, Consumer<SavedKeyState> states, Consumer<SharedBudget> budgets) {
        return start(repository, states, budgets, RECONCILE_EVERY, Clock.systemUTC());
    }

    static KeyStateFeed start(
            KeyStateRepository repository,
            Consumer<SavedKeyState> states,
            Consumer<SharedBudget> budgets,
            Duration reconcileEvery,
            Clock clock) {
        KeyStateFeed feed = new KeyStateFeed(repository, states, budgets, reconcileEvery, clock);
        feed.thread.start();
        return feed;
    }

    /** True while the feed holds a listening connection; false while it reconnects. */
    public boolean listening() {
        return listening;
    }

    private void run() {
        long pauseMillis = 1000;
        boolean everListened = false;
        while (running) {
            try (Connection c = repository.store().dataSource().getConnection()) {
                try {
                    c.setAutoCommit(true);
                    try (Statement s = c.createStatement()) {
                        s.execute("LISTEN " + KeyStateRepository.CHANNEL);
                    }
                    PGConnection pg = c.unwrap(PGConnection.class);
                    listening = true;
                    log.info(
                            "key state feed is listening{} for changes from other replicas (this one is {})",
                            everListened ? " again" : "",
                            repository.store().replicaId());
                    everListened = true;
                    pauseMillis = 1000;
                    listen(c, pg);
                } finally {
                    listening = false;
                    unlisten(c);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                warning.warn(
                        "key state feed lost the state database ({}); reconnecting in {} s",
                        e.getMessage(),
                        pauseMillis / 1000);
                pause(pauseMillis);
                pauseMillis = Math.min(pauseMillis * 2, MAX_PAUSE_MILLIS);
            }
        }
    }

    private void listen(Connection c, PGConnection pg) throws SQLException {
        // anything written while not listening (at start, or during an outage) arrives through this first read
        reconcile(c);
        long nextReconcile = System.nanoTime() + reconcileEvery.toNanos();
        while (running) {
            PGNotification[] notifications = pg.getNotifications((int) POLL.toMillis());
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    received(n.getParameter());
                }
            }
            if (System.nanoTime() - nextReconcile >= 0) {
                // also proves the connection is alive: a silently dropped one fails here and is replaced
                reconcile(c);
                nextReconcile = System.nanoTime() + reconcileEvery.toNanos();
            }
        }
    }

    private void reconcile(Connection c) throws SQLException {
        Instant now = clock.instant();
        for (SavedKeyState state : repository.statesOfOtherReplicas(c, now)) {
            deliverState(state);
        }
        for (SharedBudget budget : repository.budgetsOfOtherReplicas(c, now)) {
            deliverBudget(budget);
        }
    }

    /** One notification; anyone who can connect may notify, so a payload that does not parse is dropped. */
    private void received(String payload) {
        JsonObject o;
        try {
            o = JsonParser.parseString(payload).getAsJsonObject();
        } catch (RuntimeException e) {
            log.debug("ignoring a key state notification that is not a JSON object");
            return;
        }
        try {
            boolean own = repository.store().replicaId().equals(text(o, "origin"));
            switch (text(o, "kind")) {
                case "state" -> {
                    Optional<KeyState> state = keyState(text(o, "state"));
                    if (state.isEmpty()) {
                        return;
                    }
                    SavedKeyState saved = new SavedKeyState(
                            text(o, "provider"),
                            text(o, "fingerprint"),
                            text(o, "group"),
                            text(o, "model"),
                            state.get(),
                            Optional.ofNullable(nullableText(o, "reason")).orElse(""),
                            micros(o, "untilUs"));
                    if (own) {
                        // this replica's newer word replaces whatever it was last told about the row
                        delivered.remove(stateRow(saved));
                    } else {
                        deliverState(saved);
                    }
                }
                case "budget" -> {
                    Optional<Instant> resetsAt = micros(o, "resetsAtUs");
                    if (resetsAt.isEmpty()) {
                        return;
                    }
                    SharedBudget budget = new SharedBudget(
                            text(o, "provider"),
                            text(o, "group"),
                            text(o, "model"),
                            o.get("tokensLeft").getAsInt(),
                            resetsAt.get());
                    if (own) {
                        delivered.remove(budgetRow(budget));
                    } else {
                        deliverBudget(budget);
                    }
                }
                default -> log.debug("ignoring a key state notification of unknown kind");
            }
        } catch (RuntimeException e) {
            log.debug("ignoring a malformed key state notification: {}", e.toString());
        }
    }

    private void deliverState(SavedKeyState state) {
        if (state.equals(delivered.put(stateRow(state), state))) {
            return;
        }
        try {
            states.accept(state);
        } catch (RuntimeException e) {
            log.error("applying a key state from another replica failed", e);
        }
    }

    private void deliverBudget(SharedBudget budget) {
        if (budget.equals(delivered.put(budgetRow(budget), budget))) {
            return;
        }
        try {
            budgets.accept(budget);
        } catch (RuntimeException e) {
            log.error("applying a quota budget from another replica failed", e);
        }
    }

    private static String stateRow(SavedKeyState s) {
        return String.join("\u0000", "state", s.provider(), s.fingerprint(), s.model());
    }

    private static String budgetRow(SharedBudget b) {
        return String.join("\u0000", "budget", b.provider(), b.group(), b.model());
    }

    static Optional<KeyState> keyState(String name) {
        try {
            return Optional.of(KeyState.valueOf(name));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject o, String field) {
        String value = nullableText(o, field);
        if (value == null) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static String nullableText(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    /** Microseconds, PostgreSQL's precision: a change read back by a reconcile then equals the one announced. */
    private static Optional<Instant> micros(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull()
                ? Optional.empty()
                : Optional.of(Instant.EPOCH.plus(e.getAsLong(), ChronoUnit.MICROS));
    }

    private static void unlisten(Connection c) {
        // the connection goes back to the pool: it must not keep collecting notifications for its next user
        try (Statement s = c.createStatement()) {
            s.execute("UNLISTEN *");
        } catch (SQLException e) {
            log.debug("UNLISTEN failed on a connection that is probably gone: {}", e.getMessage());
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening; returns within about {@link #POLL}. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
