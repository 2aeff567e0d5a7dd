package dev.askbar.core.store;

import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.KeyStateStore;
import dev.askbar.core.llm.KeyUsage;
import dev.askbar.core.llm.SavedKeyState;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Key state and daily usage in {@code askbar.key_state}, {@code askbar.quota_budget} and {@code askbar.key_usage},
 * by fingerprint only. Every state or budget written is also announced to the other replicas on
 * {@value #CHANNEL}; {@link KeyStateFeed} receives those announcements. Usage counts are added in the database,
 * never overwritten, so replicas counting at once lose nothing.
 */
public final class KeyStateRepository implements KeyStateStore {
    /** Where every change is announced; payloads are JSON objects, see {@link KeyStateFeed}. */
    static final String CHANNEL = "askbar_key_state";

    // Two replicas may see two limits of one group at once: a running cooldown is never shortened by a shorter
    // one, as in memory. The notification carries the row as stored and is sent when the statement commits.
    private static final String KEEPS_RUNNING_COOLDOWN =
            "k.state = 'COOLING' AND EXCLUDED.state = 'COOLING' AND k.until > now() AND k.until > EXCLUDED.until";
    private static final String SAVE_STATE = """
            WITH saved AS (
                INSERT INTO askbar.key_state AS k (provider, fingerprint, quota_group, model, state, reason, until,
                    written_by, updated_at)
                VALUES (?,?,?,?,?,?,?,?, now())
                ON CONFLICT (provider, fingerprint, model) DO UPDATE SET quota_group = EXCLUDED.quota_group,
                    state = EXCLUDED.state,
                    reason = CASE WHEN %1$s THEN k.reason ELSE EXCLUDED.reason END,
                    until = CASE WHEN %1$s THEN k.until ELSE EXCLUDED.until END,
                    written_by = EXCLUDED.written_by, updated_at = now()
                RETURNING provider, fingerprint, quota_group, model, state, reason, until, written_by)
            SELECT pg_notify('%2$s', json_build_object('kind', 'state', 'origin', written_by, 'provider', provider,
                'fingerprint', fingerprint, 'group', quota_group, 'model', model, 'state', state, 'reason', reason,
                'untilUs', (extract(epoch FROM until) * 1000000)::bigint)::text)
            FROM saved""".formatted(KEEPS_RUNNING_COOLDOWN, CHANNEL);
    private static final String SAVE_BUDGET = """
            WITH saved AS (
                INSERT INTO askbar.quota_budget (provider, quota_group, model, tokens_left, resets_at, written_by,
                    updated_at)
                VALUES (?,?,?,?,?,?, now())
                ON CONFLICT (provider, quota_group, model) DO UPDATE SET tokens_left = EXCLUDED.tokens_left,
                    resets_at = EXCLUDED.resets_at, written_by = EXCLUDED.written_by, updated_at = now()
                RETURNING provider, quota_group, model, tokens_left, resets_at, written_by)
            SELECT pg_notify('%s', json_build_object('kind', 'budget', 'origin', written_by, 'provider', provider,
                'group', quota_group, 'model', model, 'tokensLeft', tokens_left,
                'resetsAtUs', (extract(epoch FROM resets_at) * 1000000)::bigint)::text)
            FROM saved""".formatted(CHANNEL);
    private static final String OTHERS_STATES = """
            SELECT provider, fingerprint, quota_group, model, state, reason, until FROM askbar.key_state
            WHERE written_by <> ? AND (until IS NULL OR until > ?)""";
    private static final String OTHERS_BUDGETS = """
            SELECT provider, quota_group, model, tokens_left, resets_at FROM askbar.quota_budget
            WHERE written_by <> ? AND resets_at > ?""";
    private static final String LOAD_STATES = """
            SELECT provider, fingerprint, quota_group, model, state, reason, until FROM askbar.key_state
            WHERE until IS NULL OR until > ?""";
    // two processes (a CLI question while the bot runs) may count at once: add, never overwrite
    private static final String ADD_USAGE = """
            INSERT INTO askbar.key_usage AS u (provider, fingerprint, model, day, requests, successes, failures,
                tokens_in, tokens_out, latency_ms_sum, last_error, latencies_ms)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT (provider, fingerprint, model, day) DO UPDATE SET
                requests = u.requests + EXCLUDED.requests,
                successes = u.successes + EXCLUDED.successes,
                failures = u.failures + EXCLUDED.failures,
                tokens_in = u.tokens_in + EXCLUDED.tokens_in,
                tokens_out = u.tokens_out + EXCLUDED.tokens_out,
                latency_ms_sum = u.latency_ms_sum + EXCLUDED.latency_ms_sum,
                last_error = coalesce(EXCLUDED.last_error, u.last_error),
                latencies_ms = (u.latencies_ms || EXCLUDED.latencies_ms)[
                    greatest(1, cardinality(u.latencies_ms || EXCLUDED.latencies_ms) - 100):]""";
    private static final String LOAD_USAGE = """
            SELECT provider, fingerprint, model, day, requests, successes, failures, tokens_in, tokens_out,
                latencies_ms, last_error FROM askbar.key_usage WHERE day = ?""";

    private final StateStore store;

    public KeyStateRepository(StateStore store) {
        this.store = store;
    }

    StateStore store() {
        return store;
    }

    @Override
    public List<SavedKeyState> loadStates(Instant now) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(LOAD_STATES)) {
            ps.setTimestamp(1, Timestamp.from(now));
            return states(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("key state unreadable: " + e.getMessage(), e);
        }
    }

    /** States other replicas wrote that still hold at {@code now}, read on the given connection. */
    List<SavedKeyState> statesOfOtherReplicas(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OTHERS_STATES)) {
            ps.setString(1, store.replicaId());
            ps.setTimestamp(2, Timestamp.from(now));
            return states(ps);
        }
    }

    /** Budgets other replicas wrote that have not reset at {@code now}, read on the given connection. */
    List<SharedBudget> budgetsOfOtherReplicas(Connection c, Instant now) throws SQLException {
        List<SharedBudget> budgets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(OTHERS_BUDGETS)) {
            ps.setString(1, store.replicaId());
            ps.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    budgets.add(new SharedBudget(
                            rs.getString("provider"),
                            rs.getString("quota_group"),
                            rs.getString("model"),
                            rs.getInt("tokens_left"),
                            rs.getTimestamp("resets_at").toInstant()));
                }
            }
        }
        return budgets;
    }

    private static List<SavedKeyState> states(PreparedStatement ps) throws SQLException {
        List<SavedKeyState> states = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Optional<KeyState> state = KeyStateFeed.keyState(rs.getString("state"));
                if (state.isEmpty()) {
                    // written by a newer version that knows a state this one does not
                    continue;
                }
                Timestamp until = rs.getTimestamp("until");
                states.add(new SavedKeyState(
                        rs.getString("provider"),
                        rs.getString("fingerprint"),
                        rs.getString("quota_group"),
                        rs.getString("model"),
                        state.get(),
                        Optional.ofNullable(rs.getString("reason")).orElse(""),
                        Optional.ofNullable(until).map(Timestamp::toInstant)));
            }
        }
        return states;
    }

    @Override
    public List<KeyUsage> loadUsage(LocalDate day) {
        List<KeyUsage> rows = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(LOAD_USAGE)) {
            ps.setDate(1, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer[] latencies =
                            (Integer[]) rs.getArray("latencies_ms").getArray();
                    rows.add(new KeyUsage(
                            rs.getString("provider"),
                            rs.getString("fingerprint"),
                            rs.getString("model"),
                            rs.getDate("day").toLocalDate(),
                            rs.getInt("requests"),
                            rs.getInt("successes"),
                            rs.getInt("failures"),
                            rs.getLong("tokens_in"),
                            rs.getLong("tokens_out"),
                            Arrays.asList(latencies),
                            Optional.ofNullable(rs.getString("last_error"))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("key usage unreadable: " + e.getMessage(), e);
        }
        return rows;
    }

    /** Saves the state and announces it to the other replicas, in one statement. */
    @Override
    public void saveState(SavedKeyState state) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(SAVE_STATE)) {
            ps.setString(1, state.provider());
            ps.setString(2, state.fingerprint());
            ps.setString(3, state.group());
            ps.setString(4, state.model());
            ps.setString(5, state.state().name());
            ps.setString(6, state.reason());
            ps.setTimestamp(7, state.until().map(Timestamp::from).orElse(null));
            ps.setString(8, store.replicaId());
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("key state not written: " + e.getMessage(), e);
        }
    }

    /** Saves the budget and announces it to the other replicas, in one statement. */
    @Override
    public void saveBudget(String provider, String group, String model, int tokensLeft, Instant resetsAt) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(SAVE_BUDGET)) {
            ps.setString(1, provider);
            ps.setString(2, group);
            ps.setString(3, model);
            ps.setInt(4, tokensLeft);
            ps.setTimestamp(5, Timestamp.from(resetsAt));
            ps.setString(6, store.replicaId());
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("quota budget not written: " + e.getMessage(), e);
        }
    }

    @Override
    public void addUsage(KeyUsage delta) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(ADD_USAGE)) {
            ps.setString(1, delta.provider());
            ps.setString(2, delta.fingerprint());
            ps.setString(3, delta.model());
            ps.setDate(4, Date.valueOf(delta.day()));
            ps.setInt(5, delta.requests());
            ps.setInt(6, delta.successes());
            ps.setInt(7, delta.failures());
            ps.setLong(8, delta.tokensIn());
            ps.setLong(9, delta.tokensOut());
            ps.setLong(
                    10,
                    delta.latenciesMs().stream().mapToLong(Integer::longValue).sum());
            ps.setString(11, delta.lastError().orElse(null));
            Array latencies = c.createArrayOf("integer", delta.latenciesMs().toArray());
            ps.setArray(12, latencies);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("key usage not written: " + e.getMessage(), e);
        }
    }
}
