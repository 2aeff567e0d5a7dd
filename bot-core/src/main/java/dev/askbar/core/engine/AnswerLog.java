package dev.askbar.core.engine;

import java.time.Duration;
import java.util.List;

/**
 * Where the engine writes every answer and reads a conversation's earlier turns. The state store's audit log is
 * the real one; the engine owns the interface so it never imports the store back.
 */
public interface AnswerLog {

    /** Keeps the answer (answered or not); returns its id for feedback, or 0 when it could not be written yet. */
    long record(Answer answer);

    /** The conversation's latest answered turns, oldest first, no older than {@code within}. */
    List<Turn> recentTurns(String conversation, int limit, Duration within);
}
