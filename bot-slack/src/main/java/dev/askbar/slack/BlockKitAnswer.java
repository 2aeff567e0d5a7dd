package dev.askbar.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.Attachment;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.BlockElement;
import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.CellFormat;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.Sentences;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An answer as Block Kit: question, summary (or big number, or the error), the table as Slack's native table
 * block when it fits and as a code block otherwise, buttons for the SQL, the CSV and feedback, and the footer.
 * Every Slack limit is met by shortening. Should Slack still refuse a message, {@link Form} names the plainer forms
 * the surface retries with. All text that did not come from AskBar itself is escaped and sent with
 * {@code verbatim: true}, so nothing a user, a database row or the model wrote can ping anyone or become a link.
 */
public final class BlockKitAnswer {
    public static final int MAX_BLOCKS = 50;
    public static final int MAX_SECTION_TEXT = 3000;
    public static final int MAX_CONTEXT_TEXT = 3000;
    public static final int MAX_FALLBACK_TEXT = 3000;
    static final int MAX_QUESTION_TEXT = 300;
    static final int MAX_CELL_TEXT = 200;
    /**
     * Slack counts at most 10,000 characters over all cells of a message's tables (the data table block's reference
     * says so, and reports about the table block agree); kept well under it, since how Slack counts an emoji or an
     * escaped character is not documented.
     */
    static final int MAX_TABLE_CHARS = 9_000;

    public static final String SHOW_SQL = "askbar_show_sql";
    public static final String CSV = "askbar_csv";
    public static final String THUMBS_UP = "askbar_feedback_up";
    public static final String THUMBS_DOWN = "askbar_feedback_down";

    /** How rich a message is; a message Slack refuses is retried one step plainer. */
    enum Form {
        /** Blocks, with the table as a native table block in the attachments. */
        RICH,
        /** Blocks, with the table as a code block: no attachments. */
        CODE_TABLE,
        /** Text only: no blocks, no buttons. */
        TEXT;

        Optional<Form> plainer() {
            return this == RICH ? Optional.of(CODE_TABLE) : this == CODE_TABLE ? Optional.of(TEXT) : Optional.empty();
        }
    }

    /** @param tableShowsAll the message itself shows every row and column, so no CSV needs uploading */
    public record Rendered(SlackMessage message, boolean tableShowsAll) {}

    private BlockKitAnswer() {}

    /** The finished answer in its richest form. */
    public static Rendered render(Answer answer, AnswerView view, Optional<String> archiveId) {
        return render(answer, view, archiveId, false, Form.RICH);
    }

