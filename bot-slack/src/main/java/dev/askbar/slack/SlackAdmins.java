package dev.askbar.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Set;

/**
 * Who may see admin output: workspace admins and owners (as users.info says) and the ids in
 * ASKBAR_SLACK_ADMINS. Answers are remembered for a few minutes so repeated commands cost no extra calls;
 * when Slack cannot be asked, the answer is no.
 */
final class SlackAdmins {
    private final Set<String> configured;
    private final SlackWeb web;
    private final Cache<String, Boolean> known = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5))
            .maximumSize(1000)
            .build();

    SlackAdmins(Set<String> configured, SlackWeb web) {
        this.configured = Set.copyOf(configured);
        this.web = web;
    }

    boolean isAdmin(String userId) {
        if (configured.contains(userId)) {
            return true;
        }
        Boolean cached = known.getIfPresent(userId);
        if (cached != null) {
            return cached;
        }
        boolean admin = web.user(userId).map(SlackAdmins::workspaceAdmin).orElse(false);
        known.put(userId, admin);
        return admin;
    }

    private static boolean workspaceAdmin(JsonObject user) {
        return flag(user, "is_admin") || flag(user, "is_owner") || flag(user, "is_primary_owner");
    }

    private static boolean flag(JsonObject user, String name) {
        return user.has(name)
                && user.get(name).isJsonPrimitive()
                && user.get(name).getAsBoolean();
    }
}
