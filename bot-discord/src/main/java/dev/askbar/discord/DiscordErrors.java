package dev.askbar.discord;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InteractionExpiredException;
import net.dv8tion.jda.api.exceptions.InteractionFailureException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/** What a failed Discord request means for the asker. */
final class DiscordErrors {
    private DiscordErrors() {}

    /**
     * The interaction's token can no longer be used: its 15 minutes are over (JDA knows from the id and throws
     * {@link InteractionExpiredException}), or Discord says the interaction or its webhook is unknown (never
     * acknowledged in time, or expired). The answer then goes to the channel instead.
     */
    static boolean tokenGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // JDA fails every request on a hook whose acknowledgement failed with this "cascading" exception
            if (t instanceof InteractionExpiredException || t instanceof InteractionFailureException) {
                return true;
            }
            if (t instanceof ErrorResponseException r
                    && (r.getErrorResponse() == ErrorResponse.UNKNOWN_WEBHOOK
                            || r.getErrorResponse() == ErrorResponse.INVALID_WEBHOOK_TOKEN
                            || r.getErrorResponse() == ErrorResponse.UNKNOWN_INTERACTION)) {
                return true;
            }
        }
        return false;
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** One line for the log: Discord's code and message, never a stack trace for an expected refusal. */
    static String describe(Throwable e) {
        Throwable cause = unwrap(e);
        return cause instanceof ErrorResponseException r
                ? r.getErrorCode() + " " + r.getMeaning()
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
