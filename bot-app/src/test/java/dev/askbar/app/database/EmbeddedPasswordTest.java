package dev.askbar.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL asks every role for a generated password; nothing connects on trust. */
class EmbeddedPasswordTest {

    static Connection connect(EmbeddedDatabase db, String user, String password) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), user, password);
    }

    static void assertRefused(EmbeddedDatabase db, String user, String password) {
        assertThatThrownBy(() -> connect(db, user, password).close())
                .isInstanceOf(SQLException.class)
                // 28xxx: the server refused the password; 08004: it asked for one and the client had none to give
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).matches("28.*|08004"));
    }

    @Test
    void theSuperuserNeedsTheGeneratedPasswordKeptOwnerOnly(@TempDir Path home) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(home, 0)) {
            db.ensureDatabase();
            Path file = home.resolve(EmbeddedDatabase.PASSWORD_FILE);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(file).strip()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(40);

            assertRefused(db, "postgres", "");
            assertRefused(db, "postgres", "postgres");
            try (Connection c = connect(db, "postgres", db.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
            assertThat(Files.readString(home.resolve("pg").resolve("pg_hba.conf")))
                    .doesNotContain("trust");
        }
    }

    @Test
    void askBarsRolesLogInWithThePasswordOnly(@TempDir Path home) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(home, 0)) {
            db.ensureDatabase();
            try (Connection su = db.connectAsSuperuser(EmbeddedDatabase.DATABASE)) {
                DatabaseRoles.provision(su, EmbeddedDatabase.DATABASE, List.of("public"), db.password(), db.password());
            }
            assertRefused(db, DatabaseRoles.READER, "askbar-local");
            assertRefused(db, DatabaseRoles.READER, "");
            try (Connection c =
                    connect(db, DatabaseRoles.READER, db.readerTarget().passwordOrEmpty())) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void restartsKeepThePasswordAndATrustingDataDirectoryIsClosed(@TempDir Path home) throws Exception {
        String password;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(home, 0)) {
            db.ensureDatabase();
            password = db.password();
        }
        // a data directory from an older AskBar trusted every local connection
        Files.writeString(
                home.resolve("pg").resolve("pg_hba.conf"),
                "host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(home, 0)) {
            assertThat(db.password()).isEqualTo(password);
            assertRefused(db, "postgres", "");
            try (Connection c = connect(db, "postgres", password)) {
                assertThat(c.isValid(2)).isTrue();
            }
            db.stop();
            db.startAgain();
            assertRefused(db, "postgres", "");
            try (Connection c = db.connectAsSuperuser("postgres")) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void aLostPasswordFileIsReplacedAndTheServerFollows(@TempDir Path home) throws Exception {
        String first;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(home, 0)) {
            first = db.password();
        }
        Files.delete(home.resolve(EmbeddedDatabase.PASSWORD_FILE));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(home, 0)) {
            assertThat(db.password()).isNotEqualTo(first);
            assertRefused(db, "postgres", first);
            try (Connection c = db.connectAsSuperuser("postgres")) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }
}
