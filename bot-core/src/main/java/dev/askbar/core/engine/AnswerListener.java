package dev.askbar.core.engine;

/** Told of every answer once it is complete and audited: metrics, for one. */
public interface AnswerListener {

    void answered(Answer answer);
}
