package dev.askbar.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Optional;
import java.util.Set;

/**
 * What Slack checks in a message before it takes it, as its Block Kit reference documents (docs.slack.dev,
 * reference/block-kit/blocks, composition objects and block elements), answered with Slack's error codes. A fake that
 * accepts less than Slack would hide a refused answer; where the docs say nothing, this is stricter rather than looser.
 */
final class SlackShapes {
    static final int MAX_BLOCKS = 50;
    static final int MAX_SECTION_TEXT = 3000;
    static final int MAX_SECTION_FIELDS = 10;
    static final int MAX_FIELD_TEXT = 2000;
    static final int MAX_CONTEXT_ELEMENTS = 10;
    static final int MAX_ACTIONS_ELEMENTS = 25;
    static final int MAX_BUTTON_TEXT = 75;
    static final int MAX_BUTTON_VALUE = 2000;
    static final int MAX_ACTION_ID = 255;
    static final int MAX_BLOCK_ID = 255;
    static final int MAX_HEADER_TEXT = 150;
    static final int MAX_TEXT = 40_000;
    static final int MAX_ATTACHMENTS = 100;
    static final int MAX_TABLE_ROWS = 100;
    static final int MAX_TABLE_CELLS = 20;
    static final int MAX_TABLE_CHARS = 10_000;
    private static final Set<String> MESSAGE_BLOCKS =
            Set.of("section", "context", "actions", "divider", "header", "image", "rich_text");

    private SlackShapes() {}

    /**
     * The error Slack would answer for this message, or empty when it would take it.
     *
     * @param text        the message text, or null
     * @param blocks      the blocks as JSON, or null
     * @param attachments the attachments as JSON, or null
     */
    static Optional<String> check(String text, String blocks, String attachments) {
        if (text != null && text.length() > MAX_TEXT) {
            return Optional.of("msg_too_long");
        }
        int blockCount = 0;
        if (blocks != null) {
            JsonArray array = array(blocks);
            if (array == null) {
                return Optional.of("invalid_blocks_format");
            }
            if (array.size() > MAX_BLOCKS) {
                return Optional.of("invalid_blocks");
            }
            for (JsonElement b : array) {
                if (!b.isJsonObject() || !validBlock(b.getAsJsonObject(), MESSAGE_BLOCKS)) {
                    return Optional.of("invalid_blocks");
                }
            }
            blockCount = array.size();
        }
        int attachmentCount = 0;
        if (attachments != null) {
            JsonArray array = array(attachments);
            if (array == null) {
                return Optional.of("invalid_attachments");
            }
            if (array.size() > MAX_ATTACHMENTS) {
                return Optional.of("too_many_attachments");
            }
            int tables = 0;
            int tableChars = 0;
            for (JsonElement a : array) {
                if (!a.isJsonObject()) {
                    return Optional.of("invalid_attachments");
                }
                JsonObject attachment = a.getAsJsonObject();
                if (attachment.has("blocks")) {
                    JsonArray inner =
                            attachment.get("blocks").isJsonArray() ? attachment.getAsJsonArray("blocks") : null;
                    if (inner == null || inner.size() > MAX_BLOCKS) {
                        return Optional.of("invalid_attachments");
                    }
                    for (JsonElement b : inner) {
                        if (!b.isJsonObject()) {
                            return Optional.of("invalid_attachments");
                        }
                        JsonObject block = b.getAsJsonObject();
                        if ("table".equals(string(block, "type"))) {
                            int chars = tableChars(block);
                            if (chars < 0) {
                                return Optional.of("invalid_attachments");
                            }
                            tables++;
                            tableChars += chars;
                        } else if (!validBlock(block, MESSAGE_BLOCKS)) {
                            return Optional.of("invalid_attachments");
                        }
                    }
                }
                attachmentCount++;
            }
            // one table per message, and 10,000 characters over all its cells
            if (tables > 1 || tableChars > MAX_TABLE_CHARS) {
                return Optional.of("invalid_attachments");
            }
        }
        if ((text == null || text.isBlank()) && blockCount == 0 && attachmentCount == 0) {
            return Optional.of("no_text");
        }
        return Optional.empty();
    }

    private static boolean validBlock(JsonObject block, Set<String> allowed) {
        String type = string(block, "type");
        if (type == null || !allowed.contains(type)) {
            return false;
        }
        String blockId = string(block, "block_id");
        if (blockId != null && (blockId.isEmpty() || blockId.length() > MAX_BLOCK_ID)) {
            return false;
        }
        return switch (type) {
            case "section" -> validSection(block);
            case "context" -> validContext(block);
            case "actions" -> validActions(block);
            case "header" -> validText(block.get("text"), MAX_HEADER_TEXT, true);
            default -> true;
        };
    }

