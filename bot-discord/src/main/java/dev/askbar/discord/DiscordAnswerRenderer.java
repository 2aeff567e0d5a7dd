package dev.askbar.discord;

import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.CsvWriter;
import dev.askbar.core.answer.TextTable;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.HelpText;
import dev.askbar.core.platform.Sentences;
import dev.askbar.core.sql.QueryResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Answers as Discord messages: an embed with the question as title, the summary, the big number or the table in a
 * code block, the SQL when short, and a footer; the chart and the CSV as files; buttons for the rest. Every part
 * is shortened to Discord's limits before JDA sees it, and every untrusted text is escaped
 * ({@link DiscordMarkdown}). When Discord refuses the rich form, {@link Form#CODE_BLOCK} and {@link Form#TEXT} are
 * plainer forms of the same answer.
 */
final class DiscordAnswerRenderer {
    static final String CHART_FILE = "chart.png";
    static final String CSV_FILE = "result.csv";
    private static final int ANSWER_COLOR = 0x2B6CB0;
    private static final int ERROR_COLOR = 0xC53030;
    static final String ERROR_TITLE = Sentences.NOT_ANSWERED;
    /** SQL longer than this goes behind "Show SQL": a wall of SQL in every answer buries the result. */
    private static final int INLINE_SQL = 400;
    /** The summary keeps at least this much room when the table is long. */
    private static final int SUMMARY_ROOM = 1000;
    /** Room the multipart request needs besides the files themselves. */
    private static final int UPLOAD_OVERHEAD = 64 * 1024;

    /** How an answer is drawn: the rich embed, or a plainer form after Discord refused the richer one. */
    enum Form {
        /** Embed, files, buttons. */
        RICH,
        /** Message text: summary and the table in a code block; no embed, files or buttons. */
        CODE_BLOCK,
        /** Message text: the summary (or the figure) only. */
        TEXT;

        Optional<Form> plainer() {
            return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
        }
    }

    /** Where the summary stands when the answer is drawn. */
    enum Summary {
        /** Rows are in, the summary is being written: a quiet line says so. */
        PENDING,
        /** The summary (if the answer has one) is shown. */
        FINAL,
        /** A summary was expected but could not be written: a quiet note says the table is the answer. */
        MISSING
    }

    /** The finished answer in its rich form, buttons included when {@code answerId} (its archive id) is present. */
    MessageCreateData answer(Answer answer, Optional<String> answerId) {
        return answer(answer, answerId, Summary.FINAL, Form.RICH, DiscordLimits.UPLOAD);
    }

    /**
     * The whole answer, files included.
     *
     * @param uploadLimit the most the files of one message may weigh here; the CSV is cut to fit
     */
    MessageCreateData answer(Answer answer, Optional<String> answerId, Summary summary, Form form, long uploadLimit) {
        AnswerView view = AnswerView.of(answer, TextTable.Style.chat());
        if (form != Form.RICH) {
            return new MessageCreateBuilder()
                    .setContent(plain(view, summary, form))
                    .build();
        }
        List<FileUpload> files = new ArrayList<>();
        Optional<String> csvNote = files(answer, view, uploadLimit, files);
        MessageCreateBuilder message = new MessageCreateBuilder()
                .setEmbeds(embed(
                        view,
                        summary,
                        csvNote,
                        files.stream().anyMatch(f -> f.getName().equals(CHART_FILE))))
                .setFiles(files);
        buttons(answer, view, answerId).ifPresent(message::setComponents);
        return message.build();
    }

    /**
     * The same answer with its summary in, as an edit that keeps the files already uploaded: only the embed and the
     * buttons (the 👍/👎 need the audit id, which arrives with the summary) change.
     */
    MessageEditData summaryEdit(
            Answer answer, Optional<String> answerId, Summary summary, Form form, long uploadLimit) {
        AnswerView view = AnswerView.of(answer, TextTable.Style.chat());
        if (form != Form.RICH) {
            return new MessageEditBuilder()
                    .setContent(plain(view, summary, form))
                    .setEmbeds()
                    .setComponents()
                    .build();
        }
        // the same files as the first draft had (same rows, same limit), so the note and the chart reference match
        List<FileUpload> files = new ArrayList<>();
        Optional<String> csvNote = files(answer, view, uploadLimit, files);
        boolean chart = files.stream().anyMatch(f -> f.getName().equals(CHART_FILE));
        MessageEditBuilder edit = new MessageEditBuilder().setEmbeds(embed(view, summary, csvNote, chart));
        edit.setComponents(buttons(answer, view, answerId).map(List::of).orElse(List.of()));
        return edit.build();
    }

    private MessageEmbed embed(AnswerView view, Summary summary, Optional<String> csvNote, boolean chart) {
        EmbedBuilder embed = new EmbedBuilder().setColor(ANSWER_COLOR);
        String title = DiscordLimits.fit(
                view.question().isBlank() ? "Answer" : DiscordMarkdown.escape(view.question()), DiscordLimits.TITLE);
        String footer = DiscordLimits.fit(view.footer().text(), DiscordLimits.FOOTER);
        Optional<String> inlineSql = view.sql()
                .filter(sql -> sql.length() <= INLINE_SQL)
                .map(sql -> DiscordLimits.codeBlock("sql", sql, DiscordLimits.FIELD_VALUE));
        String note = csvNote.map(n -> DiscordLimits.fit(n, DiscordLimits.FIELD_VALUE))
                .orElse("");
        int fieldLength = inlineSql.map(v -> "SQL".length() + v.length()).orElse(0)
                + (note.isEmpty() ? 0 : "CSV".length() + note.length());
        int room = Math.min(
                DiscordLimits.DESCRIPTION, DiscordLimits.EMBED_TOTAL - title.length() - footer.length() - fieldLength);
        embed.setTitle(title).setFooter(footer);
        embed.setDescription(description(view, summary, room));
        inlineSql.ifPresent(sql -> embed.addField("SQL", sql, false));
        if (!note.isEmpty()) {
            embed.addField("CSV", note, false);
        }
        if (chart) {
            embed.setImage("attachment://" + CHART_FILE);
        }
        return embed.build();
    }

    private static Optional<ActionRow> buttons(Answer answer, AnswerView view, Optional<String> answerId) {
        if (answerId.isEmpty()) {
            return Optional.empty();
        }
        String id = answerId.get();
        List<Button> buttons = new ArrayList<>();
        if (view.sql().isPresent() && view.sql().get().length() > INLINE_SQL) {
            buttons.add(ButtonIds.showSql(id));
        }
        if (view.table().isPresent() && view.csv().isEmpty()) {
            buttons.add(ButtonIds.csv(id));
        }
        if (answer.auditId().isPresent()) {
            buttons.add(ButtonIds.up(id));
            buttons.add(ButtonIds.down(id));
        }
        return buttons.isEmpty() ? Optional.empty() : Optional.of(ActionRow.of(buttons));
    }

    /** The summary line as it stands: the escaped summary, or a quiet italic line while it is written or missing. */
    private static String summaryText(AnswerView view, Summary summary) {
        return switch (summary) {
            case PENDING -> "*" + Sentences.WRITING_SUMMARY + "*";
            case MISSING ->
                view.summary()
                        .filter(s -> !s.isBlank())
                        .map(s -> DiscordMarkdown.escape(s.strip()))
                        .orElse("*" + Sentences.NO_SUMMARY + "*");
            case FINAL ->
                view.summary().map(s -> DiscordMarkdown.escape(s.strip())).orElse("");
        };
    }

    private static String figure(AnswerView view) {
        return view.bigNumber()
                .map(b -> "# " + DiscordMarkdown.escape(b.value()) + "\n" + DiscordMarkdown.escape(b.label()))
                .orElse("");
    }

    private static String description(AnswerView view, Summary summary, int room) {
        String top = join(summaryText(view, summary), figure(view));
        if (view.table().isEmpty()) {
            return DiscordLimits.fit(top, room);
        }
        int tableRoom = room - Math.min(top.length() + 2, SUMMARY_ROOM);
        String table = DiscordLimits.codeBlock("", view.table().get(), tableRoom);
        String fittedTop = DiscordLimits.fit(top, Math.max(0, room - table.length() - 2));
        return join(fittedTop, table);
    }

    /** A plainer form as message text within the 2,000-character limit. */
    private static String plain(AnswerView view, Summary summary, Form form) {
        String title = "**" + DiscordLimits.fit(DiscordMarkdown.escape(view.question()), 200) + "**";
        String top = join(title, join(summaryText(view, summary), figure(view)));
        if (form == Form.TEXT || view.table().isEmpty()) {
            return DiscordLimits.fit(top, DiscordLimits.MESSAGE);
        }
        int tableRoom = DiscordLimits.MESSAGE - Math.min(top.length() + 2, SUMMARY_ROOM / 2);
        String table = DiscordLimits.codeBlock("", view.table().get(), tableRoom);
        return join(DiscordLimits.fit(top, Math.max(0, DiscordLimits.MESSAGE - table.length() - 2)), table);
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + "\n\n" + b;
    }

    /**
     * The chart and the CSV within the upload limit: the chart first (it is small and shown in the embed), then as
     * many CSV rows as fit. Returns the note that says the CSV was cut, if it was.
     */
    private static Optional<String> files(Answer answer, AnswerView view, long uploadLimit, List<FileUpload> out) {
        long room = uploadLimit - UPLOAD_OVERHEAD;
        if (view.chartPng().isPresent() && view.chartPng().get().length <= room) {
            out.add(FileUpload.fromData(view.chartPng().get(), CHART_FILE));
            room -= view.chartPng().get().length;
        }
        if (view.csv().isEmpty() || answer.result().isEmpty()) {
            return Optional.empty();
        }
        if (view.csv().get().length <= room) {
            out.add(FileUpload.fromData(view.csv().get(), CSV_FILE));
            return Optional.empty();
        }
        Cut cut = cutCsv(answer.result().get(), room);
        if (cut.rows() > 0) {
            out.add(FileUpload.fromData(cut.csv(), CSV_FILE));
        }
        return Optional.of(csvCutNote(cut.rows(), answer.result().get().rowCount(), uploadLimit));
    }

    record Cut(byte[] csv, int rows) {}

    /** The first rows whose CSV fits in {@code room} bytes; rows are dropped whole, never cut mid-value. */
    static Cut cutCsv(QueryResult result, long room) {
        int rows = result.rowCount();
        byte[] csv = CsvWriter.write(result);
        while (csv.length > room && rows > 0) {
            // shrink in proportion, a little more than needed, so a few rounds suffice whatever the row widths
            rows = (int) Math.min(rows - 1, (long) (rows * (room / (double) csv.length) * 0.95));
            rows = Math.max(0, rows);
            csv = CsvWriter.write(
                    new QueryResult(result.columns(), result.rows().subList(0, rows), true));
        }
        return new Cut(csv, rows);
    }

    static String csvCutNote(int kept, int total, long uploadLimit) {
        return Sentences.csvCut(
                kept,
                total,
                (uploadLimit >= 1 << 20
                                ? String.valueOf(uploadLimit >> 20)
                                : String.format(Locale.ROOT, "%.2f", uploadLimit / 1048576.0))
                        + " MB");
    }

    /** A progress stage such as "Running the query…", as the message text. */
    MessageEditData progress(String stage) {
        return new MessageEditBuilder()
                .setContent(DiscordLimits.fit(stage, DiscordLimits.MESSAGE))
                .build();
    }

    /** One sentence for the asker when there is no answer, with the question it answers; never a stack trace. */
    MessageEmbed error(String question, String sentence) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(ERROR_COLOR)
                .setTitle(ERROR_TITLE)
                .setDescription(DiscordLimits.fit(DiscordMarkdown.escape(sentence), DiscordLimits.DESCRIPTION / 2));
        if (question != null && !question.isBlank()) {
            embed.addField(
                    "Question",
                    DiscordLimits.fit(DiscordMarkdown.escape(question.strip()), DiscordLimits.FIELD_VALUE),
                    false);
        }
        return embed.build();
    }

    /** The error as plain text, for when Discord refuses even the error embed. */
    String errorText(String sentence) {
        return DiscordLimits.fit(DiscordMarkdown.escape(sentence), DiscordLimits.MESSAGE);
    }

    MessageEmbed help(HelpText.Help help) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(ANSWER_COLOR)
                .setTitle("AskBar")
                .setDescription(DiscordLimits.fit(DiscordMarkdown.escape(help.intro()), 1500));
        if (!help.tables().isEmpty()) {
            embed.addField(
                    "Tables",
                    lines(help.tables().stream().map(DiscordMarkdown::escape).toList()),
                    false);
        }
        if (!help.examples().isEmpty()) {
            embed.addField(
                    "Try asking",
                    lines(help.examples().stream()
                            .map(e -> "• " + DiscordMarkdown.escape(e))
                            .toList()),
                    false);
        }
        return embed.build();
    }

    /** Whole lines up to the field limit, so a long list loses its tail rather than a half line. */
    static String lines(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            String line = DiscordLimits.fit(item, 200);
            if (sb.length() + line.length() + 1 > DiscordLimits.FIELD_VALUE) {
                break;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** "Show SQL": the full SQL, as a file when it does not fit a message. */
    MessageCreateData sql(String sql) {
        String block = DiscordLimits.codeBlock("sql", sql, DiscordLimits.MESSAGE);
        MessageCreateBuilder message = new MessageCreateBuilder().setContent(block);
        if (block.length() < ("```sql\n" + sql + "\n```").length()) {
            message.setFiles(FileUpload.fromData(sql.getBytes(StandardCharsets.UTF_8), "query.sql"));
        }
        return message.build();
    }

    /** The "CSV" button: every row the answer holds, within the upload limit. */
    MessageCreateData csv(Answer answer, long uploadLimit) {
        MessageCreateBuilder message = new MessageCreateBuilder();
        if (answer.result().isEmpty()) {
            return message.setContent(Sentences.NO_TABLE).build();
        }
        QueryResult result = answer.result().get();
        Cut cut = cutCsv(result, uploadLimit - UPLOAD_OVERHEAD);
        String text = cut.rows() == result.rowCount()
                ? Sentences.ALL_ROWS
                : csvCutNote(cut.rows(), result.rowCount(), uploadLimit);
        return message.setContent(text)
                .setFiles(FileUpload.fromData(cut.csv(), CSV_FILE))
                .build();
    }

    MessageCreateData notice(String sentence) {
        return new MessageCreateBuilder()
                .setContent(DiscordLimits.fit(sentence, DiscordLimits.MESSAGE))
                .build();
    }
}
