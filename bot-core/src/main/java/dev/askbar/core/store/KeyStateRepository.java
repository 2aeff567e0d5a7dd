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

/** Key state and daily usage in {@code askbar.key_state} and {@code askbar.key_usage}, by fingerprint only. */
public final class KeyStateRepository implements KeyStateStore {
    private static final String SAVE_STATE = """
            INSERT INTO askbar.key_state (provider, fingerprint, quota_group, model, state, reason, until, updated_at)
            VALUES (?,?,?,?,?,?,?, now())
            ON CONFLICT (provider, fingerprint, model) DO UPDATE SET quota_group = EXCLUDED.quota_group,
                state = EXCLUDED.state, reason = EXCLUDED.reason, until = EXCLUDED.until, updated_at = now()""";
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

    @Override
    public List<SavedKeyState> loadStates(Instant now) {
        List<SavedKeyState> states = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(LOAD_STATES)) {
            ps.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    KeyState state;
                    try {
                        state = KeyState.valueOf(rs.getString("state"));
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    Timestamp until = rs.getTimestamp("until");
                    states.add(new SavedKeyState(rs.getString("provider"), rs.getString("fingerprint"),
                            rs.getString("quota_group"), rs.getString("model"), state,
                            Optional.ofNullable(rs.getString("reason")).orElse(""),
                            Optional.ofNullable(until).map(Timestamp::toInstant)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("key state unreadable: " + e.getMessage(), e);
        }
        return states;
    }

    @Override
    public List<KeyUsage> loadUsage(LocalDate day) {
        List<KeyUsage> rows = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(LOAD_USAGE)) {
            ps.setDate(1, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer[] latencies = (Integer[]) rs.getArray("latencies_ms").getArray();
                    rows.add(new KeyUsage(rs.getString("provider"), rs.getString("fingerprint"), rs.getString("model"),
                            rs.getDate("day").toLocalDate(), rs.getInt("requests"), rs.getInt("successes"),
                            rs.getInt("failures"), rs.getLong("tokens_in"), rs.getLong("tokens_out"),
                            Arrays.asList(latencies), Optional.ofNullable(rs.getString("last_error"))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("key usage unreadable: " + e.getMessage(), e);
        }
        return rows;
    }

    @Override
    public void saveState(SavedKeyState state) {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(SAVE_STATE)) {
            ps.setString(1, state.provider());
            ps.setString(2, state.fingerprint());
            ps.setString(3, state.group());
            ps.setString(4, state.model());
            ps.setString(5, state.state().name());
            ps.setString(6, state.reason());
            ps.setTimestamp(7, state.until().map(Timestamp::from).orElse(null));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("key state not written: " + e.getMessage(), e);
        }
    }

    @Override
    public void addUsage(KeyUsage delta) {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(ADD_USAGE)) {
            ps.setString(1, delta.provider());
            ps.setString(2, delta.fingerprint());
            ps.setString(3, delta.model());
            ps.setDate(4, Date.valueOf(delta.day()));
            ps.setInt(5, delta.requests());
            ps.setInt(6, delta.successes());
            ps.setInt(7, delta.failures());
            ps.setLong(8, delta.tokensIn());
            ps.setLong(9, delta.tokensOut());
            ps.setLong(10, delta.latenciesMs().stream().mapToLong(Integer::longValue).sum());
            ps.setString(11, delta.lastError().orElse(null));
            Array latencies = c.createArrayOf("integer", delta.latenciesMs().toArray());
            ps.setArray(12, latencies);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("key usage not written: " + e.getMessage(), e);
        }
    }
}
