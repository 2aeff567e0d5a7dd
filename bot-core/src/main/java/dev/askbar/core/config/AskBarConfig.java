package dev.askbar.core.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every setting AskBar has, read once from the environment and validated in one place.
 * Nothing else in the code base reads environment variables.
 */
public record AskBarConfig(
        Optional<DatabaseTarget> database,
        Optional<DatabaseTarget> stateDatabase,
        List<String> schemas,
        List<ProviderSettings> providers,
        Limits limits,
        EngineSettings engine,
        Path home,
        Chat chat,
        int httpPort,
        String httpHost) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Whether ASKBAR_SCHEMAS can name this schema (a plain identifier). */
    public static boolean isSchemaName(String name) {
        return IDENTIFIER.matcher(name).matches();
    }

    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    /** AskBar's own schema (audit log, cache, examples): questions may never read it. */
    private static final String STATE_SCHEMA = "askbar";

    /**
     * One LLM provider as configured: its row of {@link ProviderType#TABLE}, endpoint, keys in configuration order
     * (one keyless slot for a server that takes none), models in preference order.
     */
    public record ProviderSettings(ProviderType type, String baseUrl, List<KeySpec> keys, List<String> models) {
        public String name() {
            return type.name();
        }

        public boolean configured() {
            return !keys.isEmpty();
        }
    }

    /**
     * Bounds on what one question may cost.
     *
     * @param dataConnections queries run on the data database at once ({@code ASKBAR_DATABASE_CONNECTIONS}); more
     *                        questions wait for a connection
     */
    public record Limits(
            int maxQuestionChars,
            int maxRows,
            Duration statementTimeout,
            Duration llmTimeout,
            int questionsPerMinute,
            int dataConnections) {

        /**
         * Two per core of this machine, between 4 and 10. A query holds its connection only while it runs, and a
         * database answers fastest with about two busy backends per core: on 2 cores shared with PostgreSQL, 10
         * connections made 50 questions at once cost a tenth more CPU each than 4 and finish later
         * (docs/benchmarks.md). A database on a bigger machine can take more: set ASKBAR_DATABASE_CONNECTIONS.
         */
        public static int defaultDataConnections() {
            return Math.max(4, Math.min(10, 2 * Runtime.getRuntime().availableProcessors()));
        }
    }

    /**
     * How the engine builds prompts and reuses work.
     *
     * @param schemaTokenBudget tokens the schema part of a prompt may take
     * @param glossary          the team's business terms file, re-read when it changes
     * @param embeddedPort      port of the embedded PostgreSQL, 0 for any free one
     * @param requireReadOnlyRole refuse to start, rather than warn, when the data role could write
     */
    /** @param hiddenColumns columns kept out of prompts and answers ({@code ASKBAR_HIDDEN_COLUMNS}) */
    public record EngineSettings(
            int schemaTokenBudget,
            Duration cacheTtl,
            Path glossary,
            int embeddedPort,
            boolean requireReadOnlyRole,
            HiddenColumns hiddenColumns) {}

    /**
     * Chat platform settings; an adapter starts only when its token is set.
     *
     * @param discordGuilds     the servers to answer in: ASKBAR_DISCORD_GUILDS and the older ASKBAR_DISCORD_GUILD, joined
     * @param discordShards     this process's Discord shards, when ASKBAR_DISCORD_SHARDS is set; one unsharded connection otherwise
     * @param discordGatewayUrl a Discord-compatible gateway (ASKBAR_DISCORD_GATEWAY_URL); Discord's own when empty
     */
    public record Chat(
            Optional<Secret> discordToken,
            Optional<String> discordGuild,
            List<String> discordAdmins,
            Optional<Secret> slackBotToken,
            Optional<Secret> slackSigningSecret,
            Optional<Secret> slackAppToken,
            int slackPort,
            String slackApiUrl,
            List<String> slackAdmins,
            String discordRestUrl,
            List<String> discordGuilds,
            Optional<Shards> discordShards,
            Optional<String> discordGatewayUrl) {
        public static final String DEFAULT_DISCORD_REST_URL = "https://discord.com/api/v10";

        /** @param total all shards of the bot (ASKBAR_DISCORD_SHARDS); @param ids the ones this process runs, ascending */
        public record Shards(int total, List<Integer> ids) {
            public Shards {
                ids = List.copyOf(ids);
            }
        }
    }

    public boolean usesEmbeddedDatabase() {
        return database.isEmpty();
    }

    public boolean hasAnyLlmKey() {
        return providers.stream().anyMatch(ProviderSettings::configured);
    }

    /** The named provider's settings when {@code ASKBAR_PROVIDERS} lists it. */
    public Optional<ProviderSettings> provider(String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Reads the given environment (the process environment merged with an optional .env file). */
    public static AskBarConfig from(Map<String, String> env) {
        Reader r = new Reader(env);
        Optional<DatabaseTarget> database = r.database("ASKBAR_DATABASE", Optional.empty());
        Optional<DatabaseTarget> state = r.database("ASKBAR_STATE_DATABASE", database.map(DatabaseTarget::jdbcUrl));
        List<String> schemas = r.list("ASKBAR_SCHEMAS", List.of("public"));
        for (String schema : schemas) {
            if (!isSchemaName(schema)) {
                throw new ConfigException(
                        "ASKBAR_SCHEMAS", "expects comma-separated schema names such as public,sales");
            }
            if (schema.equalsIgnoreCase(STATE_SCHEMA)) {
                throw new ConfigException(
                        "ASKBAR_SCHEMAS",
                        "must not include askbar, AskBar's own schema (it holds every user's questions)");
            }
        }
        List<ProviderSettings> providers = r.providers();
        Limits limits = new Limits(
                r.integer("ASKBAR_MAX_QUESTION_CHARS", 1000, 10, 100_000),
                r.integer("ASKBAR_MAX_ROWS", 1000, 1, 1_000_000),
                Duration.ofSeconds(r.integer("ASKBAR_STATEMENT_TIMEOUT_SECONDS", 15, 1, 3600)),
                Duration.ofSeconds(r.integer("ASKBAR_LLM_TIMEOUT_SECONDS", 30, 1, 600)),
                r.integer("ASKBAR_QUESTIONS_PER_MINUTE", 10, 1, 10_000),
                r.integer("ASKBAR_DATABASE_CONNECTIONS", Limits.defaultDataConnections(), 1, 200));
        Path home = r.optional("ASKBAR_HOME")
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".askbar"));
        EngineSettings engine = new EngineSettings(
                r.integer("ASKBAR_SCHEMA_TOKEN_BUDGET", 1500, 200, 100_000),
                Duration.ofMinutes(r.integer("ASKBAR_CACHE_TTL_MINUTES", 60 * 24, 0, 60 * 24 * 365)),
                r.optional("ASKBAR_GLOSSARY").map(Path::of).orElse(home.resolve("glossary.txt")),
                r.integer("ASKBAR_EMBEDDED_PORT", 0, 0, 65535),
                r.bool("ASKBAR_REQUIRE_READ_ONLY_ROLE", false),
                hiddenColumns(r.optional("ASKBAR_HIDDEN_COLUMNS").orElse("")));
        Chat chat = new Chat(
                r.secret("DISCORD_TOKEN"),
                r.optional("ASKBAR_DISCORD_GUILD").map(v -> r.snowflake("ASKBAR_DISCORD_GUILD", v)),
                r.list("ASKBAR_DISCORD_ADMINS", List.of()),
                r.secret("SLACK_BOT_TOKEN"),
                r.secret("SLACK_SIGNING_SECRET"),
                r.secret("SLACK_APP_TOKEN"),
                r.integer("ASKBAR_SLACK_PORT", 3000, 1, 65535),
                r.url("ASKBAR_SLACK_API_URL", "https://slack.com/api/"),
                r.list("ASKBAR_SLACK_ADMINS", List.of()),
                r.url("ASKBAR_DISCORD_REST_URL", Chat.DEFAULT_DISCORD_REST_URL),
                r.snowflakes("ASKBAR_DISCORD_GUILDS", "ASKBAR_DISCORD_GUILD"),
                r.shards("ASKBAR_DISCORD_SHARDS", "ASKBAR_DISCORD_SHARD_IDS"),
                r.optional("ASKBAR_DISCORD_GATEWAY_URL").map(v -> r.websocketUrl("ASKBAR_DISCORD_GATEWAY_URL", v)));
        if (chat.slackBotToken().isPresent()
                && chat.slackAppToken().isEmpty()
                && chat.slackSigningSecret().isEmpty()) {
            throw new ConfigException(
                    "SLACK_SIGNING_SECRET",
                    "must be set with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)");
        }
        int httpPort = r.integer("ASKBAR_HTTP_PORT", 8080, 0, 65535);
        // /health and /metrics stay on this machine unless the operator opens them (docker-compose does)
        String httpHost = r.optional("ASKBAR_HTTP_HOST").orElse("127.0.0.1");
        return new AskBarConfig(database, state, schemas, providers, limits, engine, home, chat, httpPort, httpHost);
    }

    private static HiddenColumns hiddenColumns(String raw) {
        try {
            return HiddenColumns.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("ASKBAR_HIDDEN_COLUMNS", e.getMessage());
        }
    }

    /** Parsing with messages that name the variable. */
    private static final class Reader {
        private final Map<String, String> env;

        Reader(Map<String, String> env) {
            this.env = env;
        }

        Optional<String> optional(String name) {
            String v = env.get(name);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
        }

        Optional<Secret> secret(String name) {
            return optional(name).map(Secret::new);
        }

        List<String> list(String name, List<String> fallback) {
            Optional<String> raw = optional(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            List<String> out = new ArrayList<>();
            for (String part : raw.get().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
            if (out.isEmpty()) {
                throw new ConfigException(name, "expects a comma-separated list");
            }
            return List.copyOf(new LinkedHashSet<>(out));
        }

        int integer(String name, int fallback, int min, int max) {
            Optional<String> raw = optional(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                int v = Integer.parseInt(raw.get());
                if (v < min || v > max) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new ConfigException(name, "expects a whole number from " + min + " to " + max);
            }
        }

        boolean bool(String name, boolean fallback) {
            Optional<String> raw = optional(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            return switch (raw.get().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "on" -> true;
                case "false", "no", "0", "off" -> false;
                default -> throw new ConfigException(name, "expects true or false");
            };
        }

        String url(String name, String fallback) {
            String v = optional(name).orElse(fallback);
            if (!v.startsWith("http://") && !v.startsWith("https://")) {
                throw new ConfigException(name, "expects an http:// or https:// URL");
            }
            return v;
        }

        String snowflake(String name, String value) {
            if (!value.matches("\\d{5,25}")) {
                throw new ConfigException(name, "expects a numeric Discord id");
            }
            return value;
        }

        /** Server ids from a list variable and an older single one, joined without duplicates. */
        List<String> snowflakes(String listName, String singleName) {
            Set<String> ids = new LinkedHashSet<>();
            for (String id : list(listName, List.of())) {
                ids.add(snowflake(listName, id));
            }
            optional(singleName).ifPresent(v -> ids.add(snowflake(singleName, v)));
            return List.copyOf(ids);
        }

        /** The total, and this process's ids as a range ({@code 0-1}) or a list ({@code 0,2}); all of them by default. */
        Optional<Chat.Shards> shards(String totalName, String idsName) {
            Optional<String> ids = optional(idsName);
            if (optional(totalName).isEmpty()) {
                if (ids.isPresent()) {
                    throw new ConfigException(
                            totalName, "must be set with " + idsName + " (the bot's total number of shards)");
                }
                return Optional.empty();
            }
            int total = integer(totalName, 1, 1, 100_000);
            if (ids.isEmpty()) {
                return Optional.of(new Chat.Shards(
                        total,
                        java.util.stream.IntStream.range(0, total).boxed().toList()));
            }
            String format =
                    "expects this process's shard ids as a range (0-1) or a list (0,2), each from 0 to " + (total - 1);
            java.util.TreeSet<Integer> picked = new java.util.TreeSet<>();
            for (String part : ids.get().split(",")) {
                String p = part.strip();
                java.util.regex.Matcher range =
                        Pattern.compile("(\\d{1,6})\\s*-\\s*(\\d{1,6})").matcher(p);
                int from;
                int to;
                if (range.matches()) {
                    from = Integer.parseInt(range.group(1));
                    to = Integer.parseInt(range.group(2));
                } else if (p.matches("\\d{1,6}")) {
                    from = to = Integer.parseInt(p);
                } else {
                    throw new ConfigException(idsName, format);
                }
                if (from > to || to >= total) {
                    throw new ConfigException(idsName, format);
                }
                for (int i = from; i <= to; i++) {
                    picked.add(i);
                }
            }
            return Optional.of(new Chat.Shards(total, List.copyOf(picked)));
        }

        String websocketUrl(String name, String value) {
            if (!value.startsWith("ws://") && !value.startsWith("wss://")) {
                throw new ConfigException(name, "expects a ws:// or wss:// URL");
            }
            return value;
        }

        /** {@code inheritedUrl}: the state database may name only a user and live on the data database's server. */
        Optional<DatabaseTarget> database(String prefix, Optional<String> inheritedUrl) {
            Optional<String> url = optional(prefix + "_URL")
                    .or(() -> optional(prefix + "_USER").flatMap(u -> inheritedUrl));
            if (url.isEmpty()) {
                if (optional(prefix + "_USER").isPresent()) {
                    throw new ConfigException(
                            prefix + "_URL",
                            "must be set when " + prefix
                                    + "_USER is (a JDBC URL such as jdbc:postgresql://host:5432/db)");
                }
                return Optional.empty();
            }
            String jdbc = url.get();
            if (jdbc.startsWith("postgres://") || jdbc.startsWith("postgresql://")) {
                jdbc = "jdbc:postgresql://" + jdbc.substring(jdbc.indexOf("://") + 3);
            }
            if (!jdbc.startsWith("jdbc:postgresql://")) {
                throw new ConfigException(
                        prefix + "_URL", "expects a PostgreSQL JDBC URL such as jdbc:postgresql://host:5432/db");
            }
            if (jdbc.contains("@") || jdbc.toLowerCase(Locale.ROOT).matches(".*[?&;][a-z]*password=.*")) {
                throw new ConfigException(
                        prefix + "_URL",
                        "must not carry credentials; set " + prefix + "_USER and " + prefix + "_PASSWORD instead");
            }
            String user = optional(prefix + "_USER")
                    .orElseThrow(() -> new ConfigException(
                            prefix + "_USER", "must be set with " + prefix + "_URL (the role to log in as)"));
            return Optional.of(new DatabaseTarget(jdbc, user, secret(prefix + "_PASSWORD")));
        }

        /**
         * {@code ASKBAR_PROVIDERS} in order, each read through its row of the provider table. By default the
         * table's built-in providers, plus {@code openai-compatible} when its base URL is set.
         */
        List<ProviderSettings> providers() {
            List<String> fallback = new ArrayList<>();
            for (ProviderType type : ProviderType.TABLE) {
                if (type.defaultBaseUrl().isPresent()
                        || optional(type.baseUrlVariable()).isPresent()) {
                    fallback.add(type.name());
                }
            }
            List<ProviderSettings> providers = new ArrayList<>();
            for (String name : list("ASKBAR_PROVIDERS", fallback)) {
                ProviderType type = ProviderType.named(name)
                        .orElseThrow(() -> new ConfigException(
                                "ASKBAR_PROVIDERS",
                                "expects a comma-separated order of " + String.join(", ", ProviderType.names())
                                        + ", e.g. groq,gemini"));
                providers.add(provider(type));
            }
            return List.copyOf(providers);
        }

        private ProviderSettings provider(ProviderType type) {
            String url = type.defaultBaseUrl()
                    .map(d -> url(type.baseUrlVariable(), d))
                    .or(() -> optional(type.baseUrlVariable()).map(v -> url(type.baseUrlVariable(), v)))
                    .orElseThrow(() -> new ConfigException(
                            type.baseUrlVariable(),
                            "must be set when ASKBAR_PROVIDERS lists " + type.name()
                                    + " (e.g. http://localhost:11434/v1 for Ollama)"));
            List<String> models = list(type.modelsVariable(), type.defaultModels());
            if (models.isEmpty()) {
                throw new ConfigException(
                        type.modelsVariable(), "must name the models to use, in order of preference (e.g. llama3.1)");
            }
            List<KeySpec> keys = keys(type.keysVariable(), type.singleKeyVariables());
            if (keys.isEmpty()
                    && type.protocol() == ProviderType.Protocol.OPENAI_CHAT
                    && !type.defaultBaseUrl().equals(Optional.of(url))) {
                // a local OpenAI-compatible server (Ollama, vLLM) usually takes no key: one keyless slot stands for it
                keys = List.of(new KeySpec(new Secret(""), Optional.of("local")));
            }
            return new ProviderSettings(type, url, keys, models);
        }

        /**
         * Keys from the list variable, the single variables and their numbered forms
         * (GROQ_API_KEY_1..N), in that order, without duplicates.
         */
        List<KeySpec> keys(String listVariable, List<String> singles) {
            List<String> raw = new ArrayList<>();
            optional(listVariable).ifPresent(v -> raw.addAll(List.of(v.split(","))));
            for (String single : singles) {
                optional(single).ifPresent(raw::add);
                for (int i = 1; i <= 50; i++) {
                    optional(single + "_" + i).ifPresent(raw::add);
                }
            }
            List<KeySpec> keys = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String entry : raw) {
                String e = entry.trim();
                if (e.isEmpty()) {
                    continue;
                }
                Optional<String> group = Optional.empty();
                int colon = e.indexOf(':');
                if (colon > 0) {
                    String candidate = e.substring(0, colon);
                    if (!GROUP.matcher(candidate).matches()) {
                        throw new ConfigException(
                                listVariable,
                                "expects comma-separated keys, each optionally group:key with a short group name");
                    }
                    group = Optional.of(candidate);
                    e = e.substring(colon + 1).trim();
                }
                if (e.length() < 8 || e.chars().anyMatch(Character::isWhitespace)) {
                    throw new ConfigException(listVariable, "holds a value that does not look like an API key");
                }
                if (seen.add(e)) {
                    keys.add(new KeySpec(new Secret(e), group));
                }
            }
            return List.copyOf(keys);
        }
    }
}
