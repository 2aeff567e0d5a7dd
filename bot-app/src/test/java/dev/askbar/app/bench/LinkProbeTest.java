package dev.askbar.app.bench;

import dev.askbar.core.schema.LinkedSchema;
import dev.askbar.core.schema.SchemaLinker;
import dev.askbar.core.schema.TableInfo;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scratch probe (not committed): prints what the linker chose for the questions in -Dprobe.file. */
class LinkProbeTest {
    @Test
    void probe() {
        String file = System.getProperty("probe.file");
        if (file == null) return;
        String only = System.getProperty("probe.only", "");
        SchemaLinker linker = new SchemaLinker(LinkingBench.BUDGET);
        for (LinkingBench.Question q : LinkingBench.questions(file)) {
            if (!q.text().contains(only)) continue;
            LinkedSchema l = linker.link(q.text(), LinkingBench.snapshot(q.database()));
            var chosen = l.tables().stream().map(TableInfo::qualifiedName).collect(Collectors.toList());
            var missing = q.gold().stream().filter(g -> !chosen.contains(g)).toList();
            System.out.println("Q: " + q.text() + (missing.isEmpty() ? "  OK" : "  MISSING " + missing));
            System.out.println("   chosen(" + l.estimatedTokens() + "): "
                    + String.join(" ", chosen).replace(q.database().equals("musicbrainz") ? "musicbrainz." : "@@", ""));
            if (Boolean.getBoolean("probe.prompt")) System.out.println(l.text());
        }
    }
}
