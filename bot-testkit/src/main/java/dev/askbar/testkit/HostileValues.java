package dev.askbar.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shared corpus of hostile chat values ({@code hostile-values.txt}): pings, masked links, code fences and
 * entities that each platform's renderer must turn into inert text.
 */
public final class HostileValues {
    private HostileValues() {}

    /** Every value of the corpus, with "\n" turned into a line break. */
    public static List<String> all() {
        try (InputStream in = HostileValues.class.getResourceAsStream("/hostile-values.txt")) {
            if (in == null) {
                throw new IllegalStateException("hostile-values.txt is missing from bot-testkit's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .map(line -> line.replace("\\n", "\n"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
