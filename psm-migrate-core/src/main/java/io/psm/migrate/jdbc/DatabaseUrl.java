package io.psm.migrate.jdbc;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A database to connect to: a JDBC URL with its user and password, read from a
 * {@code DATABASE_URL}.
 *
 * <p>Accepted forms:
 * <ul>
 *   <li>{@code postgresql://user:password@host:5432/db?sslmode=require} (also {@code postgres://},
 *       several hosts {@code h1:5432,h2:5433}, IPv6 hosts {@code [::1]:5432}, the port defaulting
 *       to 5432, {@code user=} and {@code password=} taken from the query);</li>
 *   <li>{@code h2:mem:name} (kept open for the life of the JVM, {@code DB_CLOSE_DELAY=-1}) as user
 *       {@code sa}, {@code h2:file:./data/app} and {@code h2:tcp://host/path} with no user (H2's empty
 *       one): Spring Boot's defaults for the same JDBC URLs, so both open the same database;</li>
 *   <li>{@code sqlite:///relative/app.db} (relative to the working directory),
 *       {@code sqlite:////absolute/app.db} and {@code sqlite://} (the JVM's in-memory database,
 *       kept for the life of the JVM), with SQLAlchemy's slash rules;</li>
 *   <li>{@code jdbc:…}, passed through, the user and password given separately.</li>
 * </ul>
 * User and password are percent-decoded ({@code p%40ss} is {@code p@ss}); other query parameters
 * are carried over to the JDBC URL as written. A malformed URL is a {@link DatabaseUrlException}
 * whose message shows the URL with the password masked. {@link #toString()} masks the password too.
 *
 * @param jdbcUrl  the JDBC URL
 * @param user     the user, if one is given
 * @param password the password, if one is given
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

    /** Checks that every part is given (an absent user or password is an empty {@code Optional}). */
    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /**
     * Reads a {@code DATABASE_URL} or {@code jdbc:} URL.
     *
     * @param url the URL
     * @return its JDBC URL, user and password
     * @throws DatabaseUrlException when it is empty or malformed
     */
    public static DatabaseUrl parse(String url) {
        return UrlParser.parse(url);
    }

    /**
     * The same database with another user, as given apart from the URL ({@code --user}).
     *
     * @param user the user
     * @return a new value
     */
    public DatabaseUrl withUser(String user) {
        return new DatabaseUrl(jdbcUrl, Optional.of(user), password);
    }

    /**
     * The same database with another password, as given apart from the URL ({@code --password}).
     *
     * @param password the password
     * @return a new value
     */
    public DatabaseUrl withPassword(String password) {
        return new DatabaseUrl(jdbcUrl, user, Optional.of(password));
    }

    /**
     * A data source that opens a new connection to this database on each call; the caller closes
     * each connection. Its {@code toString()} shows no password.
     */
    public DataSource dataSource() {
        return new DriverManagerDataSource(this);
    }

    /** The JDBC URL with any password in it masked, for messages and logs. */
    public String redactedJdbcUrl() {
        return redact(jdbcUrl);
    }

    /**
     * Masks the passwords a URL or message shows where they stand as credentials
     * ({@code user:password@}, {@code password=...}, {@code --password ...}), for every message
     * and log line that may quote one.
     *
     * @param url a URL or a message quoting one
     * @return the text with each password replaced by {@code ****}
     */
    public static String redact(String url) {
        return Redaction.redact(url);
    }

    /**
     * Masks the passwords SQL (or a database message quoting it) shows: those {@link #redact(String)}
     * masks, and the quoted password of a statement that sets one ({@code PASSWORD 'x'},
     * {@code IDENTIFIED BY 'x'}).
     *
     * @param sql a statement
     * @return the statement with each password replaced by {@code ****}
     */
    public static String redactStatement(String sql) {
        return Redaction.redactStatement(sql);
    }

    /**
     * Masks the passwords a text shows where they stand as credentials (a URL's
     * {@code user:password@}, {@code password=...}, {@code --password ...}), never elsewhere: a password that is also a word of the text stays
     * readable there. The known passwords tell where a value ends when the text alone does not
     * (an unescaped {@code @} or {@code &} in one).
     *
     * @param text  a message, a URL, SQL
     * @param known passwords the caller knows of, as given and percent-encoded
     * @return the text with each password replaced by {@code ****}
     */
    public static String redact(String text, Collection<String> known) {
        return Redaction.redact(text, known);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[jdbcUrl=" + redactedJdbcUrl() + ", user=" + user.orElse("")
                + ", password=" + password.map(secret -> Redaction.MASK).orElse("") + "]";
    }
}