    private static boolean validSection(JsonObject block) {
        boolean hasText = block.has("text");
        boolean hasFields = block.has("fields");
        if (!hasText && !hasFields) {
            return false;
        }
        if (hasText && !validText(block.get("text"), MAX_SECTION_TEXT, false)) {
            return false;
        }
        if (hasFields) {
            JsonArray fields = block.get("fields").isJsonArray() ? block.getAsJsonArray("fields") : null;
            if (fields == null || fields.size() > MAX_SECTION_FIELDS) {
                return false;
            }
            for (JsonElement f : fields) {
                if (!validText(f, MAX_FIELD_TEXT, false)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean validContext(JsonObject block) {
        JsonArray elements =
                block.has("elements") && block.get("elements").isJsonArray() ? block.getAsJsonArray("elements") : null;
        if (elements == null || elements.isEmpty() || elements.size() > MAX_CONTEXT_ELEMENTS) {
            return false;
        }
        for (JsonElement e : elements) {
            String type = e.isJsonObject() ? string(e.getAsJsonObject(), "type") : null;
            if (!"image".equals(type) && !validText(e, MAX_SECTION_TEXT, false)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validActions(JsonObject block) {
        JsonArray elements =
                block.has("elements") && block.get("elements").isJsonArray() ? block.getAsJsonArray("elements") : null;
        if (elements == null || elements.isEmpty() || elements.size() > MAX_ACTIONS_ELEMENTS) {
            return false;
        }
        for (JsonElement e : elements) {
            if (!e.isJsonObject() || !"button".equals(string(e.getAsJsonObject(), "type"))) {
                return false;
            }
            JsonObject button = e.getAsJsonObject();
            String actionId = string(button, "action_id");
            String value = string(button, "value");
            String style = string(button, "style");
            if (actionId == null
                    || actionId.isEmpty()
                    || actionId.length() > MAX_ACTION_ID
                    || (value != null && value.length() > MAX_BUTTON_VALUE)
                    || (style != null && !style.equals("primary") && !style.equals("danger"))
                    || !validText(button.get("text"), MAX_BUTTON_TEXT, true)) {
                return false;
            }
        }
        return true;
    }

    /** A text object: mrkdwn or plain_text, 1 to max characters; verbatim only on mrkdwn, emoji only on plain_text. */
    private static boolean validText(JsonElement element, int max, boolean plainOnly) {
        if (element == null || !element.isJsonObject()) {
            return false;
        }
        JsonObject text = element.getAsJsonObject();
        String type = string(text, "type");
        String value = string(text, "text");
        if (value == null || value.isEmpty() || value.length() > max) {
            return false;
        }
        if ("plain_text".equals(type)) {
            return !text.has("verbatim");
        }
        return "mrkdwn".equals(type) && !plainOnly && !text.has("emoji");
    }

    /** The characters over all cells, or -1 when the table breaks a rule. */
    private static int tableChars(JsonObject table) {
        JsonArray rows = table.has("rows") && table.get("rows").isJsonArray() ? table.getAsJsonArray("rows") : null;
        if (rows == null || rows.isEmpty() || rows.size() > MAX_TABLE_ROWS) {
            return -1;
        }
        if (table.has("column_settings")
                && (!table.get("column_settings").isJsonArray()
                        || table.getAsJsonArray("column_settings").size() > MAX_TABLE_CELLS)) {
            return -1;
        }
        int width = -1;
        int chars = 0;
        for (JsonElement r : rows) {
            if (!r.isJsonArray()
                    || r.getAsJsonArray().isEmpty()
                    || r.getAsJsonArray().size() > MAX_TABLE_CELLS) {
                return -1;
            }
            if (width >= 0 && r.getAsJsonArray().size() != width) {
                return -1;
            }
            width = r.getAsJsonArray().size();
            for (JsonElement c : r.getAsJsonArray()) {
                if (!c.isJsonObject()) {
                    return -1;
                }
                JsonObject cell = c.getAsJsonObject();
                String type = string(cell, "type");
                if ("raw_text".equals(type)) {
                    String text = string(cell, "text");
                    if (text == null || text.isEmpty()) {
                        return -1;
                    }
                    chars += text.length();
                } else if (!"rich_text".equals(type)) {
                    return -1;
                }
            }
        }
        return chars;
    }

    private static JsonArray array(String json) {
        try {
            JsonElement e = JsonParser.parseString(json);
            return e.isJsonArray() ? e.getAsJsonArray() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String string(JsonObject o, String name) {
        return o.has(name) && o.get(name).isJsonPrimitive() ? o.get(name).getAsString() : null;
    }
}
