package dev.askbar.slack;

import static com.slack.api.model.block.Blocks.divider;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.TextTable;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerError;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.Timings;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Block Kit rendering on its own: Slack's limits, shortening, escaping and unicode. */
class BlockKitAnswerTest {

    @Test
    void aSmallResultBecomesANativeTableBlockInSlacksJson() {
        QueryResult result = result(3, 2);

        BlockKitAnswer.Rendered rendered = render(answer("per status", result, "Three statuses."));

        assertThat(json(rendered.message().blocks()).toString()).doesNotContain("\"table\"");
        JsonArray attachments = attachments(rendered);
        assertThat(attachments).hasSize(1);
        JsonObject table = find(attachments.get(0).getAsJsonObject().getAsJsonArray("blocks"), "table");
        assertThat(table.getAsJsonArray("rows")).hasSize(4);
        assertThat(table.getAsJsonArray("rows")
                        .get(0)
                        .getAsJsonArray()
                        .get(0)
                        .getAsJsonObject()
                        .get("type")
                        .getAsString())
                .isEqualTo("raw_text");
        assertThat(table.getAsJsonArray("rows")
                        .get(0)
                        .getAsJsonArray()
                        .get(1)
                        .getAsJsonObject()
                        .get("text")
                        .getAsString())
                .isEqualTo("c1");
        assertThat(table.getAsJsonArray("rows")
                        .get(1)
                        .getAsJsonArray()
                        .get(1)
                        .getAsJsonObject()
                        .get("text")
                        .getAsString())
                .isEqualTo("1,000.5");
        assertThat(table.getAsJsonArray("column_settings")
                        .get(0)
                        .getAsJsonObject()
                        .get("is_wrapped")
                        .getAsBoolean())
                .isTrue();
        assertThat(table.getAsJsonArray("column_settings")
                        .get(1)
                        .getAsJsonObject()
                        .get("align")
                        .getAsString())
                .isEqualTo("right");
        assertThat(table.has("block_id")).isFalse();
    }

    @Test
    void theTableBlockHoldsAtMost99RowsUnderItsHeaderAnd20Columns() {
        assertThat(BlockKitAnswer.nativeTable(result(99, 2))).isPresent();
        assertThat(BlockKitAnswer.nativeTable(result(100, 2))).isEmpty();
        assertThat(BlockKitAnswer.nativeTable(result(5, 20))).isPresent();
        assertThat(BlockKitAnswer.nativeTable(result(5, 21))).isEmpty();
    }

    @Test
    void aResultTooBigForATableBlockIsACodeBlockWithinTheSectionLimit() {
        BlockKitAnswer.Rendered rendered = render(answer("everything", result(400, 25), null));

        JsonArray blocks = json(rendered.message().blocks());
        assertThat(blocks.toString()).doesNotContain("\"table\"");
        assertThat(rendered.message().attachments()).isEmpty();
        assertThat(rendered.tableShowsAll()).isFalse();
        String code = sections(blocks).stream()
                .filter(t -> t.startsWith("```"))
                .findFirst()
                .orElseThrow();
        assertThat(code).endsWith("```").contains("more rows");
        assertThat(code.length()).isLessThanOrEqualTo(BlockKitAnswer.MAX_SECTION_TEXT);
    }

    @Test
    void aLongUnicodeSummaryIsShortenedWithoutBreakingCharactersOrEscapes() {
        String summary = "¿Cuántos? 🚀 & <b> 山田 ".repeat(400);

        BlockKitAnswer.Rendered rendered = render(answer("¿cuántos pedidos? 🚀", result(2, 2), summary));

        JsonArray blocks = json(rendered.message().blocks());
        String section = sections(blocks).get(0);
        assertThat(section.length()).isLessThanOrEqualTo(BlockKitAnswer.MAX_SECTION_TEXT);
        assertThat(section).endsWith("…").contains("&amp; &lt;b&gt;").doesNotContain("<b>");
        assertThat(section.replaceAll("&(amp|lt|gt);", "")).doesNotContain("&");
        assertWellFormed(section);
        assertThat(rendered.message().text().length()).isLessThanOrEqualTo(BlockKitAnswer.MAX_FALLBACK_TEXT);
        assertWellFormed(rendered.message().text());
        assertThat(blocks.get(0).toString()).contains("🚀");
    }

    @Test
    void shorteningNeverSplitsASurrogatePairOrAnEscape() {
        assertThat(SlackText.cut("ab🚀", 3)).isEqualTo("ab");
        assertThat(SlackText.cut("ab&amp;cd", 5)).isEqualTo("ab");
        assertThat(SlackText.cut("ab&amp;cd", 7)).isEqualTo("ab&amp;");
        assertThat(SlackText.shorten("x".repeat(10), 5)).isEqualTo("xxxx…");
    }

