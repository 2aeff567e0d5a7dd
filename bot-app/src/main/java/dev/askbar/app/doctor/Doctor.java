package dev.askbar.app.doctor;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the checklist in order; one check failing, or throwing, never stops the others. */
public final class Doctor {
    private static final Logger log = LoggerFactory.getLogger(Doctor.class);

    private record Named(String item, DoctorCheck check) {}

    private final List<Named> checks = new ArrayList<>();

    /** @param item names the check in the report should it throw */
    public Doctor add(String item, DoctorCheck check) {
        checks.add(new Named(item, check));
        return this;
    }

    public DoctorReport run() {
        List<Finding> findings = new ArrayList<>();
        for (Named named : checks) {
            try {
                findings.addAll(named.check().run());
            } catch (Exception | LinkageError e) {
                log.warn("doctor: check {} failed", named.item(), e);
                findings.add(Finding.failed(
                        named.item(),
                        "the check itself failed (" + e.getClass().getSimpleName() + ")",
                        "see the log in ~/.askbar/logs for the details"));
            }
        }
        return new DoctorReport(findings);
    }
}
