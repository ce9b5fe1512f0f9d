package io.psm.migrate.lint;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database server's product and version, as its JDBC metadata reports them: some rules depend
 * on it (PostgreSQL before 11 rewrites a table for any {@code ADD COLUMN … DEFAULT}).
 *
 * @param product the product name: {@code PostgreSQL}, {@code MariaDB}, {@code MySQL}, {@code H2}, …
 * @param major   the major version
 * @param minor   the minor version
 * @param patch   the patch version, 0 when not reported
 */
public record ServerVersion(String product, int major, int minor, int patch) {

    private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");
    private static final Pattern MARIADB = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB", Pattern.CASE_INSENSITIVE);

    public ServerVersion {
        Objects.requireNonNull(product, "product");
    }

    /**
     * Reads a product name and version string: {@code "16.4 (Debian 16.4-1)"},
     * {@code "10.11.6-MariaDB-0+deb12u1"}, or MySQL Connector/J's {@code "5.5.5-10.11.6-MariaDB"}
     * for a MariaDB server.
     *
     * @param product the product name as reported
     * @param version the version string as reported
     * @return the version; 0.0.0 when the string holds no number
     */
    public static ServerVersion parse(String product, String version) {
        Matcher mariadb = MARIADB.matcher(version);
        if (mariadb.find()) {
            return new ServerVersion("MariaDB", number(mariadb.group(1)), number(mariadb.group(2)), number(mariadb.group(3)));
        }
        Matcher numbers = NUMBERS.matcher(version);
        if (!numbers.find()) {
            return new ServerVersion(product, 0, 0, 0);
        }
        return new ServerVersion(product, number(numbers.group(1)), number(numbers.group(2)), number(numbers.group(3)));
    }

    /**
     * The version of the database behind a connection.
     *
     * @param metaData the connection's metadata
     * @return its product and version
     * @throws SQLException when the metadata cannot be read
     */
    public static ServerVersion of(DatabaseMetaData metaData) throws SQLException {
        return parse(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
    }

    /** Whether this version is {@code major.minor} or later. */
    public boolean atLeast(int major, int minor) {
        return this.major != major ? this.major > major : this.minor >= minor;
    }

    /** Whether the server is MariaDB rather than MySQL. */
    public boolean isMariaDb() {
        return product.toLowerCase(Locale.ROOT).contains("mariadb");
    }

    /** {@code PostgreSQL 16.4}, {@code MariaDB 10.11.6}. */
    @Override
    public String toString() {
        return product + " " + major + "." + minor + (patch > 0 ? "." + patch : "");
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