    @Test
    void anErrorIsShownWithoutTableOrButtons() {
        Answer failed = new Answer(
                question("drop everything"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new AnswerError(AnswerError.Code.SQL_REFUSED, "I only run read-only queries.")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new Timings(0, 0, 0, 5),
                false,
                Optional.of(9L));

        JsonArray blocks = json(render(failed).message().blocks());

        assertThat(blocks.toString())
                .contains(":warning: I only run read-only queries.")
                .doesNotContain("askbar_feedback")
                .doesNotContain("\"table\"");
    }

    @Test
    void aSingleValueIsABigNumber() {
        QueryResult one = new QueryResult(
                List.of(new ResultColumn("order_count", "int8", ValueKind.INTEGER)), List.of(List.of(13327L)), false);

        JsonArray blocks =
                json(render(answer("how many orders", one, null)).message().blocks());

        assertThat(sections(blocks)).contains("*13,327*  order count");
        assertThat(blocks.toString()).doesNotContain(BlockKitAnswer.CSV);
    }

    @Test
    void withoutAnArchiveIdTheSqlIsInAContextBlock() {
        Answer a = answer("per status", result(3, 2), "Three.");

        BlockKitAnswer.Rendered rendered =
                BlockKitAnswer.render(a, AnswerView.of(a, TextTable.Style.chat()), Optional.empty());

        assertThat(json(rendered.message().blocks()).toString())
                .contains("SELECT c0, c1 FROM t")
                .doesNotContain(BlockKitAnswer.SHOW_SQL);
    }

    @Test
    void longMonospaceTextIsSplitIntoSectionsAndNeverMoreThan50Blocks() {
        String report = IntStream.range(0, 5000)
                .mapToObj(i -> "groq  key-" + i + "  gsk_…" + i + "  available")
                .reduce((x, y) -> x + "\n" + y)
                .orElseThrow();

        List<LayoutBlock> blocks = BlockKitAnswer.monospace("LLM keys", report);

        assertThat(blocks).hasSizeLessThanOrEqualTo(BlockKitAnswer.MAX_BLOCKS);
        assertThat(sections(json(blocks)))
                .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(BlockKitAnswer.MAX_SECTION_TEXT));
        assertThat(json(blocks).toString()).contains("more parts left out");
    }

    @Test
    void fittingKeepsTheFirstBlocksAndTheLastTwo() {
        List<LayoutBlock> many = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            many.add(divider());
        }
        List<LayoutBlock> fitted = BlockKitAnswer.fitBlocks(many);
        assertThat(fitted).hasSize(50);
        assertThat(fitted.get(49)).isSameAs(many.get(79));
        assertThat(fitted.get(48)).isSameAs(many.get(78));
    }

    private static BlockKitAnswer.Rendered render(Answer a) {
        return BlockKitAnswer.render(a, AnswerView.of(a, TextTable.Style.chat()), Optional.of("abc123def456"));
    }

    private static Question question(String text) {
        return new Question(text, "U1", "slack", Optional.empty());
    }

    private static Answer answer(String question, QueryResult result, String summary) {
        String sql = "SELECT "
                + String.join(
                        ", ", result.columns().stream().map(ResultColumn::name).toList()) + " FROM t";
        return new Answer(
                question(question),
                Optional.of(sql),
                Optional.of(result),
                Optional.ofNullable(summary),
                Optional.empty(),
                Optional.of("groq"),
                Optional.of("llama-3.3-70b-versatile"),
                Optional.of("gsk_…a1b2"),
                new Timings(10, 5, 10, 25),
                false,
                Optional.of(7L));
    }

    /** Column 0 text, the others decimals. */
    private static QueryResult result(int rows, int columns) {
        List<ResultColumn> cols = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cols.add(
                    c == 0
                            ? new ResultColumn("c0", "text", ValueKind.TEXT)
                            : new ResultColumn("c" + c, "numeric", ValueKind.DECIMAL));
        }
        List<List<Object>> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(c == 0 ? "row " + r : new BigDecimal("1000.5").add(BigDecimal.valueOf(r)));
            }
            data.add(row);
        }
        return new QueryResult(cols, data, false);
    }

    private static JsonArray json(List<LayoutBlock> blocks) {
        return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(blocks))
                .getAsJsonArray();
    }

    private static JsonArray attachments(BlockKitAnswer.Rendered rendered) {
        return JsonParser.parseString(
                        GsonFactory.createSnakeCase().toJson(rendered.message().attachments()))
                .getAsJsonArray();
    }

    private static JsonObject find(JsonArray blocks, String type) {
        for (var b : blocks) {
            if (b.getAsJsonObject().get("type").getAsString().equals(type)) {
                return b.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + type + " block in " + blocks);
    }

    private static List<String> sections(JsonArray blocks) {
        List<String> out = new ArrayList<>();
        for (var b : blocks) {
            JsonObject o = b.getAsJsonObject();
            if (o.get("type").getAsString().equals("section")) {
                out.add(o.getAsJsonObject("text").get("text").getAsString());
            }
        }
        return out;
    }

    private static void assertWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                        .as("pair at " + i)
                        .isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(ch))
                        .as("lone low surrogate at " + i)
                        .isFalse();
            }
        }
    }
}