    /**
     * @param archiveId      the answer's id in the archive; without it the SQL goes into a context block and there are no buttons
     * @param summaryPending the rows are in and the summary is still being written: a quiet line says so, no feedback yet
     */
    static Rendered render(
            Answer answer, AnswerView view, Optional<String> archiveId, boolean summaryPending, Form form) {
        String fallback = SlackText.shorten(SlackText.escape(oneLine(fallback(view))), MAX_FALLBACK_TEXT);
        if (form == Form.TEXT) {
            return textOnly(view, fallback);
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        blocks.add(context(asked(answer.question().asker(), view.question())));
        view.error().ifPresent(e -> blocks.add(section(":warning: " + SlackText.escape(e.message()))));
        view.bigNumber()
                .ifPresent(b ->
                        blocks.add(section("*" + SlackText.escape(b.value()) + "*  " + SlackText.escape(b.label()))));
        view.summary().filter(s -> !s.isBlank()).ifPresent(s -> blocks.add(section(SlackText.escape(s.strip()))));
        if (summaryPending) {
            blocks.add(context("_" + Sentences.WRITING_SUMMARY + "_"));
        } else if (answer.ok()
                && view.summary().filter(s -> !s.isBlank()).isEmpty()
                && answer.result().isPresent()) {
            blocks.add(context("_" + Sentences.NO_SUMMARY + "_"));
        }
        boolean showsAll = false;
        Optional<TableBlock> table = form == Form.RICH
                ? answer.result().filter(r -> view.table().isPresent()).flatMap(BlockKitAnswer::nativeTable)
                : Optional.empty();
        if (table.isPresent()) {
            attachments.add(tableAttachment(table.get()));
            showsAll = !answer.result().get().truncated();
        } else {
            view.table().ifPresent(t -> blocks.add(section(SlackText.codeBlock(t, MAX_SECTION_TEXT), false)));
        }
        if (archiveId.isEmpty()) {
            view.sql().ifPresent(sql -> blocks.add(context(SlackText.codeBlock(sql, MAX_CONTEXT_TEXT))));
        }
        List<BlockElement> buttons = buttons(answer, view, archiveId, summaryPending);
        if (!buttons.isEmpty()) {
            blocks.add(actions(a -> a.elements(buttons)));
        }
        if (view.error().isEmpty() || view.footer().provider().isPresent()) {
            blocks.add(context(SlackText.shorten(SlackText.escape(view.footer().text()), MAX_CONTEXT_TEXT)));
        }
        return new Rendered(new SlackMessage(fallback, fitBlocks(blocks), attachments), showsAll);
    }

    /**
     * Slack documents the table block as sent in a message's {@code attachments}, with {@code blocks} or {@code text}
     * alongside, one table per message (https://docs.slack.dev/reference/block-kit/blocks/table-block, "Usage info").
     */
    static Attachment tableAttachment(TableBlock table) {
        return Attachment.builder().blocks(List.of(table)).build();
    }

    private static String fallback(AnswerView view) {
        return view.error()
                .map(e -> e.message())
                .or(() -> view.summary().filter(s -> !s.isBlank()))
                .or(() -> view.bigNumber().map(b -> b.value() + " " + b.label()))
                .orElse("Answer to: " + view.question());
    }

    /** The plainest answer: the sentence, the table as monospace and the footer in the message text alone. */
    private static Rendered textOnly(AnswerView view, String sentence) {
        StringBuilder text = new StringBuilder(sentence);
        view.table().ifPresent(t -> text.append('\n').append(SlackText.codeBlock(t, MAX_SECTION_TEXT)));
        if (view.error().isEmpty()) {
            text.append('\n').append(SlackText.escape(view.footer().text()));
        }
        return new Rendered(SlackMessage.plain(text.toString()), false);
    }

    /** The message shown while the answer is being prepared; {@code stage} says what is happening now. */
    public static SlackMessage working(String asker, String question, String stage) {
        return new SlackMessage(
                "Working on it: " + SlackText.shorten(SlackText.escape(oneLine(question)), MAX_QUESTION_TEXT),
                List.of(
                        context(asked(asker, question)),
                        section(":hourglass_flowing_sand: " + SlackText.escape(stage))));
    }

    /** A one-line warning in place of an answer. */
    public static SlackMessage warning(String sentence) {
        String escaped = SlackText.escape(sentence);
        return new SlackMessage(escaped, List.of(section(":warning: " + escaped)));
    }

    /** One sentence, escaped; for notices that need no emoji. */
    static SlackMessage notice(String sentence) {
        String escaped = SlackText.escape(sentence);
        return new SlackMessage(escaped, List.of(section(escaped)));
    }

    /** Who asked what, so everyone in the channel sees whose question an answer is; the id is Slack's, the question is not. */
    private static String asked(String asker, String question) {
        String who = asker == null || !asker.matches("[UW][A-Z0-9]+") ? "" : "<@" + asker + "> ";
        return ":mag: " + who + "*" + SlackText.shorten(SlackText.escape(oneLine(question)), MAX_QUESTION_TEXT) + "*";
    }

    /** Monospace text (the SQL) in as many code-block sections as it needs, within the block limit. */
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

    /**
     * The table as a native block, or empty when it is too big for one: 100 rows with the header, 20 columns, and
     * {@link #MAX_TABLE_CHARS} over all cells.
     */
    static Optional<TableBlock> nativeTable(QueryResult result) {
        if (result.isEmpty()
                || result.rowCount() + 1 > TableBlock.MAX_ROWS
                || result.columns().size() > TableBlock.MAX_COLUMNS) {
            return Optional.empty();
        }
        List<List<TableBlock.Cell>> rows = new ArrayList<>();
        int chars = 0;
        List<TableBlock.Cell> header = new ArrayList<>();
        for (ResultColumn c : result.columns()) {
            TableBlock.Cell cell = cell(c.name());
            chars += cell.text().length();
            header.add(cell);
        }
        rows.add(header);
        for (List<Object> row : result.rows()) {
            List<TableBlock.Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                TableBlock.Cell cell =
                        cell(cellText(row.get(i), result.columns().get(i).kind()));
                chars += cell.text().length();
                cells.add(cell);
            }
            rows.add(cells);
        }
        if (chars > MAX_TABLE_CHARS) {
            return Optional.empty();
        }
        List<TableBlock.ColumnSetting> settings = result.columns().stream()
                .map(c -> c.kind().isNumeric()
                        ? new TableBlock.ColumnSetting("right", null)
                        : new TableBlock.ColumnSetting(null, Boolean.TRUE))
                .toList();
        return Optional.of(new TableBlock(null, rows, settings));
    }

