package dev.askbar.core.llm.bench;

import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.GeminiResponses;
import dev.askbar.testkit.GroqResponses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * The providers' side of a free-tier day: per group and model request and token limits, enforced on the shared
 * clock, answered with the real bodies and headers. It also keeps score of every call made to a group and model
 * before the reset time the provider had already announced (by a 429, or by a spent request budget header).
 */
final class FreeTierQuotas {
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    /** Limits of one model in one group; 0 means no such limit. */
    record Limits(int rpm, int rpd, int tpm) {}

    private final class Window {
        final Limits limits;
        final boolean pacificDay;
        Instant minute = Instant.EPOCH;
        int minuteRequests;
        int minuteTokens;
        LocalDate day;
        int dayRequests;
        Instant announcedFreeAt = Instant.EPOCH;
        boolean announcedBeforeRestart;

        Window(Limits limits, boolean pacificDay) {
            this.limits = limits;
            this.pacificDay = pacificDay;
        }
    }

    private final Clock clock;
    private final Map<String, String> groupOfKey = new HashMap<>();
    private final Map<String, Window> windows = new HashMap<>();
    private final Map<String, Limits> groqLimits;
    private final Map<String, Limits> geminiLimits;
    private boolean restarted;
    int calls;
    int successes;
    int perMinute429;
    int perDay429;
    /** Token-limit 429s that the remaining-tokens header of an earlier response this minute predicted. */
    int foreseeable429;

    int callsAfterKnownExhausted;
    final java.util.List<String> violations = new java.util.ArrayList<>();
    int callsAfterRestartToGroupsExhaustedBefore;

    FreeTierQuotas(Clock clock, Map<String, Limits> groqLimits, Map<String, Limits> geminiLimits) {
        this.clock = clock;
        this.groqLimits = groqLimits;
        this.geminiLimits = geminiLimits;
    }

    void key(String key, String group) {
        groupOfKey.put(key, group);
    }

    synchronized void restarting() {
        restarted = true;
        for (Window w : windows.values()) {
            w.announcedBeforeRestart = clock.instant().isBefore(w.announcedFreeAt);
        }
    }

    /** Every request slot of every group and model in one day: the most any gateway could answer. */
    int dailyCapacity(int groqGroups, int geminiGroups) {
        return groqGroups * groqLimits.values().stream().mapToInt(Limits::rpd).sum()
                + geminiGroups
                        * geminiLimits.values().stream().mapToInt(Limits::rpd).sum();
    }

    synchronized MockResponse groq(ChatCall call) {
        Window w = window("groq", call, groqLimits.get(call.model()), false);
        Instant now = clock.instant();
        int tokens = estimate(call);
        Duration toMinuteEnd = Duration.between(now, w.minute.plus(1, ChronoUnit.MINUTES));
        Duration toDayEnd = Duration.between(now, dayEnd(w, now));
        if (w.dayRequests >= w.limits.rpd()) {
            return refuse(
                    w,
                    true,
                    now.plus(toDayEnd),
                    GroqResponses.rateLimited(
                            call.model(), "requests per day (RPD)", w.limits.rpd(), go(toDayEnd), null));
        }
        if (w.minuteRequests >= w.limits.rpm()) {
            return refuse(
                    w,
                    false,
                    now.plus(toMinuteEnd),
                    GroqResponses.rateLimited(
                            call.model(), "requests per minute (RPM)", w.limits.rpm(), go(toMinuteEnd), (int)
                                    Math.max(1, toMinuteEnd.toSeconds())));
        }
        if (w.minuteTokens + tokens > w.limits.tpm()) {
            if (w.minuteRequests > 0) {
                // this minute's earlier response already said how many tokens were left
                foreseeable429++;
            }
            return refuse(
                    w,
                    false,
                    now.plus(toMinuteEnd),
                    GroqResponses.rateLimited(
                            call.model(), "tokens per minute (TPM)", w.limits.tpm(), go(toMinuteEnd), (int)
                                    Math.max(1, toMinuteEnd.toSeconds())));
        }
        w.dayRequests++;
        w.minuteRequests++;
        w.minuteTokens += tokens;
        successes++;
        int remaining = w.limits.rpd() - w.dayRequests;
        if (remaining == 0) {
            w.announcedFreeAt = now.plus(toDayEnd);
        }
        return GroqResponses.completionWithBudget(
                call.model(),
                "SELECT count(*) FROM orders",
                w.limits.rpd(),
                remaining,
                go(toDayEnd),
                w.limits.tpm(),
                w.limits.tpm() - w.minuteTokens,
                go(toMinuteEnd));
    }

