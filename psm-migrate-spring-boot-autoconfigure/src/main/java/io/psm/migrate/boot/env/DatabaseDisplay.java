package io.psm.migrate.boot.env;

import io.psm.migrate.jdbc.DatabaseUrl;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A JDBC URL as messages show it: any password masked, and a relative H2 file made absolute (H2
 * resolves it against the working directory, which is the first thing to check when a command
 * "finds" an empty database).
 */
public final class DatabaseDisplay {

    private static final String H2 = "jdbc:h2:";
    private static final String H2_FILE = "jdbc:h2:file:";

    private DatabaseDisplay() {
    }

    /**
     * @param jdbcUrl a JDBC URL
     * @return the URL for a message
     */
    public static String of(String jdbcUrl) {
        return DatabaseUrl.redact(absoluteH2File(jdbcUrl));
    }

    /**
     * The URL with a relative H2 file path resolved against the working directory:
     * {@code jdbc:h2:file:./data/app;AUTO_SERVER=TRUE} becomes
     * {@code jdbc:h2:file:/home/me/app/data/app;AUTO_SERVER=TRUE}.
     *
     * @param jdbcUrl a JDBC URL
     * @return the same URL, its H2 file absolute
     */
    public static String absoluteH2File(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        int start;
        if (lower.startsWith(H2_FILE)) {
            start = H2_FILE.length();
        } else if (lower.startsWith(H2 + "./") || lower.startsWith(H2 + "../")) {
            start = H2.length();
        } else {
            return jdbcUrl;
        }
        int end = jdbcUrl.indexOf(';', start);
        String path = (end < 0) ? jdbcUrl.substring(start) : jdbcUrl.substring(start, end);
        if (!(path.startsWith("./") || path.startsWith("../") || path.startsWith(".\\") || path.startsWith("..\\"))) {
            return jdbcUrl;
        }
        String absolute = Path.of(path).toAbsolutePath().normalize().toString();
        return H2_FILE + absolute + ((end < 0) ? "" : jdbcUrl.substring(end));
    }
}
