package dev.askbar.core.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What one chat user may ask: at most N questions in any sliding minute, so one eager person cannot spend the
 * team's daily quota, and at most {@link #IN_FLIGHT} at a time, so one person cannot hold every database
 * connection and worker. Kept in this process, or in the state database so the limits hold across replicas.
 */
public interface AskerLimits {
    int IN_FLIGHT = 2;

    /** A question being answered; closing it (more than once is fine) frees the asker's slot. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Counts the question, or says how long to wait when the asker is over the limit. */
    Optional<Duration> tryAcquire(String platform, String asker);

    /** A slot for one more question in flight, or empty when the asker already has {@link #IN_FLIGHT}. */
    Optional<Permit> enter(String platform, String asker);

    static AskerLimits inMemory(int perMinute, Clock clock) {
        return new LocalAskerLimits(perMinute, clock);
    }
}
