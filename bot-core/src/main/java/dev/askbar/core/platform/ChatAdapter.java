package dev.askbar.core.platform;

/** A chat platform connection that turns its events into questions; started and stopped by the launcher. */
public interface ChatAdapter extends AutoCloseable {

    /** "discord" or "slack". */
    String name();

    /** Connects and starts taking events; returns once connected or throws with one clear sentence. */
    void start() throws Exception;

    /** True while the platform connection is up, for {@code /health}. */
    boolean connected();

    /**
     * Stops taking new events but keeps the connection, so answers already being worked on can still be posted.
     * The launcher calls this, waits for its workers, then {@link #close()}s.
     */
    default void stopTakingEvents() {}

    /** Disconnects from the platform. */
    @Override
    void close();
}
