package dev.askbar.core.llm.bench;

import dev.askbar.core.llm.KeyStateStore;
import dev.askbar.core.llm.KeyUsage;
import dev.askbar.core.llm.SavedKeyState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A state store in memory, one per router: it forgets at a restart, like a process without a state store. */
final class MemoryStore implements KeyStateStore {
    private final Map<String, SavedKeyState> states = new ConcurrentHashMap<>();

    @Override
    public List<SavedKeyState> loadStates(Instant now) {
        return states.values().stream()
                .filter(s -> s.until().map(now::isBefore).orElse(true))
                .toList();
    }

    @Override
    public List<KeyUsage> loadUsage(LocalDate day) {
        return List.of();
    }

    @Override
    public void saveState(SavedKeyState state) {
        states.put(state.provider() + "/" + state.fingerprint() + "/" + state.model(), state);
    }

    @Override
    public void addUsage(KeyUsage delta) {}
}
