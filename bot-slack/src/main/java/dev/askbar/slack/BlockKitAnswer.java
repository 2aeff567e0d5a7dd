package dev.askbar.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.CellFormat;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * An answer as Block Kit: question, summary (or big number, or the error), the table as Slack's native table
 * block when it fits and as a code block otherwise, buttons for the SQL, the CSV and feedback, and the footer.
 * Every Slack limit is met by shortening, never by failing: a rejected message would leave the asker with nothing.
 */
public final class BlockKitAnswer {
    public static final int MAX_BLOCKS = 50;
    public static final int MAX_SECTION_TEXT = 3000;
    public static final int MAX_CONTEXT_TEXT = 3000;
    public static final int MAX_FALLBACK_TEXT = 3000;
    static final int MAX_QUESTION_TEXT = 300;
    static final int MAX_CELL_TEXT = 200;
    // Slack documents no size for a table, but a message has an overall size limit: big tables go to a code block and the CSV
    static final int MAX_TABLE_CHARS = 12_000;

    public static final String SHOW_SQL = "askbar_show_sql";
    public static final String CSV = "askbar_csv";
    public static final String THUMBS_UP = "askbar_feedback_up";
    public static final String THUMBS_DOWN = "askbar_feedback_down";


    /** @param tableShowsAll the message itself shows every row and column, so no CSV needs uploading */
    public record Rendered(SlackMessage message, boolean tableShowsAll) {
    }

    private BlockKitAnswer() {
    }

