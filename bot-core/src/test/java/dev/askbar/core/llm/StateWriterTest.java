package dev.askbar.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Usage reaches the state store summed, once per batch, and whole at a flush. */
class StateWriterTest {

    @Test
    void callsOfOneKeyAndModelAreWrittenAsOneSum() {
        RecordingStore store = new RecordingStore();
        LocalDate day = LocalDate.parse("2026-03-10");
        try (StateWriter writer = new StateWriter(Optional.of(store))) {
            for (int i = 0; i < 50; i++) {
                writer.addUsage(
                        new KeyUsage("groq", "abc123", "m", day, 1, 1, 0, 800, 20, List.of(300 + i), Optional.empty()));
            }
            writer.addUsage(new KeyUsage(
                    "groq",
                    "abc123",
                    "m",
                    day,
                    1,
                    0,
                    1,
                    0,
                    0,
                    List.of(),
                    Optional.of("rate limited per day, HTTP 429")));
            writer.addUsage(new KeyUsage("groq", "def456", "m", day, 1, 1, 0, 800, 20, List.of(310), Optional.empty()));
            writer.flush();
            assertThat(store.usage).hasSize(2);
            KeyUsage first = store.usage.get(0);
            assertThat(first.requests()).isEqualTo(51);
            assertThat(first.successes()).isEqualTo(50);
            assertThat(first.failures()).isEqualTo(1);
            assertThat(first.tokensIn()).isEqualTo(40_000);
            assertThat(first.latenciesMs()).hasSize(50).startsWith(300).endsWith(349);
            assertThat(first.lastError()).contains("rate limited per day, HTTP 429");
        }
    }

    private static final class RecordingStore implements KeyStateStore {
        final List<KeyUsage> usage = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public List<SavedKeyState> loadStates(java.time.Instant now) {
            return List.of();
        }

        @Override
        public List<KeyUsage> loadUsage(LocalDate day) {
            return List.of();
        }

        @Override
        public void saveState(SavedKeyState state) {}

        @Override
        public void addUsage(KeyUsage delta) {
            usage.add(delta);
        }
    }
}
