package dev.askbar.slack;

import com.slack.api.model.block.LayoutBlock;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.platform.Sentences;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /askbar keys} as a native table (keys masked): one row per key and model, within the table block's limits
 * (100 rows with the header, and the message's cell characters); rows that do not fit are counted in a note.
 */
final class KeysTable {
    static final String TITLE = "LLM key status (keys masked)";
    private static final List<String> HEADER = List.of(
            "Provider",
            "#",
            "Key",
            "Group",
            "Model",
            "State",
            "Until",
            "Why",
            "Requests today",
            "OK",
            "Failed",
            "Tokens in",
            "Tokens out",
            "Last error",
            "Median latency");

    private KeysTable() {}

    static SlackMessage message(List<KeyStatus> keys) {
        List<List<TableBlock.Cell>> rows = new ArrayList<>();
        rows.add(HEADER.stream().map(BlockKitAnswer::cell).toList());
        int chars = HEADER.stream().mapToInt(String::length).sum();
        int shown = 0;
        for (KeyStatus k : keys) {
            List<TableBlock.Cell> row =
                    row(k).stream().map(BlockKitAnswer::cell).toList();
            int rowChars = row.stream().mapToInt(c -> c.text().length()).sum();
            if (rows.size() >= TableBlock.MAX_ROWS || chars + rowChars > BlockKitAnswer.MAX_TABLE_CHARS) {
                break;
            }
            rows.add(row);
            chars += rowChars;
            shown++;
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKitAnswer.section("*" + TITLE + "*"));
        if (keys.isEmpty()) {
            blocks.add(BlockKitAnswer.context(SlackText.escape(Sentences.NO_KEYS)));
            return new SlackMessage(TITLE, blocks);
        }
        if (shown < keys.size()) {
            blocks.add(BlockKitAnswer.context("_" + SlackText.escape(Sentences.moreKeys(keys.size() - shown)) + "_"));
        }
        List<TableBlock.ColumnSetting> settings = new ArrayList<>();
        for (int i = 0; i < HEADER.size(); i++) {
            boolean number = i == 1 || (i >= 8 && i <= 12);
            settings.add(
                    number ? new TableBlock.ColumnSetting("right", null) : new TableBlock.ColumnSetting(null, null));
        }
        return new SlackMessage(
                TITLE, blocks, List.of(BlockKitAnswer.tableAttachment(new TableBlock(null, rows, settings))));
    }

    private static List<String> row(KeyStatus k) {
        return List.of(
                k.provider(),
                Integer.toString(k.position()),
                k.key(),
                k.group(),
                k.model(),
                state(k),
                k.until().map(KeysTable::until).orElse(""),
                k.reason().orElse(""),
                number(k.requestsToday()),
                number(k.successesToday()),
                number(k.failuresToday()),
                number(k.tokensInToday()),
                number(k.tokensOutToday()),
                k.lastError().orElse(""),
                k.medianLatency()
                        .map(d -> String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0))
                        .orElse(""));
    }

    private static String state(KeyStatus k) {
        return switch (k.state()) {
            case AVAILABLE -> "available";
            case COOLING -> "cooling down";
            case PROBING -> "probing";
            case CIRCUIT_OPEN -> "resting after errors";
            case DISABLED -> "disabled";
            case MODEL_RETIRED -> "model retired";
        };
    }

    private static String until(Instant t) {
        long seconds = Math.max(0, Duration.between(Instant.now(), t).toSeconds());
        return seconds < 120
                ? "in " + seconds + " s"
                : seconds < 7200 ? "in " + seconds / 60 + " min" : "in " + seconds / 3600 + " h";
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
