package dev.askbar.discord.fake;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.fixtures.TestEngine;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AuditFeedback;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.store.AuditLog;
import dev.askbar.core.store.VerifiedExamples;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.TestPostgres;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real engine over a tiny shop database on the test PostgreSQL and a fake Groq, packed as the
 * {@link AdapterContext} the launcher hands an adapter. Questions run as a read-only role, like in production.
 */
public final class ShopAnswers implements AutoCloseable {
    public static final String KEYS_REPORT = "groq    gsk_…a1b2    available    llama-3.3-70b-versatile";

    public final FakeGroq groq = FakeGroq.start();
    public final AdapterContext context;
    private final TestPostgres.TestDatabase database;
    private final HikariDataSource reader;
    private final HikariDataSource writer;

    public ShopAnswers() {
        database = TestPostgres.shared().createDatabase("discord");
        String readerRole = database.name() + "_reader";
        String writerRole = database.name() + "_writer";
        database.execute("""
                CREATE TABLE public.orders (id int PRIMARY KEY, status text NOT NULL, total numeric(10,2) NOT NULL);
                COMMENT ON TABLE public.orders IS 'Orders placed in the shop';
                INSERT INTO public.orders SELECT g, (ARRAY['placed','shipped','cancelled'])[1 + g % 3], g * 3.5
                FROM generate_series(1, 30) g;
                ANALYZE;
                """);
        database.execute("CREATE ROLE " + readerRole + " LOGIN PASSWORD 'r'; GRANT USAGE ON SCHEMA public TO " + readerRole
                + "; GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + readerRole + "; CREATE ROLE " + writerRole
                + " LOGIN PASSWORD 'w'; CREATE SCHEMA askbar AUTHORIZATION " + writerRole + ";");
        reader = pool(readerRole, "r");
        writer = pool(writerRole, "w");
        TestEngine wired = TestEngine.over(reader, writer, groq.baseUrl(), Map.of(), null);
        QueryEngine engine = wired.engine();
        AuditLog audit = wired.audit();
        VerifiedExamples examples = wired.examples();
        context = new AdapterContext(engine, new AnswerWorkers("discord-test", 2, 10, Duration.ofSeconds(5)),
                new AnswerArchive(Duration.ofMinutes(10), 100), () -> KEYS_REPORT,
                new AuditFeedback(audit, examples),
                List.of("public"));
    }

    /** The fake model writes this SQL for this question, and summarises its result with this text. */
    public ShopAnswers answers(String question, String sql, String summary) {
        groq.when(call -> call.system().startsWith("You translate") && call.user().contains("Question: " + question))
                .reply("```sql\n" + sql + "\n```");
        groq.when(call -> call.system().startsWith("You summarise") && call.user().contains("Question: " + question))
                .reply(summary);
        return this;
    }

    public long count(String sql) {
        return database.count(sql);
    }

    private HikariDataSource pool(String user, String password) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(database.jdbcUrl());
        hc.setUsername(user);
        hc.setPassword(password);
        hc.setMaximumPoolSize(3);
        return new HikariDataSource(hc);
    }

    @Override
    public void close() {
        context.workers().close();
        groq.close();
        reader.close();
        writer.close();
    }
}
