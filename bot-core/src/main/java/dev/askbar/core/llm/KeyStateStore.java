package dev.askbar.core.llm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the router remembers key state and daily usage across restarts. Keys appear only as fingerprints.
 * Writes happen off the request path, so an implementation may block.
 */
public interface KeyStateStore {

    /** States whose {@code until} is after {@code now} (or open-ended). */
    List<SavedKeyState> loadStates(Instant now);

    List<KeyUsage> loadUsage(LocalDate day);

    /** Replaces the state saved for the same provider, fingerprint and model. */
    void saveState(SavedKeyState state);

    /** Adds these counts to the day's row; {@code latenciesMs} are appended to the recent sample. */
    void addUsage(KeyUsage delta);

    /**
     * What a provider's response said is left of a quota group's per-minute token budget for a model, so that
     * other replicas sharing the store skip a group that is nearly drained. A store that is not shared may
     * ignore it.
     */
    default void saveBudget(String provider, String group, String model, int tokensLeft, Instant resetsAt) {}
}
