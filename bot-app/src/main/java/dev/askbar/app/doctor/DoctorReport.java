package dev.askbar.app.doctor;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.askbar.app.ops.PrintableText;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The checklist's findings, printed for a person or as JSON. */
public record DoctorReport(List<Finding> findings) {

    /** True when nothing failed: warnings and skipped parts do not stop AskBar. */
    public boolean ok() {
        return findings.stream().noneMatch(f -> f.status() == Finding.Status.FAILED);
    }

    public long failures() {
        return findings.stream()
                .filter(f -> f.status() == Finding.Status.FAILED)
                .count();
    }

    public void print(PrintStream out) {
        for (Finding f : findings) {
            // details and fixes may quote what a platform or the database said (a server's, a schema's name): printed
            // as plain text, one line
            out.println(mark(f.status()) + " " + f.item() + ": " + PrintableText.oneLine(f.detail()));
            f.fix().ifPresent(fix -> out.println("         fix: " + PrintableText.oneLine(fix)));
        }
        out.println();
        out.println(
                ok()
                        ? "Everything AskBar needs is fine."
                        : failures() + (failures() == 1 ? " problem" : " problems")
                                + " to fix before AskBar can run safely.");
    }

    private static String mark(Finding.Status status) {
        return switch (status) {
            case OK -> "[ ok ]  ";
            case WARNING -> "[warn]  ";
            case FAILED -> "[FAIL]  ";
            case SKIPPED -> "[skip]  ";
        };
    }

    public String toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("ok", ok());
        JsonArray checks = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.addProperty("item", f.item());
            o.addProperty("status", f.status().name().toLowerCase(Locale.ROOT));
            o.addProperty("detail", f.detail());
            o.addProperty("fix", f.fix().orElse(null));
            checks.add(o);
        }
        root.add("checks", checks);
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(root);
    }
}
