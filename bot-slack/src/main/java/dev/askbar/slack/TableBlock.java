package dev.askbar.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * Slack's native {@code table} block, which the Java SDK 1.46 has no model class for. Field names follow the
 * SDK's snake-case JSON ({@code column_settings}, {@code is_wrapped}); Slack allows 100 rows of 20 cells and
 * one table per message.
 */
public final class TableBlock implements LayoutBlock {
    public static final int MAX_ROWS = 100;
    public static final int MAX_COLUMNS = 20;

    private final String type = "table";
    private final String blockId;
    private final List<List<Cell>> rows;
    private final List<ColumnSetting> columnSettings;

    public TableBlock(String blockId, List<List<Cell>> rows, List<ColumnSetting> columnSettings) {
        if (rows.size() > MAX_ROWS
                || rows.stream().anyMatch(r -> r.size() > MAX_COLUMNS)
                || columnSettings.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("a table block holds at most 100 rows of 20 cells");
        }
        this.blockId = blockId;
        this.rows = List.copyOf(rows);
        this.columnSettings = List.copyOf(columnSettings);
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getBlockId() {
        return blockId;
    }

    public List<List<Cell>> rows() {
        return rows;
    }

    public List<ColumnSetting> columnSettings() {
        return columnSettings;
    }

    /** A {@code raw_text} cell: plain text, no formatting. */
    public static final class Cell {
        private final String type = "raw_text";
        private final String text;

        public Cell(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** {@code align} is left, center or right; {@code null} fields are left out of the JSON. */
    public static final class ColumnSetting {
        private final String align;
        private final Boolean isWrapped;

        public ColumnSetting(String align, Boolean isWrapped) {
            this.align = align;
            this.isWrapped = isWrapped;
        }
    }
}
