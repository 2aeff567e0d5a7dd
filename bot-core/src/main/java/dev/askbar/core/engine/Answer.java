package dev.askbar.core.engine;

import dev.askbar.core.sql.QueryResult;

import java.util.Optional;

/** Everything an adapter needs to show for one question; {@link #error()} is present when there is no table. */
public record Answer(Question question, Optional<String> sql, Optional<QueryResult> result, Optional<String> summary,
                     Optional<AnswerError> error, Optional<String> provider, Optional<String> model,
                     Optional<String> keyMasked, Timings timings) {

    public boolean ok() {
        return error.isEmpty();
    }
}
