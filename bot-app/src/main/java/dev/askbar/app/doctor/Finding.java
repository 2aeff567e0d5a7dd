package dev.askbar.app.doctor;

import java.util.Optional;

/**
 * One line of the checklist.
 *
 * @param item   what was checked, e.g. "data role read-only"
 * @param detail what was found, in words; never a secret
 * @param fix    for a failure or warning: what to do about it
 */
public record Finding(String item, Status status, String detail, Optional<String> fix) {

    public enum Status {
        /** Fine. */
        OK,
        /** Worth knowing, but AskBar can run. */
        WARNING,
        /** AskBar cannot run safely or at all: {@code askbar doctor} exits non-zero. */
        FAILED,
        /** Not checked because that part is not configured. */
        SKIPPED
    }

    public static Finding ok(String item, String detail) {
        return new Finding(item, Status.OK, detail, Optional.empty());
    }

    public static Finding failed(String item, String detail, String fix) {
        return new Finding(item, Status.FAILED, detail, Optional.of(fix));
    }

    public static Finding warning(String item, String detail, String fix) {
        return new Finding(item, Status.WARNING, detail, Optional.of(fix));
    }

    public static Finding skipped(String item, String why) {
        return new Finding(item, Status.SKIPPED, why, Optional.empty());
    }
}
