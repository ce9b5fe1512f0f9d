package io.psm.migrate.boot.diagnostics;

import io.psm.migrate.boot.env.DatabaseDisplay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An H2 file that refuses the user: H2 keeps the users in the file, and the first to connect
 * created it. Spring Boot connects to {@code jdbc:h2:file:} with no user (H2's empty one) and to
 * {@code jdbc:h2:mem:} as {@code sa}; earlier psm-migrate versions used {@code sa} for
 * {@code DATABASE_URL=h2:file:...} too, so a file may have been created by either. This finds out
 * which by trying the other one (the file must exist), and says how to connect as it.
 */
final class H2FileUser {

    /** H2's SQL state for "Wrong user name or password". */
    static final String WRONG_USER_OR_PASSWORD = "28000";

    private static final List<String> SPRING_BOOT_USERS = List.of("", "sa");

    private H2FileUser() {
    }

    /**
     * @param jdbcUrl the H2 URL that was refused
     * @param user    the user that was refused; empty or null for none
     * @return what to do, when the URL is an H2 file
     */
    static Optional<String> explain(String jdbcUrl, String user) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        String refused = (user == null) ? "" : user;
        String file = DatabaseDisplay.absoluteH2File(jdbcUrl).replaceFirst("(?i)^jdbc:h2:(file:)?", "")
                .replaceFirst(";.*$", "");
        for (String candidate : SPRING_BOOT_USERS) {
            if (!candidate.equalsIgnoreCase(refused) && opens(jdbcUrl, candidate)) {
                return Optional.of("the H2 file " + file + " was created " + by(candidate)
                        + ", and this application connects " + as(refused) + ": "
                        + fix(candidate));
            }
        }
        return Optional.of("the H2 file " + file + " was created by another user than this application's ("
                + (refused.isEmpty() ? "none" : refused) + "): set spring.datasource.username and"
                + " spring.datasource.password to that user's");
    }

    private static String by(String user) {
        return user.isEmpty() ? "without a user name" : "by user '" + user + "'";
    }

    private static String as(String user) {
        return user.isEmpty() ? "without a user name" : "as user '" + user + "'";
    }

    private static String fix(String user) {
        return user.isEmpty() ? "remove spring.datasource.username (and any user in DATABASE_URL)"
                : "set spring.datasource.username=" + user + " (DATABASE_URL=h2:file:... stays as it is)";
    }

    /** Whether the file opens as this user with the empty password, without creating one that does not exist. */
    private static boolean opens(String jdbcUrl, String user) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl + ";IFEXISTS=TRUE", user, "")) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException ex) {
            return false;
        }
    }
}
