package io.psm.migrate.jdbc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A SQLite {@code DATABASE_URL} with SQLAlchemy's slash rules, as the JDBC URL of the xerial
 * driver ({@code org.xerial:sqlite-jdbc}):
 * <ul>
 *   <li>{@code sqlite:///relative/app.db}: three slashes, a path relative to the working directory;</li>
 *   <li>{@code sqlite:////absolute/app.db}: four slashes, an absolute path;</li>
 *   <li>{@code sqlite://} (or {@code sqlite:///:memory:}): the process's in-memory database, one per JVM,
 *       shared by all its connections ({@code file::memory:?cache=shared}); psm-migrate's own data
 *       sources keep it for the life of the JVM, as {@code h2:mem:} databases are kept.</li>
 * </ul>
 * Foreign keys are enforced ({@code foreign_keys=on}), as Django and Rails have SQLite do: SQLite
 * itself ignores declared keys and their {@code ON DELETE} actions unless asked, and SQLAlchemy
 * leaves them ignored; {@code ?foreign_keys=off} keeps SQLite's default.
 * Query parameters the driver knows ({@code foreign_keys=on}, {@code journal_mode=WAL},
 * {@code busy_timeout=5000}, ...) are carried over; SQLAlchemy's {@code timeout} (seconds) becomes
 * {@code busy_timeout} (milliseconds); parameters only Python's {@code sqlite3} module understands
 * ({@code check_same_thread}, ...) are dropped. Any other parameter is an error: the driver would make
 * it part of the file name and open another database.
 */
final class SqliteUrl {

    /** The in-memory database of this JVM, shared by all its connections. */
    static final String MEMORY = "file::memory:?cache=shared";

    /** SQLite enforces no foreign key unless each connection asks it to. */
    private static final String ENFORCE_FOREIGN_KEYS = "foreign_keys=on";

    /** The settings the xerial driver reads from a URL's query (its {@code SQLiteConfig.Pragma} names). */
    private static final Set<String> DRIVER_SETTINGS = Set.of("open_mode", "shared_cache", "enable_load_extension",
            "cache_size", "mmap_size", "case_sensitive_like", "count_changes", "default_cache_size",
            "defer_foreign_keys", "empty_result_callback", "encoding", "foreign_keys", "full_column_names",
            "fullsync", "incremental_vacuum", "journal_mode", "journal_size_limit", "legacy_alter_table",
            "legacy_file_format", "locking_mode", "page_size", "max_page_count", "read_uncommitted",
            "recursive_triggers", "reverse_unordered_selects", "secure_delete", "short_column_names", "synchronous",
            "temp_store", "temp_store_directory", "user_version", "application_id", "wal_autocheckpoint",
            "limit_length", "limit_sql_length", "limit_column", "limit_expr_depth", "limit_compound_select",
            "limit_vdbe_op", "limit_function_arg", "limit_attached", "limit_like_pattern_length",
            "limit_variable_number", "limit_trigger_depth", "limit_worker_threads", "limit_page_count",
            "transaction_mode", "date_precision", "date_class", "date_string_format", "busy_timeout",
            "hexkey_mode", "password", "jdbc.explicit_readonly", "jdbc.get_generated_keys");

    /** SQLite's own URI parameters, for a {@code file:} path ({@code uri=true}). */
    private static final Set<String> URI_PARAMETERS = Set.of("mode", "cache", "vfs", "immutable", "nolock", "psow",
            "modeof");

    /** Arguments of Python's {@code sqlite3.connect} that mean nothing to a JDBC driver. */
    private static final Set<String> PYTHON_ONLY = Set.of("check_same_thread", "detect_types", "isolation_level",
            "cached_statements", "factory", "uri", "autocommit");

    private SqliteUrl() {
    }

    /**
     * Reads what follows {@code sqlite:}.
     *
     * @param rest   the URL after {@code sqlite:}
     * @param parser the parser, for decoding and for failures that quote the URL
     */
    static DatabaseUrl parse(String rest, UrlParser parser) {
        if (!rest.startsWith("//")) {
            throw parser.fail("a SQLite URL is sqlite:///relative/path.db, sqlite:////absolute/path.db or sqlite://"
                    + " (in memory)");
        }
        String afterSlashes = rest.substring(2);
        int queryStart = afterSlashes.indexOf('?');
        String location = queryStart < 0 ? afterSlashes : afterSlashes.substring(0, queryStart);
        String query = queryStart < 0 ? "" : afterSlashes.substring(queryStart + 1);
        if (!location.isEmpty() && !location.startsWith("/")) {
            throw parser.fail("a SQLite URL names no host: write sqlite:///" + location + " for a path relative to"
                    + " the working directory, or sqlite:////path for an absolute one");
        }
        String path = location.isEmpty() ? "" : parser.decode(location.substring(1), "database path");
        List<String> parameters = new ArrayList<>();
        boolean uri = false;
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (name.equals("uri")) {
                uri = value.equalsIgnoreCase("true") || value.equals("1");
            }
            parameter(name, value, pair, parser).ifPresent(parameters::add);
        }
        if (parameters.stream().noneMatch(parameter -> parameter.toLowerCase(Locale.ROOT).startsWith("foreign_keys="))) {
            parameters.add(0, ENFORCE_FOREIGN_KEYS);
        }
        boolean memory = path.isEmpty() || path.equals(":memory:");
        String file = memory ? MEMORY : path;
        if (!memory && !uri) {
            for (String parameter : parameters) {
                if (URI_PARAMETERS.contains(parameter.substring(0, parameter.indexOf('=')))) {
                    throw parser.fail("the parameter '" + parameter + "' belongs to a SQLite file: URI; write"
                            + " sqlite:///file:" + path + "?" + parameter + "&uri=true");
                }
            }
        }
        String separator = file.contains("?") ? "&" : "?";
        String jdbcUrl = "jdbc:sqlite:" + file + (parameters.isEmpty() ? "" : separator + String.join("&", parameters));
        return new DatabaseUrl(jdbcUrl, Optional.empty(), Optional.empty());
    }

    /** One query parameter as the driver takes it, or nothing for one that means nothing here. */
    private static Optional<String> parameter(String name, String value, String pair, UrlParser parser) {
        if (DRIVER_SETTINGS.contains(name) || URI_PARAMETERS.contains(name)) {
            return Optional.of(pair);
        }
        if (name.equals("timeout")) {
            return Optional.of("busy_timeout=" + milliseconds(value, parser));
        }
        if (PYTHON_ONLY.contains(name)) {
            return Optional.empty();
        }
        throw parser.fail("the SQLite driver has no setting '" + name + "' (it would become part of the file name);"
                + " use one of its settings, such as foreign_keys=on, journal_mode=WAL or busy_timeout=5000");
    }

    private static long milliseconds(String seconds, UrlParser parser) {
        try {
            return new BigDecimal(seconds).movePointRight(3).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw parser.fail("the timeout '" + seconds + "' is not a number of seconds");
        }
    }
}
