package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.app.database.DatabaseRoles;
import dev.askbar.app.database.ReaderRoleFix;
import dev.askbar.core.sql.DataRoleCheck;
import dev.askbar.testkit.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * With only ASKBAR_DATABASE_URL set, questions would run as the owner of AskBar's own schema. AskBar says so at
 * start and offers the fix: a read-only role it creates itself when allowed, or the exact SQL.
 */
class ReaderRoleCommandTest {
    static TestPostgres.TestDatabase db;
    static String owner;
    static String plain;

    @BeforeAll
    static void setUp() {
        db = TestPostgres.shared().createDatabase("reader role fix");
        owner = db.name() + "_owner";
        plain = db.name() + "_plain";
        db.execute("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD 'owner-pw';"
                + "CREATE ROLE " + plain + " LOGIN PASSWORD 'plain-pw';"
                // what PostgreSQL 15+ does by default; on 14 a fresh database lets everyone create in public
                + "REVOKE CREATE ON SCHEMA public FROM PUBLIC;"
                + "GRANT CREATE ON DATABASE " + db.name() + " TO " + owner + ";"
                + "CREATE TABLE public.products (id int PRIMARY KEY, name text);"
                + "ALTER TABLE public.products OWNER TO " + owner + ";"
                + "GRANT SELECT, INSERT ON public.products TO " + plain + ";");
    }

    static Map<String, String> ownerOnly(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("ASKBAR_HOME", home.toString());
        env.put("ASKBAR_DATABASE_URL", db.jdbcUrl());
        env.put("ASKBAR_DATABASE_USER", owner);
        env.put("ASKBAR_DATABASE_PASSWORD", "owner-pw");
        return env;
    }

    @Test
    void withOnlyTheDatabaseUrlSetTheStartIsRefusedNamingAskBarsSchemaAndTheFix(@TempDir Path home) {
        // one ordinary role that reads the data and, by creating AskBar's schema at the first start, owns the state
        TestPostgres.TestDatabase solo = TestPostgres.shared().createDatabase("reader role solo");
        String role = solo.name() + "_solo";
        solo.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'solo-pw'; REVOKE CREATE ON SCHEMA public FROM PUBLIC;"
                + "GRANT CREATE ON DATABASE " + solo.name() + " TO " + role + ";"
                + "CREATE TABLE public.products (id int PRIMARY KEY, name text); GRANT SELECT ON public.products TO "
                + role + ";");
        Map<String, String> env = new HashMap<>();
        env.put("ASKBAR_HOME", home.toString());
        env.put("ASKBAR_DATABASE_URL", solo.jdbcUrl());
        env.put("ASKBAR_DATABASE_USER", role);
        env.put("ASKBAR_DATABASE_PASSWORD", "solo-pw");
        env.put("ASKBAR_REQUIRE_READ_ONLY_ROLE", "true");

        MainTest.Run run = MainTest.askbar(env, "", "schema", "refresh");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .startsWith("askbar: Refusing to start: the data role " + role + " can write to askbar.")
                .contains("can create tables in schema askbar")
                .contains("can read askbar.")
                .contains("(AskBar's own schema among them)")
                .contains("run askbar database reader-role for the SQL that creates a read-only role askbar_reader")
                .doesNotContain("solo-pw");
    }

    @Test
    void createMakesARoleThatReadsOnlyTheAllowedSchemasAndAskBarThenStarts(@TempDir Path home) throws Exception {
        MainTest.Run created = MainTest.askbar(ownerOnly(home), "", "database", "reader-role", "--create");

        assertThat(created.exit()).as(created.err()).isZero();
        Path passwordFile = home.resolve(ReaderRoleFix.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String password = Files.readString(passwordFile).strip();
        assertThat(created.out())
                .contains("ASKBAR_DATABASE_USER=askbar_reader")
                .contains("ASKBAR_STATE_DATABASE_USER=" + owner)
                .doesNotContain(password);

        PGSimpleDataSource reader = new PGSimpleDataSource();
        reader.setUrl(db.jdbcUrl());
        reader.setUser(DatabaseRoles.READER);
        reader.setPassword(password);
        assertThat(DataRoleCheck.inspect(reader, List.of("public")).problem()).isEmpty();

        Map<String, String> split = ownerOnly(home);
        split.put("ASKBAR_DATABASE_USER", DatabaseRoles.READER);
        split.put("ASKBAR_DATABASE_PASSWORD", password);
        split.put("ASKBAR_STATE_DATABASE_USER", owner);
        split.put("ASKBAR_STATE_DATABASE_PASSWORD", "owner-pw");
        split.put("ASKBAR_REQUIRE_READ_ONLY_ROLE", "true");
        MainTest.Run started = MainTest.askbar(split, "", "schema", "refresh");
        assertThat(started.exit()).as(started.err()).isZero();
        assertThat(started.out()).contains("public.products");
        // the state tables stayed with the owner and the reader cannot see them
        assertThat(DataRoleCheck.inspect(reader, List.of("public")).readsAskBarState())
                .isFalse();
    }

    @Test
    void aUserWhoMayNotCreateRolesGetsTheExactSql(@TempDir Path home) {
        Map<String, String> env = ownerOnly(home);
        env.put("ASKBAR_DATABASE_USER", plain);
        env.put("ASKBAR_DATABASE_PASSWORD", "plain-pw");

        MainTest.Run printed = MainTest.askbar(env, "", "database", "reader-role");
        assertThat(printed.exit()).isZero();
        assertThat(printed.out())
                .contains("CREATE ROLE askbar_reader LOGIN PASSWORD '")
                .contains("ALTER ROLE askbar_reader SET default_transaction_read_only = on;")
                .contains("GRANT USAGE ON SCHEMA \"public\" TO askbar_reader;")
                .contains("GRANT SELECT ON ALL TABLES IN SCHEMA \"public\" TO askbar_reader;")
                .doesNotContain("askbar\" TO");

        MainTest.Run refused = MainTest.askbar(env, "", "database", "reader-role", "--create");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip())
                .isEqualTo("askbar: " + plain
                        + " may not create roles; run the SQL below as the database owner or a superuser.");
        assertThat(refused.out()).contains("CREATE ROLE askbar_reader");
        assertThat(Files.exists(home.resolve(ReaderRoleFix.PASSWORD_FILE))).isFalse();
    }
}
