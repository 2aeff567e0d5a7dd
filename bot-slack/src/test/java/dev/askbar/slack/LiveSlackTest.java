package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real Slack Web API through AskBar's own {@link SlackWeb}, configured as {@link SlackAdapter} configures it
 * ({@code ASKBAR_SLACK_API_URL}, pacing, one retry after a 429): auth.test, a message posted, updated and deleted,
 * a native table in attachments, a refused block, files upload v2. Keeps {@code FakeSlack} and {@code SlackShapes}
 * honest (docs/live-checks.md). Posts to the channel in {@code ASKBAR_LIVE_SLACK_CHANNEL} and deletes its messages;
 * only the uploaded CSV stays (AskBar never deletes files).
 */
@Tag("live")
class LiveSlackTest {
    private SlackWeb web;
    private MethodsClient methods;
    private String channel;
    private final List<String> posted = new ArrayList<>();

    @BeforeEach
    void connect() {
        String token = System.getenv("SLACK_BOT_TOKEN");
        channel = System.getenv("ASKBAR_LIVE_SLACK_CHANNEL");
        assumeTrue(
                token != null && !token.isBlank() && channel != null && !channel.isBlank(),
                "SLACK_BOT_TOKEN and ASKBAR_LIVE_SLACK_CHANNEL are not both set (no live Slack check without them)");
        // the API address as askbar run reads it (ASKBAR_SLACK_API_URL, or Slack's own)
        Map<String, String> env = new HashMap<>();
        Optional.ofNullable(System.getenv("ASKBAR_SLACK_API_URL"))
                .ifPresent(url -> env.put("ASKBAR_SLACK_API_URL", url));
        String apiUrl = AskBarConfig.from(env).chat().slackApiUrl();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        Slack slack = Slack.getInstance(config);
        methods = slack.methods(token);
        web = new SlackWeb(new WebApiCall(slack, token), new ChannelPacer(SlackSettings.SLACK_CHANNEL_INTERVAL));
    }

    @AfterEach
    void removeWhatWasPosted() {
        if (web != null) {
            posted.forEach(ts -> web.delete(channel, ts));
        }
    }

    @Test
    void authTestNamesTheBotAndItsWorkspace() throws Exception {
        AuthTestResponse auth = methods.authTest(r -> r);

        assertThat(auth.isOk()).as("auth.test: %s", auth.getError()).isTrue();
        assertThat(auth.getUserId()).startsWith("U");
        assertThat(auth.getTeamId()).startsWith("T");
        assertThat(auth.getBotId()).as("a bot token, not a user token").startsWith("B");
    }

    @Test
    void aMessageIsPostedUpdatedAndDeleted() {
        SlackWeb.Sent sent =
                web.post(channel, Optional.empty(), SlackMessage.plain("AskBar live check " + Instant.now()));
        assertThat(sent.error()).isEmpty();
        String ts = sent.ts().orElseThrow();
        posted.add(ts);

        SlackWeb.Sent updated = web.update(channel, ts, BlockKitAnswer.notice("AskBar live check: updated"));
        assertThat(updated.error()).isEmpty();
        assertThat(web.delete(channel, ts)).isTrue();
        posted.remove(ts);

        // FakeSlack answers an update of a deleted message with message_not_found
        assertThat(web.update(channel, ts, SlackMessage.plain("AskBar live check: too late"))
                        .error())
                .contains("message_not_found");
    }

    @Test
    void aNativeTableInAttachmentsIsAccepted() {
        QueryResult result = new QueryResult(
                List.of(
                        new ResultColumn("region", "text", ValueKind.TEXT),
                        new ResultColumn("orders", "int8", ValueKind.INTEGER)),
                List.of(List.of("North & <East>", 1204L), List.of("South", 87L)),
                false);
        TableBlock table = BlockKitAnswer.nativeTable(result).orElseThrow();
        SlackMessage message = new SlackMessage(
                "AskBar live check: a table",
                List.of(section("AskBar live check: a table")),
                List.of(BlockKitAnswer.tableAttachment(table)));

        SlackWeb.Sent sent = web.post(channel, Optional.empty(), message);
        sent.ts().ifPresent(posted::add);

        assertThat(sent.error())
                .as("Slack's verdict on a table block in attachments")
                .isEmpty();
    }

    @Test
    void aSectionOverThreeThousandCharactersIsRefusedAsInvalidBlocks() {
        SlackMessage tooLong = new SlackMessage("AskBar live check: refused", List.of(section("x".repeat(3001))));

        SlackWeb.Sent sent = web.post(channel, Optional.empty(), tooLong);
        sent.ts().ifPresent(posted::add);

        assertThat(sent.error()).contains("invalid_blocks");
        assertThat(sent.refusedShape()).isTrue();
    }

    @Test
    void aCsvIsUploadedThroughFilesUploadV2IntoAThread() {
        SlackWeb.Sent parent = web.post(channel, Optional.empty(), SlackMessage.plain("AskBar live check: an upload"));
        String ts = parent.ts().orElseThrow();
        posted.add(ts);

        boolean uploaded = web.upload(
                channel,
                Optional.of(ts),
                "askbar-live-check.csv",
                "AskBar live check",
                "region,orders\nNorth,1204\n".getBytes(StandardCharsets.UTF_8));

        assertThat(uploaded).isTrue();
    }

    private static LayoutBlock section(String markdown) {
        return SectionBlock.builder()
                .text(MarkdownTextObject.builder().text(markdown).build())
                .build();
    }
}
