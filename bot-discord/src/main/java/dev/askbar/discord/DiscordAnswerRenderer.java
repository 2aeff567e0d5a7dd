package dev.askbar.discord;

import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.CsvWriter;
import dev.askbar.core.answer.TextTable;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.HelpText;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers as Discord messages: an embed with the question as title, the summary, the big number or the table in a
 * code block, the SQL when short, and a footer; the chart and the CSV as files; buttons for the rest. Every part
 * is shortened to Discord's limits before JDA sees it.
 */
public final class DiscordAnswerRenderer {
    static final String CHART_FILE = "chart.png";
    static final String CSV_FILE = "result.csv";
    private static final int ANSWER_COLOR = 0x2B6CB0;
    private static final int ERROR_COLOR = 0xC53030;
    /** SQL longer than this goes behind "Show SQL": a wall of SQL in every answer buries the result. */
    private static final int INLINE_SQL = 400;
    /** The summary keeps at least this much room when the table is long. */
    private static final int SUMMARY_ROOM = 1000;

    /**
     * The finished answer, buttons included when {@code answerId} (its archive id) is present.
     */
    public MessageCreateData answer(Answer answer, Optional<String> answerId) {
        AnswerView view = AnswerView.of(answer, TextTable.Style.chat());
        EmbedBuilder embed = new EmbedBuilder().setColor(ANSWER_COLOR);
        String title = DiscordLimits.fit(view.question().isBlank() ? "Answer" : view.question(), DiscordLimits.TITLE);
        String footer = DiscordLimits.fit(view.footer().text(), DiscordLimits.FOOTER);
        Optional<String> inlineSql = view.sql()
                .filter(sql -> sql.length() <= INLINE_SQL)
                .map(sql -> DiscordLimits.codeBlock("sql", sql, DiscordLimits.FIELD_VALUE));
        int fieldLength = inlineSql.map(v -> "SQL".length() + v.length()).orElse(0);
        int room = Math.min(DiscordLimits.DESCRIPTION, DiscordLimits.EMBED_TOTAL - title.length() - footer.length() - fieldLength);

        embed.setTitle(title).setFooter(footer);
        embed.setDescription(description(view, room));
        inlineSql.ifPresent(sql -> embed.addField("SQL", sql, false));

        MessageCreateBuilder message = new MessageCreateBuilder();
        List<FileUpload> files = new ArrayList<>();
        if (view.chartPng().isPresent()) {
            embed.setImage("attachment://" + CHART_FILE);
            files.add(FileUpload.fromData(view.chartPng().get(), CHART_FILE));
        }
        view.csv().ifPresent(csv -> files.add(FileUpload.fromData(csv, CSV_FILE)));
        message.setEmbeds(embed.build()).setFiles(files);

        if (answerId.isPresent()) {
            String id = answerId.get();
            List<Button> buttons = new ArrayList<>();
            if (view.sql().isPresent() && inlineSql.isEmpty()) {
                buttons.add(AnswerButtons.showSql(id));
            }
            if (view.table().isPresent() && view.csv().isEmpty()) {
                buttons.add(AnswerButtons.csv(id));
            }
            if (answer.auditId().isPresent()) {
                buttons.add(AnswerButtons.up(id));
                buttons.add(AnswerButtons.down(id));
            }
            if (!buttons.isEmpty()) {
                message.setComponents(ActionRow.of(buttons));
            }
        }
        return message.build();
    }

    private static String description(AnswerView view, int room) {
        String summary = view.summary().map(String::strip).orElse("");
        String figure = view.bigNumber().map(b -> "# " + b.value() + "\n" + b.label()).orElse("");
        String top = join(summary, figure);
        if (view.table().isEmpty()) {
            return DiscordLimits.fit(top, room);
        }
        int tableRoom = room - Math.min(top.length() + 2, SUMMARY_ROOM);
        String table = DiscordLimits.codeBlock("", view.table().get(), tableRoom);
        String fittedTop = DiscordLimits.fit(top, Math.max(0, room - table.length() - 2));
        return join(fittedTop, table);
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + "\n\n" + b;
    }

    /** An answer without a result: the engine's one sentence for the asker, never a stack trace. */
    public MessageEmbed failure(Answer answer) {
        String sentence = answer.error().map(e -> e.message()).orElse("Something went wrong while answering.");
        String question = answer.question().text() == null ? "" : answer.question().text().strip();
        return error(question, sentence);
    }

    public MessageEmbed error(String question, String sentence) {
        EmbedBuilder embed = new EmbedBuilder().setColor(ERROR_COLOR)
                .setTitle("Could not answer that")
                .setDescription(DiscordLimits.fit(sentence, DiscordLimits.DESCRIPTION / 2));
        if (question != null && !question.isBlank()) {
            embed.addField("Question", DiscordLimits.fit(question, DiscordLimits.FIELD_VALUE), false);
        }
        return embed.build();
    }

    public MessageEmbed help(HelpText.Help help) {
        EmbedBuilder embed = new EmbedBuilder().setColor(ANSWER_COLOR)
                .setTitle("AskBar")
                .setDescription(DiscordLimits.fit(help.intro(), 1500));
        if (!help.tables().isEmpty()) {
            embed.addField("Tables", lines(help.tables()), false);
        }
        if (!help.examples().isEmpty()) {
            embed.addField("Try asking", lines(help.examples().stream().map(e -> "• " + e).toList()), false);
        }
        return embed.build();
    }

    /** Whole lines up to the field limit, so a long list loses its tail rather than a half line. */
    private static String lines(List<String> items) {
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

    /** The key report in monospace; when it is longer than a message, the whole report comes as a file too. */
    public MessageCreateData keys(String report) {
        return monospace("", report, "keys.txt");
    }

    /** "Show SQL": the full SQL, as a file when it does not fit a message. */
    public MessageCreateData sql(String sql) {
        return monospace("sql", sql, "query.sql");
    }

    public MessageCreateData csv(Answer answer) {
        MessageCreateBuilder message = new MessageCreateBuilder();
        if (answer.result().isEmpty()) {
            return message.setContent("This answer has no table.").build();
        }
        return message.setContent("All rows as CSV.")
                .setFiles(FileUpload.fromData(CsvWriter.write(answer.result().get()), CSV_FILE))
                .build();
    }

    public MessageCreateData notice(String sentence) {
        return new MessageCreateBuilder().setContent(DiscordLimits.fit(sentence, DiscordLimits.MESSAGE)).build();
    }

    private static MessageCreateData monospace(String language, String text, String fileName) {
        String block = DiscordLimits.codeBlock(language, text, DiscordLimits.MESSAGE);
        MessageCreateBuilder message = new MessageCreateBuilder().setContent(block);
        if (block.length() < ("```" + language + "\n" + text + "\n```").length()) {
            message.setFiles(FileUpload.fromData(text.getBytes(StandardCharsets.UTF_8), fileName));
        }
        return message.build();
    }
}
