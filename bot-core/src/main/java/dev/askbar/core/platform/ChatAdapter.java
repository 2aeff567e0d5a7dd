package dev.askbar.core.platform;

/** A chat platform connection that turns its events into questions; started and stopped by the launcher. */
public interface ChatAdapter extends AutoCloseable {

    /** "discord" or "slack". */
    String name();

    /** Connects and starts taking events; returns once connected or throws with one clear sentence. */
    void start() throws Exception;

    /** True while the platform connection is up, for {@code /health}. */
    boolean connected();

    /** Stops taking new events and lets answers in flight finish. */
    @Override
    void close();
}
