package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerError;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.Timings;
import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.platform.HelpText;
import dev.askbar.core.platform.Sentences;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

class DiscordAnswerRendererTest {
    private final DiscordAnswerRenderer renderer = new DiscordAnswerRenderer();

    private static Answer answer(String question, String sql, QueryResult result, String summary, Long auditId) {
        return new Answer(
                new Question(question, "42", "discord", Optional.empty()),
                Optional.ofNullable(sql),
                Optional.ofNullable(result),
                Optional.ofNullable(summary),
                Optional.empty(),
                Optional.of("groq"),
                Optional.of("llama-3.3-70b-versatile"),
                Optional.of("gsk_…a1b2"),
                new Timings(300, 20, 200, 540),
                false,
                Optional.ofNullable(auditId));
    }

    private static QueryResult customers(int rows, String name) {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(List.of((long) i, name + " " + i, "DE"));
        }
        return new QueryResult(
                List.of(
                        new ResultColumn("id", "int4", ValueKind.INTEGER),
                        new ResultColumn("name", "text", ValueKind.TEXT),
                        new ResultColumn("country", "text", ValueKind.TEXT)),
                data,
                false);
    }

    private static List<String> buttonIds(MessageCreateData data) {
        return data.getComponents().stream()
                .flatMap(c -> c.asActionRow().getButtons().stream())
                .map(Button::getCustomId)
                .toList();
    }

    @Test
    void answerHasQuestionTitleSummaryTableSqlAndFooter() {
        MessageCreateData data = renderer.answer(
                answer(
                        "Who are our customers?",
                        "SELECT id, name, country FROM customers",
                        customers(3, "Zoë"),
                        "Three customers, all in Germany.",
                        7L),
                Optional.of("abc123"));
        MessageEmbed embed = data.getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("Who are our customers?");
        assertThat(embed.getDescription())
                .startsWith("Three customers, all in Germany.\n\n```\n")
                .contains("Zoë 2")
                .endsWith("\n```");
        assertThat(embed.getFields()).singleElement().satisfies(f -> {
            assertThat(f.getName()).isEqualTo("SQL");
            assertThat(f.getValue()).isEqualTo("```sql\nSELECT id, name, country FROM customers\n```");
        });
        assertThat(embed.getFooter().getText()).isEqualTo("groq · llama-3.3-70b-versatile · 3 rows · 0.54 s");
        assertThat(buttonIds(data)).containsExactly("askbar:csv:abc123", "askbar:up:abc123", "askbar:down:abc123");
        assertThat(data.getFiles()).isEmpty();
    }

    @Test
    void singleValueIsShownAsABigNumber() {
        QueryResult one = new QueryResult(
                List.of(new ResultColumn("order_count", "int8", ValueKind.INTEGER)), List.of(List.of(13327L)), false);
        MessageEmbed embed = renderer.answer(
                        answer("How many orders?", "SELECT count(*) AS order_count FROM orders", one, null, null),
                        Optional.of("x"))
                .getEmbeds()
                .get(0);
        assertThat(embed.getDescription()).isEqualTo("# 13,327\norder count");
    }

    @Test
    void longSqlGoesBehindShowSqlButton() {
        String sql = "SELECT " + "o.total + ".repeat(80) + "0 FROM orders o";
        MessageCreateData data =
                renderer.answer(answer("Totals?", sql, customers(2, "Ann"), "ok", 9L), Optional.of("id1"));
        assertThat(data.getEmbeds().get(0).getFields()).isEmpty();
        assertThat(buttonIds(data)).startsWith("askbar:sql:id1");
    }

    @Test
    void everyLimitHoldsForHugeUnicodeAnswers() {
        String question = "¿Cuántos pedidos 🚀 por cliente 山田 ".repeat(30);
        String summary = "Resumen 🚀 con acentos á é í ó ú y 山田太郎. ".repeat(300);
        QueryResult big = customers(500, "山田 太郎 🚀".repeat(10));
        MessageCreateData data = renderer.answer(answer(question, "SELECT 1", big, summary, 3L), Optional.of("big"));
        MessageEmbed embed = data.getEmbeds().get(0);
        assertThat(embed.getTitle().length()).isLessThanOrEqualTo(MessageEmbed.TITLE_MAX_LENGTH);
        assertThat(embed.getDescription().length()).isLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
        assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
        assertThat(embed.isSendable()).isTrue();
        assertThat(embed.getDescription()).contains("```\n").endsWith("\n```");
        assertThat(embed.getTitle()
                        .chars()
                        .filter(c -> Character.isHighSurrogate((char) c))
                        .count())
                .isEqualTo(embed.getTitle()
                        .chars()
                        .filter(c -> Character.isLowSurrogate((char) c))
                        .count());
        assertThat(data.getFiles()).extracting(FileUpload::getName).contains("result.csv");
    }

    @Test
    void chartIsAttachedAndShownAsTheEmbedImage() {
        List<List<Object>> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            rows.add(List.of(java.time.LocalDate.of(2025, m, 1), (long) (m * 10)));
        }
        QueryResult monthly = new QueryResult(
                List.of(
                        new ResultColumn("month", "date", ValueKind.DATE),
                        new ResultColumn("orders", "int8", ValueKind.INTEGER)),
                rows,
                false);
        MessageCreateData data = renderer.answer(
                answer("Orders per month in 2025", "SELECT …", monthly, "Growing.", 1L), Optional.of("c"));
        assertThat(data.getFiles()).extracting(FileUpload::getName).contains("chart.png");
        assertThat(data.getEmbeds().get(0).getImage().getUrl()).isEqualTo("attachment://chart.png");
    }

    @Test
    void failureShowsTheEnginesSentenceOnly() {
        Answer failed = new Answer(
                new Question("drop the orders table", "42", "discord", Optional.empty()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new AnswerError(
                        AnswerError.Code.SQL_REFUSED, "I only run read queries, so I cannot change data.")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new Timings(0, 0, 0, 5),
                false,
                Optional.empty());
        MessageEmbed embed = renderer.error(
                failed.question().text(), failed.error().orElseThrow().message());
        assertThat(embed.getDescription()).isEqualTo("I only run read queries, so I cannot change data.");
        assertThat(embed.getFields()).extracting(MessageEmbed.Field::getValue).containsExactly("drop the orders table");
    }

    @Test
    void manyKeysFitOneEmbedAndSayHowManyAreLeftOut() {
        List<KeyStatus> keys = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            keys.add(new KeyStatus(
                    "groq",
                    i,
                    "gsk_…" + i,
                    "g",
                    "llama-3.3-70b-versatile " + "x".repeat(200),
                    KeyState.COOLING,
                    Optional.of(java.time.Instant.now()),
                    Optional.of("rate limited per day ".repeat(20)),
                    1,
                    1,
                    0,
                    0,
                    0,
                    Optional.of("HTTP 429 ".repeat(30)),
                    Optional.empty()));
        }
        MessageEmbed embed = AdminEmbeds.keys(keys).getEmbeds().get(0);
        assertThat(embed.isSendable()).isTrue();
        assertThat(embed.getFields().size()).isLessThan(25);
        assertThat(embed.getFooter().getText())
                .startsWith((40 - embed.getFields().size()) + " more");
    }

    @Test
    void longSqlFitsAMessageAndComesWholeAsAFile() {
        MessageCreateData shortSql = renderer.sql("SELECT 1");
        assertThat(shortSql.getContent()).isEqualTo("```sql\nSELECT 1\n```");
        assertThat(shortSql.getFiles()).isEmpty();
        String longSql = "SELECT " + "o.total, ".repeat(400) + "1 FROM orders o";
        MessageCreateData big = renderer.sql(longSql);
        assertThat(big.getContent().length()).isLessThanOrEqualTo(2000);
        assertThat(big.getFiles()).extracting(FileUpload::getName).containsExactly("query.sql");
    }

    @Test
    void helpFitsEmbedLimits() {
        List<String> tables = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            tables.add("public.table_" + i + " — " + "Beschreibung mit Umlauten äöü ".repeat(5));
        }
        MessageEmbed embed =
                renderer.help(new HelpText.Help("Ask me about public.", tables, List.of("How many orders?")));
        assertThat(embed.isSendable()).isTrue();
        assertThat(embed.getFields()).allMatch(f -> f.getValue().length() <= MessageEmbed.VALUE_MAX_LENGTH);
    }

    @Test
    void pendingSummaryIsAQuietLineAndTheTableIsThereAlready() {
        Answer draft = answer("Who are our customers?", "SELECT 1", customers(3, "Zoë"), null, null);
        MessageCreateData data = renderer.answer(
                draft,
                Optional.of("d1"),
                DiscordAnswerRenderer.Summary.PENDING,
                DiscordAnswerRenderer.Form.RICH,
                DiscordLimits.UPLOAD);
        assertThat(data.getEmbeds().get(0).getDescription())
                .startsWith("*Writing the summary…*\n\n```\n")
                .contains("Zoë 2");
    }

    @Test
    void missingSummaryLeavesTheTableWithAQuietNote() {
        MessageEditData edit = renderer.summaryEdit(
                answer("Who?", "SELECT 1", customers(3, "Ann"), null, 5L),
                Optional.of("d2"),
                DiscordAnswerRenderer.Summary.MISSING,
                DiscordAnswerRenderer.Form.RICH,
                DiscordLimits.UPLOAD);
        assertThat(edit.getEmbeds().get(0).getDescription())
                .startsWith("*" + Sentences.NO_SUMMARY + "*")
                .contains("Ann 2");
        assertThat(edit.getFiles()).isEmpty();
        assertThat(edit.getComponents()).isNotEmpty();
    }

    @Test
    void plainerFormsAreMessageTextWithinTheLimit() {
        Answer big =
                answer("¿Cuántos? 🚀 ".repeat(40), "SELECT 1", customers(500, "山田 太郎 🚀"), "Resumen. ".repeat(400), 3L);
        MessageCreateData codeBlock = renderer.answer(
                big,
                Optional.of("p"),
                DiscordAnswerRenderer.Summary.FINAL,
                DiscordAnswerRenderer.Form.CODE_BLOCK,
                DiscordLimits.UPLOAD);
        assertThat(codeBlock.getEmbeds()).isEmpty();
        assertThat(codeBlock.getFiles()).isEmpty();
        assertThat(codeBlock.getContent().length()).isLessThanOrEqualTo(2000);
        assertThat(codeBlock.getContent()).contains("```\n").endsWith("\n```").contains("Resumen");
        MessageCreateData text = renderer.answer(
                big,
                Optional.of("p"),
                DiscordAnswerRenderer.Summary.FINAL,
                DiscordAnswerRenderer.Form.TEXT,
                DiscordLimits.UPLOAD);
        assertThat(text.getContent()).doesNotContain("```").contains("Resumen");
        assertThat(text.getContent().length()).isLessThanOrEqualTo(2000);
    }

    @Test
    void csvOverTheUploadLimitIsCutToWholeRowsWithANote() {
        String wide = "x".repeat(2000);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            rows.add(List.of((long) i, wide));
        }
        QueryResult result = new QueryResult(
                List.of(
                        new ResultColumn("id", "int4", ValueKind.INTEGER),
                        new ResultColumn("blob", "text", ValueKind.TEXT)),
                rows,
                false);
        MessageCreateData data = renderer.answer(
                answer("All blobs", "SELECT id, blob FROM blobs", result, "Many.", 1L),
                Optional.of("c"),
                DiscordAnswerRenderer.Summary.FINAL,
                DiscordAnswerRenderer.Form.RICH,
                DiscordLimits.UPLOAD);
        long bytes = data.getFiles().stream()
                .mapToLong(f -> {
                    try (var in = f.getData()) {
                        return in.readAllBytes().length;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .sum();
        assertThat(bytes).isLessThanOrEqualTo(DiscordLimits.UPLOAD).isGreaterThan(DiscordLimits.UPLOAD / 2);
        MessageEmbed.Field note = data.getEmbeds().get(0).getFields().stream()
                .filter(f -> f.getName().equals("CSV"))
                .findFirst()
                .orElseThrow();
        assertThat(note.getValue())
                .startsWith("The CSV holds the first ")
                .contains("of 6,000 rows")
                .contains("10 MB");

        MessageCreateData button = renderer.csv(answer("All blobs", "SELECT 1", result, "Many.", 1L), 1 << 20);
        assertThat(button.getContent()).startsWith("The CSV holds the first ").contains("1 MB");
        DiscordAnswerRenderer.Cut cut = DiscordAnswerRenderer.cutCsv(result, 100_000);
        assertThat(cut.csv().length).isLessThanOrEqualTo(100_000);
        assertThat(new String(cut.csv(), java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .count())
                .isEqualTo(cut.rows() + 1L);
    }
}
