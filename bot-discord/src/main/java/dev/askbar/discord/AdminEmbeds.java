package dev.askbar.discord;

import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.platform.ExampleReview;
import dev.askbar.core.platform.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.TimeFormat;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * What admins see, natively: key status as embed fields (one per key and model) and pending examples as fields
 * with approve/reject buttons. Shown only to the admin, by editing their deferred ephemeral reply.
 */
final class AdminEmbeds {
    private static final int COLOR = 0x2B6CB0;
    /** Two examples (approve + reject each) per row of at most five buttons; five rows per message. */
    private static final int EXAMPLES_PER_ROW = 2;

    private AdminEmbeds() {}

    static MessageEditData keys(List<KeyStatus> keys) {
        if (keys.isEmpty()) {
            return new MessageEditBuilder().setContent(Sentences.NO_KEYS).build();
        }
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOR).setTitle("LLM keys");
        int shown = 0;
        int length = "LLM keys".length();
        for (KeyStatus k : keys) {
            String name = DiscordLimits.fit(
                    DiscordMarkdown.escape(k.provider() + " #" + k.position() + " · " + k.key() + " · " + k.model()),
                    DiscordLimits.TITLE);
            String value = DiscordLimits.fit(state(k), 300);
            // one field short of the cap, so the last one can say how many are left out
            if (shown == DiscordLimits.FIELDS - 1
                    || length + name.length() + value.length() > DiscordLimits.EMBED_TOTAL - 200) {
                break;
            }
            embed.addField(name, value, true);
            length += name.length() + value.length();
            shown++;
        }
        if (shown < keys.size()) {
            embed.setFooter(Sentences.moreKeys(keys.size() - shown));
        }
        return new MessageEditBuilder().setContent("").setEmbeds(embed.build()).build();
    }

    /** Markdown: "available", or "cooling until 14:05 (rate limited per day)", then today's traffic. */
    static String state(KeyStatus k) {
        String state = switch (k.state()) {
            case AVAILABLE -> "available";
            case COOLING -> "cooling down";
            case PROBING -> "trying again";
            case CIRCUIT_OPEN -> "resting after errors";
            case DISABLED -> "disabled";
            case MODEL_RETIRED -> "model retired";
        };
        StringBuilder sb = new StringBuilder(state);
        if (k.state() != KeyState.AVAILABLE) {
            k.until().ifPresent(t -> sb.append(" until ").append(TimeFormat.TIME_SHORT.atInstant(t)));
            k.reason()
                    .ifPresent(r ->
                            sb.append(" (").append(DiscordMarkdown.escape(r)).append(')'));
        }
        sb.append(String.format(Locale.ROOT, "\ntoday: %d requests, %d failed", k.requestsToday(), k.failuresToday()));
        k.lastError().ifPresent(e -> sb.append("\nlast error: ").append(DiscordMarkdown.escape(e)));
        return sb.toString();
    }

    static MessageEditData examples(List<ExampleReview.Candidate> pending) {
        if (pending.isEmpty()) {
            return new MessageEditBuilder()
                    .setContent(Sentences.NO_PENDING_EXAMPLES)
                    .build();
        }
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOR).setTitle("Examples waiting for review");
        List<ExampleReview.Candidate> shown =
                pending.stream().limit(EXAMPLES_PER_ROW * 5L).toList();
        int each = (DiscordLimits.EMBED_TOTAL - 200) / Math.max(1, shown.size());
        for (ExampleReview.Candidate c : shown) {
            String name = DiscordLimits.fit(
                    DiscordMarkdown.escape("#" + c.id() + " · " + c.question()),
                    Math.min(DiscordLimits.TITLE, each / 3));
            String by = "\nsuggested by " + DiscordLimits.fit(DiscordMarkdown.escape(c.suggestedBy()), 100);
            String sql = DiscordLimits.codeBlock(
                    "sql", c.sql(), Math.min(DiscordLimits.FIELD_VALUE, each - name.length()) - by.length());
            embed.addField(name, sql + by, false);
        }
        List<ActionRow> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (ExampleReview.Candidate c : shown) {
            row.add(ButtonIds.approve(c.id()));
            row.add(ButtonIds.reject(c.id()));
            if (row.size() == EXAMPLES_PER_ROW * 2) {
                rows.add(ActionRow.of(row));
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(ActionRow.of(row));
        }
        return new MessageEditBuilder()
                .setContent("")
                .setEmbeds(embed.build())
                .setComponents(rows)
                .build();
    }
}
