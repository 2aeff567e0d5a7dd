package dev.askbar.app.doctor;

import java.util.List;

/**
 * One item of {@code askbar doctor}'s checklist: looks at one part of the configuration and says, per finding,
 * whether it is fine and what to do when it is not. A check may report several lines (one per key, say).
 *
 * <pre>{@code
 * DoctorCheck clock = () -> List.of(Math.abs(skewSeconds()) < 60
 *         ? Finding.ok("clock", "in step with the database")
 *         : Finding.failed("clock", "differs from the database by " + skewSeconds() + " s", "sync the host's clock (NTP)"));
 * }</pre>
 * A check that throws is reported as failed with the exception's type only; its message goes to the log.
 */
@FunctionalInterface
public interface DoctorCheck {
    List<Finding> run() throws Exception;
}