    static TableBlock.Cell cell(String text) {
        // an empty cell is not a valid raw_text element (minLength 1)
        return new TableBlock.Cell(text.isEmpty() ? " " : SlackText.shorten(text, MAX_CELL_TEXT));
    }

    /** Cells as the text table shows them (raw_text is never parsed, so no escaping). */
    static String cellText(Object v, ValueKind kind) {
        return CellFormat.format(v, kind);
    }

    /** Every button carries the archive id, never the SQL or an audit id: Slack's values hold 2,000 characters. */
    private static List<BlockElement> buttons(
            Answer answer, AnswerView view, Optional<String> archiveId, boolean summaryPending) {
        List<BlockElement> out = new ArrayList<>();
        archiveId.ifPresent(id -> {
            if (view.sql().isPresent()) {
                out.add(button(
                        b -> b.actionId(SHOW_SQL).text(plainText("Show SQL")).value(id)));
            }
            if (answer.result().map(r -> !r.isEmpty() && !r.isSingleValue()).orElse(false)) {
                out.add(button(b -> b.actionId(CSV).text(plainText("CSV")).value(id)));
            }
            // feedback needs the audit entry, which exists once the summary is in
            if (!summaryPending && answer.ok() && answer.auditId().isPresent()) {
                out.add(button(b -> b.actionId(THUMBS_UP)
                        .text(plainText(pt -> pt.text("👍").emoji(true)))
                        .value(id)));
                out.add(button(b -> b.actionId(THUMBS_DOWN)
                        .text(plainText(pt -> pt.text("👎").emoji(true)))
                        .value(id)));
            }
        });
        return out;
    }

    /** Mrkdwn that Slack shows as written: no automatic links or mentions (escaping already stops the explicit ones). */
    static MarkdownTextObject mrkdwn(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }

    static LayoutBlock section(String mrkdwn) {
        return section(mrkdwn, true);
    }

    private static LayoutBlock section(String mrkdwn, boolean shorten) {
        String text = shorten ? SlackText.shorten(mrkdwn, MAX_SECTION_TEXT) : mrkdwn;
        return com.slack.api.model.block.Blocks.section(s -> s.text(mrkdwn(text)));
    }

    static LayoutBlock context(String mrkdwn) {
        return com.slack.api.model.block.Blocks.context(c -> c.elements(List.of(mrkdwn(mrkdwn))));
    }

    /** At most 50 blocks: the last ones are kept (buttons and footer), the middle gives way to a note. */
    static List<LayoutBlock> fitBlocks(List<LayoutBlock> blocks) {
        if (blocks.size() <= MAX_BLOCKS) {
            return List.copyOf(blocks);
        }
        int dropped = blocks.size() - (MAX_BLOCKS - 1);
        List<LayoutBlock> out = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 3));
        out.add(context("_" + SlackText.ELLIPSIS + " " + dropped + " more parts left out_"));
        out.addAll(blocks.subList(blocks.size() - 2, blocks.size()));
        return out;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