    synchronized MockResponse gemini(ChatCall call) {
        Window w = window("gemini", call, geminiLimits.get(call.model()), true);
        Instant now = clock.instant();
        Duration toMinuteEnd = Duration.between(now, w.minute.plus(1, ChronoUnit.MINUTES));
        if (w.dayRequests >= w.limits.rpd()) {
            return refuse(w, true, dayEnd(w, now), GeminiResponses.quotaExceededPerDay(call.model(), w.limits.rpd()));
        }
        if (w.minuteRequests >= w.limits.rpm()) {
            return refuse(
                    w,
                    false,
                    now.plus(toMinuteEnd),
                    GeminiResponses.quotaExceededPerMinute(
                            call.model(), w.limits.rpm(), Math.max(1, toMinuteEnd.toSeconds()) + "s"));
        }
        w.dayRequests++;
        w.minuteRequests++;
        successes++;
        return GeminiResponses.completion(call.model(), "SELECT count(*) FROM orders");
    }

    private Window window(String provider, ChatCall call, Limits limits, boolean pacificDay) {
        calls++;
        String group = groupOfKey.getOrDefault(call.key(), "unknown");
        Window w = windows.computeIfAbsent(
                provider + "/" + group + "/" + call.model(), k -> new Window(limits, pacificDay));
        Instant now = clock.instant();
        if (now.isBefore(w.announcedFreeAt)) {
            callsAfterKnownExhausted++;
            violations.add(provider + "/" + group + "/" + call.model() + " at " + now + ", announced free at "
                    + w.announcedFreeAt);
            if (restarted && w.announcedBeforeRestart) {
                callsAfterRestartToGroupsExhaustedBefore++;
            }
        }
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        if (!minute.equals(w.minute)) {
            w.minute = minute;
            w.minuteRequests = 0;
            w.minuteTokens = 0;
        }
        LocalDate day = now.atZone(pacificDay ? PACIFIC : ZoneOffset.UTC).toLocalDate();
        if (!day.equals(w.day)) {
            w.day = day;
            w.dayRequests = 0;
        }
        return w;
    }

    private MockResponse refuse(Window w, boolean perDay, Instant freeAt, MockResponse response) {
        if (perDay) {
            perDay429++;
        } else {
            perMinute429++;
        }
        w.announcedFreeAt = freeAt;
        return response;
    }

    private static Instant dayEnd(Window w, Instant now) {
        ZoneId zone = w.pacificDay ? PACIFIC : ZoneOffset.UTC;
        return now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The same size estimate the gateway uses, so a budget header means the same thing on both sides. */
    private static int estimate(ChatCall call) {
        int chars = Math.max(0, call.system().length() - 1)
                + Math.max(0, call.user().length() - 1);
        return chars / 4 + call.maxTokens();
    }

    private static String go(Duration d) {
        long ms = Math.max(1, d.toMillis());
        long h = ms / 3_600_000;
        long m = ms / 60_000 % 60;
        double s = ms % 60_000 / 1000.0;
        return (h > 0 ? h + "h" : "")
                + (h > 0 || m > 0 ? m + "m" : "")
                + String.format(java.util.Locale.ROOT, "%.2fs", s);
    }
}
