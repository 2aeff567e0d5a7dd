package dev.askbar.core.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.askbar.core.engine.Answer;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Recent answers behind short ids, so buttons ("Show SQL", "CSV", 👍/👎) carry an id of a few characters
 * instead of the SQL or the file: Discord button ids hold 100 characters and Slack values 2,000.
 */
public final class AnswerArchive {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cache<String, Answer> answers;

    public AnswerArchive(Duration keep, int maxAnswers) {
        this.answers = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(maxAnswers).build();
    }

    /** Keeps the answer and returns its id (12 hex characters, unguessable). */
    public String keep(Answer answer) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        answers.put(id, answer);
        return id;
    }

    public Optional<Answer> find(String id) {
        return Optional.ofNullable(answers.getIfPresent(id));
    }
}
