package dev.askbar.core.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.askbar.core.engine.Answer;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Recent answers behind short ids, so buttons ("Show SQL", "CSV", 👍/👎) carry an id of a few characters
 * instead of the SQL or the file: Discord button ids hold 100 characters and Slack values 2,000. Bounded by age
 * and bytes. In memory for one process, or {@linkplain #backedBy backed} by the state database so that a button
 * works on any replica and after a restart.
 */
public final class AnswerArchive {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where answers are kept; implementations never throw (a lost answer only expires its buttons). */
    public interface Backing {
        String keep(Answer answer);

        void replace(String id, Answer answer);

        Optional<Answer> find(String id);
    }

    private final Backing backing;

    /** In this process only, for {@code keep}, and at most about {@code maxBytes}. */
    public AnswerArchive(Duration keep, long maxBytes) {
        this(new InMemory(keep, maxBytes));
    }

    private AnswerArchive(Backing backing) {
        this.backing = backing;
    }

    public static AnswerArchive backedBy(Backing backing) {
        return new AnswerArchive(backing);
    }

    /** Keeps the answer and returns its id (short, unguessable). */
    public String keep(Answer answer) {
        return backing.keep(answer);
    }

    /** Puts the finished answer (summary, audit id) where its first draft was; returns the same id. */
    String replace(String id, Answer answer) {
        backing.replace(id, answer);
        return id;
    }

    public Optional<Answer> find(String id) {
        return id == null ? Optional.empty() : backing.find(id);
    }

    private static final class InMemory implements Backing {
        private final Cache<String, Answer> answers;

        InMemory(Duration keep, long maxBytes) {
            this.answers = Caffeine.newBuilder()
                    .expireAfterWrite(keep)
                    .maximumWeight(maxBytes)
                    .<String, Answer>weigher((id, answer) -> (int) Math.min(Integer.MAX_VALUE, bytes(answer)))
                    .build();
        }

        @Override
        public String keep(Answer answer) {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            answers.put(id, answer);
            return id;
        }

        @Override
        public void replace(String id, Answer answer) {
            answers.put(id, answer);
        }

        @Override
        public Optional<Answer> find(String id) {
            return Optional.ofNullable(answers.getIfPresent(id));
        }
    }

    /** Roughly what the answer holds on the heap: two bytes a character, plus a little per cell. */
    static long bytes(Answer answer) {
        long n = 256
                + 2L
                        * (answer.sql().map(String::length).orElse(0)
                                + answer.summary().map(String::length).orElse(0)
                                + (answer.question().text() == null
                                        ? 0
                                        : answer.question().text().length()));
        if (answer.result().isPresent()) {
            for (List<Object> row : answer.result().get().rows()) {
                for (Object cell : row) {
                    n += 16 + (cell == null ? 0 : 2L * String.valueOf(cell).length());
                }
            }
        }
        return n;
    }
}
