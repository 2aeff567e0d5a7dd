package dev.askbar.app.doctor;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.ConfigException;
import dev.askbar.core.config.DatabaseTarget;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code askbar doctor}'s standard checklist for one configuration, in the order an operator fixes things. */
public final class Checklist {
    private Checklist() {}

    /**
     * The configuration as the doctor reads it: a missing signing secret is one finding among the others rather
     * than the end of the check, so one run names every problem.
     */
    public record Reading(AskBarConfig config, boolean signingSecretMissing) {}

    public static Reading read(Map<String, String> env) {
        try {
            return new Reading(AskBarConfig.from(env), false);
        } catch (ConfigException e) {
            if (!e.variable().equals("SLACK_SIGNING_SECRET")) {
                throw e;
            }
            Map<String, String> standIn = new HashMap<>(env);
            standIn.put("SLACK_SIGNING_SECRET", "missing");
            return new Reading(AskBarConfig.from(standIn), true);
        }
    }

    /**
     * @param data  where questions run (the embedded server's reader when no database is configured)
     * @param state where AskBar keeps its own tables
     * @param llm   the LLM key check; {@link LlmKeysCheck} with the router's key verifier
     */
    public static Doctor standard(Reading reading, DatabaseTarget data, DatabaseTarget state, DoctorCheck llm) {
        AskBarConfig config = reading.config();
        PlatformHttp http = new PlatformHttp();
        Set<String> guilds = new LinkedHashSet<>();
        // ASKBAR_DISCORD_GUILDS and the older ASKBAR_DISCORD_GUILD, joined
        guilds.addAll(config.chat().discordGuilds());
        Doctor doctor = new Doctor()
                .add("data database", DatabaseChecks.data(data, config.schemas()))
                .add("state database", DatabaseChecks.state(state))
                .add("LLM keys", llm)
                .add("Slack", SlackChecks.of(config.chat(), reading.signingSecretMissing(), http))
                .add("Discord", DiscordChecks.of(config.chat(), guilds, http));
        // ports matter to askbar run, which needs a chat platform; the terminal console listens on none
        boolean anyPlatform = config.chat().slackBotToken().isPresent()
                || config.chat().discordToken().isPresent();
        if (anyPlatform) {
            doctor.add(
                    "health port",
                    PortChecks.port("/health and /metrics", "ASKBAR_HTTP_PORT", config.httpHost(), config.httpPort()));
        }
        boolean slackHttp = config.chat().slackBotToken().isPresent()
                && config.chat().slackAppToken().isEmpty();
        if (slackHttp) {
            doctor.add(
                    "Slack port",
                    PortChecks.port(
                            "Slack events",
                            "ASKBAR_SLACK_PORT",
                            "0.0.0.0",
                            config.chat().slackPort()));
        }
        return doctor;
    }

    /** The LLM check when no key checker is plugged in: keys are configured, not verified. */
    public static DoctorCheck llmKeysPresent(AskBarConfig config) {
        return new LlmKeysCheck(config.hasAnyLlmKey(), Optional.empty());
    }
}
