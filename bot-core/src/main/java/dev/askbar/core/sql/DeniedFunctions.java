package dev.askbar.core.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Functions a read-only question must never call, in named sets that each say why.
 *
 * <p>A READ ONLY transaction does not stop any of these: they sleep, read server files, signal
 * other sessions or reach other servers without writing a row. Names are compared lower-cased,
 * so {@code "PG_SLEEP"} is refused too even though the server would not find it; refusing a
 * function that does not exist costs nothing.
 *
 * <p>Beyond the named sets, every {@code pg_*} function is refused unless it is on the short list
 * of {@link #HARMLESS_PG_FUNCTIONS}: that family is where the server keeps administration and
 * introspection, and new dangerous members arrive with each release.
 */
final class DeniedFunctions {

    /** A named set: exact names, plus prefixes that cover a whole family. */
    record DenySet(String name, String why, Set<String> names, List<String> prefixes) {
        boolean contains(String function) {
            return names.contains(function) || prefixes.stream().anyMatch(function::startsWith);
        }
    }

    static final DenySet SLEEP = new DenySet(
            "sleep",
            "Sleeping holds a database connection open and lets one question stall everyone else.",
            Set.of("pg_sleep", "pg_sleep_for", "pg_sleep_until"),
            List.of("pg_sleep"));

    static final DenySet SERVER_FILES = new DenySet(
            "server files",
            "It reads files or directories on the database server, outside any table.",
            Set.of(
                    "pg_read_file",
                    "pg_read_binary_file",
                    "pg_ls_dir",
                    "pg_stat_file",
                    "pg_ls_logdir",
                    "pg_ls_waldir",
                    "pg_ls_tmpdir",
                    "pg_ls_archive_statusdir",
                    "pg_current_logfile",
                    "pg_file_write",
                    "pg_file_rename",
                    "pg_file_unlink",
                    "pg_file_sync"),
            List.of("pg_read_", "pg_ls_", "pg_file_"));

    static final DenySet LARGE_OBJECTS = new DenySet(
            "large objects",
            "Large-object functions import, export and rewrite server-side data outside normal tables.",
            Set.of("loread", "lowrite"),
            List.of("lo_"));

    static final DenySet REMOTE_CONNECTIONS = new DenySet(
            "remote connections",
            "It opens a connection to another database, where none of my limits apply.",
            Set.of("dblink"),
            List.of("dblink"));

    static final DenySet SETTINGS = new DenySet(
            "settings",
            "It reads or changes server settings, which can hold secrets or loosen my limits.",
            Set.of("set_config", "current_setting"),
            List.of());

    static final DenySet ADMINISTRATION = new DenySet(
            "signalling and administration",
            "It signals other sessions or administers the server (replication, WAL, backups, logs).",
            Set.of(
                    "pg_terminate_backend",
                    "pg_cancel_backend",
                    "pg_reload_conf",
                    "pg_rotate_logfile",
                    "pg_switch_wal",
                    "pg_create_restore_point",
                    "pg_logical_emit_message",
                    "pg_promote",
                    "pg_log_backend_memory_contexts",
                    "pg_import_system_collations",
                    "gin_clean_pending_list",
                    "brin_summarize_new_values",
                    "brin_summarize_range",
                    "brin_desummarize_range"),
            List.of(
                    "pg_stat_reset",
                    "pg_backup_",
                    "pg_start_backup",
                    "pg_stop_backup",
                    "pg_wal_",
                    "pg_create_",
                    "pg_drop_",
                    "pg_copy_",
                    "pg_replication_",
                    "pg_logical_",
                    "binary_upgrade_"));

    static final DenySet ADVISORY_LOCKS = new DenySet(
            "advisory locks",
            "Advisory locks outlive the question and can block the application's own locking.",
            Set.of(),
            List.of("pg_advisory_", "pg_try_advisory_"));

    static final DenySet SEQUENCES = new DenySet(
            "sequences",
            "It advances or resets a sequence, which is a write even inside a read-only transaction.",
            Set.of("nextval", "setval"),
            List.of());

    static final DenySet NOTIFY = new DenySet(
            "notify", "It sends a notification to every listening session.", Set.of("pg_notify"), List.of());

    static final DenySet CATALOG_LOOKUPS = new DenySet(
            "catalog lookups",
            "It reads the system catalogs indirectly: names, privileges, definitions or settings of objects"
                    + " outside the schemas questions may use, or facts about the server itself.",
            Set.of(
                    "version",
                    "current_database",
                    "current_schemas",
                    "current_schema",
                    "obj_description",
                    "col_description",
                    "shobj_description",
                    "format_type",
                    "currval",
                    "lastval",
                    "row_security_active",
                    "acldefault",
                    "aclexplode",
                    "makeaclitem"),
            List.of("to_reg", "has_", "inet_server_", "inet_client_", "pg_get_"));

    static final DenySet SQL_STRINGS = new DenySet(
            "SQL in a string",
            "It executes SQL passed as a string, which I cannot check.",
            Set.of("ts_stat", "ts_rewrite"),
            List.of(
                    "query_to_xml",
                    "query_to_json",
                    "table_to_xml",
                    "cursor_to_xml",
                    "database_to_xml",
                    "schema_to_xml",
                    "table_to_json",
                    "cursor_to_json"));

    static final DenySet OTHER_SESSIONS_AND_SECRETS = new DenySet(
            "server internals",
            "Functions named pg_* expose other sessions, secrets and server administration; only a few"
                    + " harmless ones are allowed.",
            Set.of(
                    "pg_stat_get_activity",
                    "pg_show_all_settings",
                    "pg_show_all_file_settings",
                    "pg_hba_file_rules",
                    "pg_ident_file_mappings",
                    "pg_blocking_pids",
                    "pg_get_backend_memory_contexts",
                    "pg_get_shmem_allocations"),
            List.of("pg_"));

    /** Checked in order, so a name gets the most specific explanation. */
    static final List<DenySet> ALL = List.of(
            SLEEP,
            SERVER_FILES,
            LARGE_OBJECTS,
            REMOTE_CONNECTIONS,
            SETTINGS,
            ADMINISTRATION,
            ADVISORY_LOCKS,
            SEQUENCES,
            NOTIFY,
            CATALOG_LOOKUPS,
            SQL_STRINGS,
            OTHER_SESSIONS_AND_SECRETS);

    /**
     * pg_* functions an analytic answer may reasonably use: they describe a value, never an object. Relation
     * sizes are not here: they take a name of any relation, in any schema, and say whether it exists.
     */
    static final Set<String> HARMLESS_PG_FUNCTIONS =
            Set.of("pg_typeof", "pg_size_pretty", "pg_size_bytes", "pg_column_size");

    /**
     * The object-identifier types whose input and output read the catalogs: {@code 16384::regclass} names a
     * table in any schema, {@code 'other.salary'::regclass} says whether it exists.
     */
    static final Set<String> CATALOG_TYPES = Set.of(
            "regclass",
            "regcollation",
            "regconfig",
            "regdictionary",
            "regnamespace",
            "regoper",
            "regoperator",
            "regproc",
            "regprocedure",
            "regrole",
            "regtype");

    private DeniedFunctions() {}

    static Optional<DenySet> match(String functionName) {
        String name = functionName.toLowerCase(Locale.ROOT);
        if (HARMLESS_PG_FUNCTIONS.contains(name)) {
            return Optional.empty();
        }
        return ALL.stream().filter(set -> set.contains(name)).findFirst();
    }

    /** Exact names are refused even without a call, since attribute notation can call them. */
    static boolean isExactlyDenied(String functionName) {
        String name = functionName.toLowerCase(Locale.ROOT);
        return ALL.stream()
                .filter(set -> set != OTHER_SESSIONS_AND_SECRETS)
                .anyMatch(set -> set.names().contains(name));
    }

    /** The refusal for calling this function, if it is denied; the one wording both scans use. */
    static Optional<GuardVerdict> refusal(String functionName) {
        String name = functionName.toLowerCase(Locale.ROOT);
        return match(name)
                .map(set -> set == CATALOG_LOOKUPS
                        ? GuardRule.CATALOG_LOOKUP.refuse(name + "()")
                        : GuardRule.DENIED_FUNCTION.refuse(name, set.name(), set.why()));
    }
}
