package dev.askbar.core.engine;

import dev.askbar.core.schema.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's business terms ("active customer = ordered in the last 90 days", "supplier: vendor"), one per line
 * in a plain file. Each line goes into the SQL prompt, and a {@code term: meaning} or {@code term = meaning}
 * line also teaches schema linking that the term may be called by the meaning's words (docs/glossary.md).
 * Re-read whenever the file changes, so editing it needs no restart. Lines starting with # are comments.
 */
public final class Glossary {
    private static final Logger log = LoggerFactory.getLogger(Glossary.class);
    private static final int MAX_CHARS = 4000;

    private final Optional<Path> file;
    private volatile FileTime readAt;
    private volatile String text = "";
    private volatile Vocabulary vocabulary = Vocabulary.none();

    private Glossary(Optional<Path> file) {
        this.file = file;
    }

    public static Glossary none() {
        return new Glossary(Optional.empty());
    }

    public static Glossary fromFile(Path file) {
        return new Glossary(Optional.of(file));
    }

    /** The terms as prompt text; empty when there is no file. */
    public String text() {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return "";
        }
        reload();
        return text;
    }

    /** The terms as words for schema linking; none when there is no file. */
    public Vocabulary vocabulary() {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Vocabulary.none();
        }
        reload();
        return vocabulary;
    }

    private synchronized void reload() {
        try {
            FileTime modified = Files.getLastModifiedTime(file.get());
            if (!modified.equals(readAt)) {
                StringBuilder sb = new StringBuilder();
                List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
                for (String line : lines) {
                    String l = line.strip();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        sb.append("- ")
                                .append(l.startsWith("- ") ? l.substring(2) : l)
                                .append('\n');
                    }
                }
                text = sb.length() > MAX_CHARS ? sb.substring(0, MAX_CHARS) : sb.toString();
                vocabulary = Vocabulary.parse(lines);
                readAt = modified;
                log.info(
                        "glossary loaded from {} ({} lines)",
                        file.get(),
                        text.lines().count());
            }
        } catch (IOException e) {
            log.warn("glossary unreadable: {}", e.getMessage());
        }
    }
}