    /** @param archiveId the answer's id in the archive; without it the SQL goes into a context block and there are no buttons */
    public static Rendered render(Answer answer, AnswerView view, Optional<String> archiveId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(asked(answer.question().asker(), view.question()))))));
        view.error().ifPresent(e -> blocks.add(section(":warning: " + SlackText.escape(e.message()))));
        view.bigNumber().ifPresent(b -> blocks.add(section("*" + SlackText.escape(b.value()) + "*  " + SlackText.escape(b.label()))));
        view.summary().filter(s -> !s.isBlank()).ifPresent(s -> blocks.add(section(SlackText.escape(s.strip()))));
        boolean showsAll = false;
        Optional<TableBlock> table = answer.result().filter(r -> view.table().isPresent()).flatMap(BlockKitAnswer::nativeTable);
        if (table.isPresent()) {
            blocks.add(table.get());
            showsAll = !answer.result().get().truncated();
        } else {
            view.table().ifPresent(t -> blocks.add(section(SlackText.codeBlock(t, MAX_SECTION_TEXT), false)));
        }
        if (archiveId.isEmpty()) {
            view.sql().ifPresent(sql -> blocks.add(context(c -> c.elements(List.of(markdownText(
                    SlackText.codeBlock(sql, MAX_CONTEXT_TEXT)))))));
        }
        List<BlockElement> buttons = buttons(answer, view, archiveId);
        if (!buttons.isEmpty()) {
            blocks.add(actions(a -> a.elements(buttons)));
        }
        if (view.error().isEmpty() || view.footer().provider().isPresent()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(SlackText.shorten(SlackText.escape(view.footer().text()), MAX_CONTEXT_TEXT))))));
        }
        String fallback = view.error().map(e -> e.message())
                .or(() -> view.summary().filter(s -> !s.isBlank()))
                .or(() -> view.bigNumber().map(b -> b.value() + " " + b.label()))
                .orElse("Answer to: " + view.question());
        return new Rendered(new SlackMessage(SlackText.shorten(fallback, MAX_FALLBACK_TEXT), fitBlocks(blocks)), showsAll);
    }

    /** The message shown while the answer is being prepared; {@code stage} says what is happening now. */
    public static SlackMessage working(String asker, String question, String stage) {
        return new SlackMessage("Working on it: " + SlackText.shorten(oneLine(question), MAX_QUESTION_TEXT), List.of(
                context(c -> c.elements(List.of(markdownText(asked(asker, question))))),
                section(":hourglass_flowing_sand: " + SlackText.escape(stage))));
    }

    /** A one-line warning in place of an answer. */
    public static SlackMessage warning(String text) {
        return new SlackMessage(text, List.of(section(":warning: " + SlackText.escape(text))));
    }

    /** Who asked what, so everyone in the channel sees whose question an answer is. */
    private static String asked(String asker, String question) {
        String who = asker == null || !asker.matches("[UW][A-Z0-9]+") ? "" : "<@" + asker + "> ";
        return ":mag: " + who + "*" + SlackText.shorten(SlackText.escape(oneLine(question)), MAX_QUESTION_TEXT) + "*";
    }

    /** Monospace text (the keys report, SQL) in as many code-block sections as it needs, within the block limit. */
    public static List<LayoutBlock> monospace(String title, String text) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section("*" + SlackText.escape(title) + "*"));
        String[] lines = text.strip().split("\n", -1);
        StringBuilder chunk = new StringBuilder();
        int room = MAX_SECTION_TEXT - 100;
        for (String line : lines) {
            if (chunk.length() > 0 && chunk.length() + line.length() + 1 > room) {
                blocks.add(section(SlackText.codeBlock(chunk.toString(), MAX_SECTION_TEXT), false));
                chunk.setLength(0);
            }
            chunk.append(chunk.length() == 0 ? "" : "\n").append(line);
        }
        if (chunk.length() > 0) {
            blocks.add(section(SlackText.codeBlock(chunk.toString(), MAX_SECTION_TEXT), false));
        }
        return fitBlocks(blocks);
    }

    /** The table as a native block, or empty when it is too big for one (more than 99 rows, 20 columns or too much text). */
    static Optional<TableBlock> nativeTable(QueryResult result) {
        if (result.isEmpty() || result.rowCount() + 1 > TableBlock.MAX_ROWS || result.columns().size() > TableBlock.MAX_COLUMNS) {
            return Optional.empty();
        }
        List<List<TableBlock.Cell>> rows = new ArrayList<>();
        int chars = 0;
        List<TableBlock.Cell> header = new ArrayList<>();
        for (ResultColumn c : result.columns()) {
            header.add(cell(c.name()));
            chars += c.name().length();
        }
        rows.add(header);
        for (List<Object> row : result.rows()) {
            List<TableBlock.Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                TableBlock.Cell cell = cell(cellText(row.get(i), result.columns().get(i).kind()));
                chars += cell.text().length();
                cells.add(cell);
            }
            rows.add(cells);
        }
        if (chars > MAX_TABLE_CHARS) {
            return Optional.empty();
        }
        List<TableBlock.ColumnSetting> settings = result.columns().stream()
                .map(c -> c.kind().isNumeric() ? new TableBlock.ColumnSetting("right", null) : new TableBlock.ColumnSetting(null, Boolean.TRUE))
                .toList();
        return Optional.of(new TableBlock(null, rows, settings));
    }

    private static TableBlock.Cell cell(String text) {
        // an empty cell is not a valid raw_text element
        return new TableBlock.Cell(text.isEmpty() ? " " : SlackText.shorten(text, MAX_CELL_TEXT));
    }

    /** Cells as the text table shows them (raw_text is never parsed, so no escaping). */
    static String cellText(Object v, ValueKind kind) {
        return CellFormat.format(v, kind);
    }

    private static List<BlockElement> buttons(Answer answer, AnswerView view, Optional<String> archiveId) {
        List<BlockElement> out = new ArrayList<>();
        archiveId.ifPresent(id -> {
            if (view.sql().isPresent()) {
                out.add(button(b -> b.actionId(SHOW_SQL).text(plainText("Show SQL")).value(id)));
            }
            if (answer.result().map(r -> !r.isEmpty() && !r.isSingleValue()).orElse(false)) {
                out.add(button(b -> b.actionId(CSV).text(plainText("CSV")).value(id)));
            }
        });
        answer.auditId().filter(id -> answer.ok()).ifPresent(id -> {
            out.add(button(b -> b.actionId(THUMBS_UP).text(plainText(pt -> pt.text("👍").emoji(true))).value(Long.toString(id))));
            out.add(button(b -> b.actionId(THUMBS_DOWN).text(plainText(pt -> pt.text("👎").emoji(true))).value(Long.toString(id))));
        });
        return out;
    }

    private static LayoutBlock section(String mrkdwn) {
        return section(mrkdwn, true);
    }

    private static LayoutBlock section(String mrkdwn, boolean shorten) {
        String text = shorten ? SlackText.shorten(mrkdwn, MAX_SECTION_TEXT) : mrkdwn;
        return com.slack.api.model.block.Blocks.section(s -> s.text(markdownText(text)));
    }

    /** At most 50 blocks: the last ones are kept (buttons and footer), the middle gives way to a note. */
    static List<LayoutBlock> fitBlocks(List<LayoutBlock> blocks) {
        if (blocks.size() <= MAX_BLOCKS) {
            return List.copyOf(blocks);
        }
        int dropped = blocks.size() - (MAX_BLOCKS - 1);
        List<LayoutBlock> out = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 3));
        out.add(context(c -> c.elements(List.of(markdownText("_" + SlackText.ELLIPSIS + " " + dropped + " more parts left out_")))));
        out.addAll(blocks.subList(blocks.size() - 2, blocks.size()));
        return out;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
