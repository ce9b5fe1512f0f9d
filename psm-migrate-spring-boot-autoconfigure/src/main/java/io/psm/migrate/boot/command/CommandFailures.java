package io.psm.migrate.boot.command;

import io.psm.migrate.MigrateException;
import io.psm.migrate.boot.diagnostics.FailureAdvice;
import io.psm.migrate.jdbc.DatabaseUrl;

import java.util.Map;
import java.util.Optional;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;

/**
 * The {@code ERROR:} line of a {@code db} command that failed before the command itself ran: while
 * the application started (its beans, its DataSource, the entity model). The text is what the
 * standalone command line gives for the same failure: psm-migrate's own message when there is one
 * along the causes, else the most specific cause's; passwords masked, on one line.
 */
final class CommandFailures {

    /** JDBC drivers Spring Boot infers from a URL, and the artifacts that hold them. */
    private static final Map<String, String> DRIVERS = Map.of(
            "org.postgresql.Driver", "org.postgresql:postgresql",
            "org.h2.Driver", "com.h2database:h2",
            "org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client",
            "com.mysql.cj.jdbc.Driver", "com.mysql:mysql-connector-j",
            "org.sqlite.JDBC", "org.xerial:sqlite-jdbc");

    private CommandFailures() {
    }

    /**
     * @param failure     what went wrong
     * @param environment the application's environment, for the likely cause, when there is one
     * @return the line, {@code ERROR: } included
     */
    static String errorLine(Throwable failure, Optional<Environment> environment) {
        MigrateException migrate = find(failure);
        Throwable reported = (migrate != null) ? migrate : NestedExceptionUtils.getMostSpecificCause(failure);
        String message = (reported instanceof ClassNotFoundException missing) ? missingClass(missing.getMessage())
                : String.valueOf(reported.getMessage());
        if (migrate != null) {
            message += environment.flatMap(env -> FailureAdvice.of(migrate, env)).map(advice -> ". Likely cause: " + advice)
                    .orElse("");
        }
        return "ERROR: " + DatabaseUrl.redact(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    /** A class the configuration names but the application lacks: a JDBC driver, usually. */
    private static String missingClass(String name) {
        String message = "Class " + name + " is not on the application's classpath";
        String artifact = DRIVERS.get(name);
        return (artifact == null) ? message : message + ": the JDBC URL needs this driver; add " + artifact
                + " to the application's dependencies";
    }

    private static MigrateException find(Throwable failure) {
        for (Throwable each = failure; each != null; each = each.getCause()) {
            if (each instanceof MigrateException migrateException) {
                return migrateException;
            }
        }
        return null;
    }
}
