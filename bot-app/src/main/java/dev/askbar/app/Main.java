package dev.askbar.app;

import dev.askbar.app.console.AnswerJson;
import dev.askbar.app.console.TerminalAnswer;
import dev.askbar.app.console.TerminalConsole;
import dev.askbar.app.console.TerminalSurface;
import dev.askbar.app.database.DatabaseRoles;
import dev.askbar.app.database.EmbeddedDatabase;
import dev.askbar.app.database.ReaderRoleFix;
import dev.askbar.app.doctor.Checklist;
import dev.askbar.app.doctor.DoctorReport;
import dev.askbar.app.doctor.LlmKeysCheck;
import dev.askbar.app.ops.PrintableText;
import dev.askbar.core.answer.AnswerFiles;
import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.TextTable;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.ConfigException;
import dev.askbar.core.config.DatabaseTarget;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.engine.Question;
import dev.askbar.core.llm.LlmRouter;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerSession;
import dev.askbar.core.schema.LinkedSchema;
import dev.askbar.core.schema.TableInfo;
import dev.askbar.core.sql.SqlGuard;
import dev.askbar.core.store.VerifiedExamples;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The {@code askbar} command line. */
@Command(
        name = "askbar",
        mixinStandardHelpOptions = true,
        version = "AskBar 0.1.0",
        description = "Ask your PostgreSQL database questions in plain language.",
        subcommands = {
            Main.Ask.class,
            Main.ConsoleCommand.class,
            Main.Keys.class,
            Main.Schema.class,
            Main.Demo.class,
            Main.Cache.class,
            Main.Examples.class,
            Main.RunCommand.class,
            Main.DoctorCommand.class,
            Main.Database.class
        })
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int NOT_ANSWERED = 1;
    static final int BAD_SETUP = 2;

    private final Map<String, String> env;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    Main(Map<String, String> env, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this.env = env;
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        Map<String, String> env;
        try {
            env = DotEnv.merge(
                    System.getenv(), List.of(Path.of(".env"), jarDirectory().resolve(".env")));
        } catch (ConfigException e) {
            System.err.println("askbar: " + e.getMessage());
            System.exit(BAD_SETUP);
            return;
        }
        System.setProperty(
                "askbar.home",
                env.getOrDefault(
                        "ASKBAR_HOME",
                        Path.of(System.getProperty("user.home"), ".askbar").toString()));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, env, System.in, out, err, System.console() != null));
    }

    /** The whole program with its environment and streams passed in, so tests run the real entry point. */
    static int run(
            String[] args,
            Map<String, String> env,
            InputStream in,
            PrintStream out,
            PrintStream err,
            boolean interactive) {
        CommandLine cli = new CommandLine(new Main(env, in, out, err, interactive));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean explained = e instanceof ConfigException || e instanceof StartupException;
            err.println("askbar: "
                    + (explained
                            ? e.getMessage()
                            : "stopped unexpectedly (" + e.getClass().getSimpleName()
                                    + "); the log in ~/.askbar/logs has the details."));
            if (!explained) {
                org.slf4j.LoggerFactory.getLogger(Main.class).error("command failed", e);
            }
            return BAD_SETUP;
        });
        return cli.execute(args);
    }

    private static Path jarDirectory() {
        try {
            Path jar = Path.of(Main.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return jar.getParent() == null ? Path.of(".") : jar.getParent();
        } catch (Exception e) {
            return Path.of(".");
        }
    }

    /** With no subcommand: {@code run} when a chat platform is configured, the terminal console otherwise. */
    @Override
    public Integer call() throws Exception {
        AskBarConfig config = config();
        boolean chat = config.chat().discordToken().isPresent()
                || config.chat().slackBotToken().isPresent();
        if (chat) {
            if (!requireLlm(config)) {
                return BAD_SETUP;
            }
            serviceLogging();
            return new Service(config, err).runUntilStopped();
        }
        return new ConsoleCommand().console(this);
    }

    AskBarConfig config() {
        return AskBarConfig.from(env);
    }

    /** Refuses to start a question-answering command without an LLM key, in one line. */
    boolean requireLlm(AskBarConfig config) {
        if (!config.hasAnyLlmKey()) {
            err.println(
                    "askbar: no language model key is set; set GROQ_API_KEYS (a free key from console.groq.com works) or GEMINI_API_KEYS, in the environment or a .env file.");
            return false;
        }
        return true;
    }

    @Command(name = "ask", description = "Answer one question (or, with --json -, one per line of standard input).")
    static final class Ask implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Option(names = "--json", description = "Print the answer as one JSON object.")
        boolean json;

        @Option(names = "--no-cache", description = "Write the SQL afresh even if a cached query exists.")
        boolean noCache;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "Also save the chart (chart.png) and the full result (result.csv) here.")
        Path out;

        @Parameters(
                arity = "1..*",
                paramLabel = "QUESTION",
                description = "The question, or - to read questions from standard input.")
        List<String> words;

        @Override
        public Integer call() throws Exception {
            AskBarConfig config = main.config();
            if (!main.requireLlm(config)) {
                return BAD_SETUP;
            }
            try (AskBarRuntime runtime = AskBarRuntime.start(config)) {
                if (words.size() == 1 && words.get(0).equals("-")) {
                    return askEachLine(runtime);
                }
                if (json) {
                    Answer answer = runtime.engine().answer(question(String.join(" ", words)), ProgressListener.NONE);
                    main.out.println(AnswerJson.toJson(answer));
                    return answer.ok() ? OK : NOT_ANSWERED;
                }
                TerminalSurface surface = TerminalSurface.forCommand(main.out, main.err, out == null);
                AnswerSession.run(
                        runtime.engine(),
                        new AnswerArchive(Duration.ofMinutes(1), 8L << 20),
                        question(String.join(" ", words)),
                        surface);
                if (surface.answer().isPresent() && out != null) {
                    for (Path file :
                            AnswerFiles.save(AnswerView.of(surface.answer().get(), TextTable.Style.terminal()), out)) {
                        main.out.println("saved " + file);
                    }
                }
                return surface.answer().isPresent() ? OK : NOT_ANSWERED;
            }
        }

        private Question question(String text) {
            Question q = Question.fromTerminal(text);
            return noCache ? q.withoutCache() : q;
        }

        private int askEachLine(AskBarRuntime runtime) throws java.io.IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
            boolean allAnswered = true;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Answer answer = runtime.engine().answer(question(line), ProgressListener.NONE);
                allAnswered &= answer.ok();
                if (json) {
                    main.out.println(AnswerJson.toJson(answer));
                } else {
                    TerminalAnswer.print(answer, main.out);
                    main.out.println();
                }
            }
            return allAnswered ? OK : NOT_ANSWERED;
        }
    }

    @Command(name = "console", description = "Ask questions interactively in the terminal.")
    static final class ConsoleCommand implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Override
        public Integer call() throws Exception {
            return console(main);
        }

        int console(Main main) throws Exception {
            AskBarConfig config = main.config();
            if (!main.requireLlm(config)) {
                return BAD_SETUP;
            }
            try (AskBarRuntime runtime = AskBarRuntime.start(config)) {
                // read while the operator types the first question
                runtime.engine().warmUpSchema();
                TerminalConsole console = new TerminalConsole(runtime.engine());
                if (!main.interactive) {
                    console.run(main.in, main.out);
                    return OK;
                }
                try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                    console.run(terminal, Optional.of(config.home().resolve("history")));
                }
                return OK;
            }
        }
    }

    @Command(name = "run", description = "Start every chat adapter whose tokens are set, plus /health and /metrics.")
    static final class RunCommand implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Override
        public Integer call() throws Exception {
            AskBarConfig config = main.config();
            if (!main.requireLlm(config)) {
                return BAD_SETUP;
            }
            serviceLogging();
            return new Service(config, main.err).runUntilStopped();
        }
    }

    /** A service's log is its output: INFO lines on the console, unless the operator chose otherwise. */
    static void serviceLogging() {
        if (System.getProperty("askbar.console.level") == null) {
            System.setProperty("askbar.console.level", "INFO");
        }
    }

    @Command(name = "keys", description = "Show every LLM key (masked) with its state and today's usage.")
    static final class Keys implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            AskBarConfig config = main.config();
            if (!config.hasAnyLlmKey()) {
                KeyReport.print(List.of(), json, main.out, Clock.systemUTC());
                return OK;
            }
            // the runtime's router restores what earlier runs saved, so this shows the live state
            try (AskBarRuntime runtime = AskBarRuntime.start(config)) {
                KeyReport.print(runtime.router().status(), json, main.out, Clock.systemUTC());
                return OK;
            }
        }
    }

    @Command(
            name = "schema",
            description = "Schema commands.",
            subcommands = {Schema.Refresh.class, Schema.Link.class})
    static final class Schema {
        @ParentCommand
        Main main;

        @Command(name = "refresh", description = "Re-read the schema and print what questions can use.")
        static final class Refresh implements Callable<Integer> {
            @ParentCommand
            Schema schema;

            @Override
            public Integer call() throws Exception {
                Main main = schema.main;
                try (AskBarRuntime runtime = AskBarRuntime.start(main.config())) {
                    runtime.engine().refreshSchema();
                    var snapshot = runtime.engine().schema();
                    main.out.println(snapshot.tables().size() + " tables and views in "
                            + String.join(", ", runtime.config().schemas()) + ":");
                    snapshot.tables()
                            .forEach(t -> main.out.println("  " + PrintableText.oneLine(t.qualifiedName()) + " ("
                                    + t.columns().size() + " columns, ~" + t.rowEstimate() + " rows)"));
                    return OK;
                }
            }
        }

        /**
         * What the model would be shown of the schema for a question, without asking it: on a big schema only part of
         * it goes with each question, and this is where an operator sees whether the tables a question needs made it,
         * and whether a glossary line for its words brings them.
         */
        @Command(
                name = "link",
                description =
                        "Print the part of the schema the model would be shown for this question (no model is asked).")
        static final class Link implements Callable<Integer> {
            @ParentCommand
            Schema schema;

            @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question.")
            List<String> words;

            @Override
            public Integer call() throws Exception {
                Main main = schema.main;
                AskBarConfig config = main.config();
                try (AskBarRuntime runtime = AskBarRuntime.start(config)) {
                    int all = runtime.engine().schema().tables().size();
                    LinkedSchema linked;
                    try {
                        linked = runtime.engine().link(String.join(" ", words));
                    } catch (IllegalArgumentException e) {
                        main.err.println("askbar: " + e.getMessage());
                        return NOT_ANSWERED;
                    }
                    int budget = config.engine().schemaTokenBudget();
                    String header = linked.whole()
                            ? String.format(
                                    Locale.ROOT,
                                    "The whole schema fits the budget: every question sees all %d tables (about %,d of %,d tokens).",
                                    all,
                                    linked.estimatedTokens(),
                                    budget)
                            : String.format(
                                    Locale.ROOT,
                                    "The model would see %d of %d tables described and %d more by name only (about"
                                            + " %,d of %,d tokens); it can ask once to see named ones, and gets twice as"
                                            + " much once if it finds nothing to answer with. A table the question"
                                            + " needs and does not get here is one a glossary line, or an approved"
                                            + " answer to a question like it, can bring (docs/glossary.md).",
                                    linked.tables().size(),
                                    all,
                                    linked.named().size(),
                                    linked.estimatedTokens(),
                                    budget);
                    main.out.println(header);
                    // those the prompt holds: the linker takes a few, the best example's first
                    List<String> shown = linked.tables().stream()
                            .map(TableInfo::qualifiedName)
                            .toList();
                    List<String> taught = runtime.engine().taughtTables(String.join(" ", words)).stream()
                            .map(TableInfo::qualifiedName)
                            .filter(shown::contains)
                            .toList();
                    if (!linked.whole() && !taught.isEmpty()) {
                        main.out.println("Described first, because approved examples like this question read them: "
                                + PrintableText.oneLine(String.join(", ", taught)) + ".");
                    }
                    main.out.println();
                    // a line per table, holding the database's own comments and values: printable, as every such text
                    linked.text().lines().map(PrintableText::oneLine).forEach(main.out::println);
                    return OK;
                }
            }
        }
    }

    @Command(name = "cache", description = "SQL cache commands.", subcommands = Cache.Clear.class)
    static final class Cache {
        @ParentCommand
        Main main;

        @Command(name = "clear", description = "Forget every cached question → SQL entry.")
        static final class Clear implements Callable<Integer> {
            @ParentCommand
            Cache cache;

            @Override
            public Integer call() throws Exception {
                try (AskBarRuntime runtime = AskBarRuntime.start(cache.main.config())) {
                    int n = runtime.engine().forgetCachedSql();
                    cache.main.out.println("cache cleared (" + n + (n == 1 ? " entry)" : " entries)"));
                    return OK;
                }
            }
        }
    }

    @Command(
            name = "examples",
            description = "Verified question → SQL examples the model learns from; a 👍 only proposes one.",
            subcommands = {Examples.Add.class, Examples.ListCommand.class, Examples.Approve.class, Examples.Reject.class
            })
    static final class Examples {
        @ParentCommand
        Main main;

        /** Who reviews from the terminal: the operating-system user. */
        static String reviewer() {
            return System.getProperty("user.name", "terminal");
        }

        @Command(
                name = "list",
                description = "Show examples waiting for review (with --all: every example and its status).")
        static final class ListCommand implements Callable<Integer> {
            @ParentCommand
            Examples examples;

            @Option(names = "--all", description = "Every example, newest first, not only the pending ones.")
            boolean all;

            @Option(names = "--json", description = "Print the examples as JSON.")
            boolean json;

            @Override
            public Integer call() throws Exception {
                Main main = examples.main;
                try (AskBarRuntime runtime = AskBarRuntime.start(main.config())) {
                    VerifiedExamples store = new VerifiedExamples(runtime.store());
                    List<VerifiedExamples.Candidate> shown = all ? store.list(200) : store.pending(200);
                    if (json) {
                        main.out.println(examplesJson(shown));
                    } else if (shown.isEmpty()) {
                        main.out.println(all ? "no examples yet" : "no examples waiting for review");
                    } else {
                        for (VerifiedExamples.Candidate c : shown) {
                            main.out.printf(
                                    "#%d  %s  proposed by %s (%s) on %s%n",
                                    c.id(),
                                    c.status().name().toLowerCase(java.util.Locale.ROOT),
                                    PrintableText.oneLine(c.proposedBy()),
                                    c.source(),
                                    c.proposedAt().toString().substring(0, 10));
                            main.out.println("    question: " + PrintableText.oneLine(c.question()));
                            main.out.println("    sql:      " + PrintableText.oneLine(c.sql()));
                            c.reviewedBy().ifPresent(who -> main.out.println("    reviewed by " + who));
                        }
                        if (!all) {
                            main.out.println(
                                    "approve with: askbar examples approve <id>   reject with: askbar examples reject <id>");
                        }
                    }
                    return OK;
                }
            }

            private static String examplesJson(List<VerifiedExamples.Candidate> shown) {
                com.google.gson.JsonArray array = new com.google.gson.JsonArray();
                for (VerifiedExamples.Candidate c : shown) {
                    com.google.gson.JsonObject o = new com.google.gson.JsonObject();
                    o.addProperty("id", c.id());
                    o.addProperty("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
                    o.addProperty("question", c.question());
                    o.addProperty("sql", c.sql());
                    o.addProperty("source", c.source());
                    o.addProperty("proposedBy", c.proposedBy());
                    o.addProperty("proposedAt", c.proposedAt().toString());
                    o.addProperty("reviewedBy", c.reviewedBy().orElse(null));
                    o.addProperty(
                            "reviewedAt", c.reviewedAt().map(Object::toString).orElse(null));
                    array.add(o);
                }
                return new com.google.gson.GsonBuilder()
                        .serializeNulls()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(array);
            }
        }

        @Command(name = "approve", description = "Let the model see this example from now on.")
        static final class Approve implements Callable<Integer> {
            @ParentCommand
            Examples examples;

            @Parameters(index = "0", paramLabel = "ID")
            long id;

            @Override
            public Integer call() throws Exception {
                return review(examples.main, id, true);
            }
        }

        @Command(name = "reject", description = "Keep this example out of every prompt.")
        static final class Reject implements Callable<Integer> {
            @ParentCommand
            Examples examples;

            @Parameters(index = "0", paramLabel = "ID")
            long id;

            @Override
            public Integer call() throws Exception {
                return review(examples.main, id, false);
            }
        }

        private static int review(Main main, long id, boolean approve) throws Exception {
            try (AskBarRuntime runtime = AskBarRuntime.start(main.config())) {
                VerifiedExamples store = new VerifiedExamples(runtime.store());
                VerifiedExamples.Review result = approve ? store.approve(id, reviewer()) : store.reject(id, reviewer());
                String done = approve ? "approved" : "rejected";
                switch (result) {
                    case DONE ->
                        main.out.println("example #" + id + " " + done
                                + (approve
                                        ? "; similar questions will show it to the model"
                                        : "; the model will not see it"));
                    case UNCHANGED -> main.out.println("example #" + id + " was already " + done);
                    case NOT_FOUND -> {
                        main.err.println(
                                "askbar: there is no example #" + id + "; askbar examples list --all shows them.");
                        return NOT_ANSWERED;
                    }
                }
                return OK;
            }
        }

        @Command(
                name = "add",
                description = "Store a question and the SQL that answers it (the SQL must be a read-only query).")
        static final class Add implements Callable<Integer> {
            @ParentCommand
            Examples examples;

            @Parameters(index = "0", paramLabel = "QUESTION")
            String question;

            @Parameters(index = "1", paramLabel = "SQL")
            String sql;

            @Override
            public Integer call() throws Exception {
                Main main = examples.main;
                AskBarConfig config = main.config();
                var verdict = new SqlGuard(new HashSet<>(config.schemas())).check(sql);
                if (!verdict.allowed()) {
                    main.err.println("askbar: " + verdict.userMessage());
                    return NOT_ANSWERED;
                }
                try (AskBarRuntime runtime = AskBarRuntime.start(config)) {
                    new VerifiedExamples(runtime.store())
                            .add(question, verdict.sql(), System.getProperty("user.name", "terminal"));
                    main.out.println("example stored; similar questions will show it to the model");
                    return OK;
                }
            }
        }
    }

    @Command(name = "doctor", description = "Check the configuration end to end and say how to fix each problem.")
    static final class DoctorCommand implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Option(names = "--json", description = "Print the checklist as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Checklist.Reading reading = Checklist.read(main.env);
            AskBarConfig config = reading.config();
            EmbeddedDatabase embedded = null;
            try {
                DatabaseTarget data;
                DatabaseTarget state;
                if (config.usesEmbeddedDatabase()) {
                    embedded = EmbeddedDatabase.start(
                            config.home(), config.engine().embeddedPort());
                    DemoInstall.prepareEmbedded(embedded, config);
                    data = embedded.readerTarget();
                    state = embedded.appTarget();
                } else {
                    data = config.database().get();
                    state = config.stateDatabase().orElse(data);
                }
                DoctorReport report;
                if (config.hasAnyLlmKey()) {
                    // one models-list call per key: proves the key without spending completion quota
                    try (LlmRouter router = LlmRouter.from(config)) {
                        report = Checklist.standard(
                                        reading,
                                        data,
                                        state,
                                        new LlmKeysCheck(
                                                true,
                                                Optional.of(() -> router.checkKeys().stream()
                                                        .map(k -> new LlmKeysCheck.Verdict(
                                                                k.provider(), k.key(), k.problem()))
                                                        .toList())))
                                .run();
                    }
                } else {
                    report = Checklist.standard(reading, data, state, Checklist.llmKeysPresent(config))
                            .run();
                }
                if (json) {
                    main.out.println(report.toJson());
                } else {
                    report.print(main.out);
                }
                return report.ok() ? OK : NOT_ANSWERED;
            } finally {
                if (embedded != null) {
                    embedded.close();
                }
            }
        }
    }

    @Command(name = "database", description = "Database set-up commands.", subcommands = Database.ReaderRole.class)
    static final class Database {
        @ParentCommand
        Main main;

        @Command(
                name = "reader-role",
                description = "Print the SQL for a role that can only read ASKBAR_SCHEMAS (with --create: create it).")
        static final class ReaderRole implements Callable<Integer> {
            @ParentCommand
            Database database;

            @Option(
                    names = "--create",
                    description = "Create the role now, as the configured user, when that user may create roles.")
            boolean create;

            @Override
            public Integer call() throws Exception {
                Main main = database.main;
                AskBarConfig config = main.config();
                if (config.usesEmbeddedDatabase()) {
                    main.out.println("the embedded database already runs questions as " + DatabaseRoles.READER
                            + ", which can only read " + String.join(", ", config.schemas()));
                    return OK;
                }
                ReaderRoleFix.Outcome outcome = ReaderRoleFix.createOrPrint(config, create);
                String user = config.database().get().user();
                if (outcome.created()) {
                    main.out.println("created " + DatabaseRoles.READER + ", which can only read "
                            + String.join(", ", config.schemas()) + "; its password is in " + outcome.passwordFile()
                            + " (readable by you only). Now set:");
                    main.out.println("  ASKBAR_DATABASE_USER=" + DatabaseRoles.READER);
                    main.out.println("  ASKBAR_DATABASE_PASSWORD=<the contents of " + outcome.passwordFile() + ">");
                    main.out.println("  ASKBAR_STATE_DATABASE_USER=" + user
                            + "   (and ASKBAR_STATE_DATABASE_PASSWORD to its password)");
                    return OK;
                }
                if (create) {
                    main.err.println("askbar: " + user
                            + " may not create roles; run the SQL below as the database owner or a superuser.");
                }
                main.out.println("-- a role that can only read " + String.join(", ", config.schemas())
                        + "; run as the database owner:");
                outcome.sql().forEach(sql -> main.out.println(sql + ";"));
                main.out.println("-- then set ASKBAR_DATABASE_USER=" + DatabaseRoles.READER
                        + " and ASKBAR_DATABASE_PASSWORD to the password above,");
                main.out.println("-- and ASKBAR_STATE_DATABASE_USER=" + user
                        + " so AskBar's own tables stay with a role questions do not use.");
                return create ? NOT_ANSWERED : OK;
            }
        }
    }

    @Command(name = "demo", description = "Demo data commands.", subcommands = Demo.Reset.class)
    static final class Demo {
        @ParentCommand
        Main main;

        @Command(
                name = "reset",
                description = "Rebuild the demo shop data (embedded database, or the configured one as its owner).")
        static final class Reset implements Callable<Integer> {
            @ParentCommand
            Demo demo;

            @Option(
                    names = "--if-empty",
                    description = "Do nothing when the demo tables already exist (for first-start seeding).")
            boolean ifEmpty;

            @Override
            public Integer call() throws Exception {
                var maybe = DemoInstall.reset(demo.main.config(), ifEmpty);
                if (maybe.isEmpty()) {
                    demo.main.out.println("demo data already present; nothing to do");
                    return OK;
                }
                var summary = maybe.get();
                demo.main.out.printf(
                        "demo data rebuilt: %d customers, %d products, %d orders, %d order lines in %.1f s%n",
                        summary.customers(),
                        summary.products(),
                        summary.orders(),
                        summary.orderLines(),
                        summary.took().toMillis() / 1000.0);
                return OK;
            }
        }
    }
}
