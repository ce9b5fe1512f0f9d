package io.psm.migrate.boot.diagnostics;

import io.psm.migrate.MigrateException;
import io.psm.migrate.boot.autoconfigure.InvalidPropertyException;
import io.psm.migrate.boot.autoconfigure.PendingRevisionsException;
import io.psm.migrate.boot.env.InvalidDatabaseUrlException;
import io.psm.migrate.execute.DatabaseAccessException;
import io.psm.migrate.graph.UnknownCurrentRevisionException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a psm-migrate failure that stopped start-up as Spring Boot's failure report: its message,
 * which names the revision, file, property or variable at fault, and what to do. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class MigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrateException> {

    /** Creates the analyzer; Spring Boot instantiates it from {@code spring.factories}. */
    public MigrateFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrateException cause) {
        return new FailureAnalysis("psm-migrate: " + cause.messageFor(APPLICATION), action(cause), cause);
    }

    /** How commands are named inside an application: {@code db merge}, {@code db repair}. */
    private static final String APPLICATION = "db ";

    private static String action(MigrateException cause) {
        if (cause instanceof InvalidDatabaseUrlException invalid) {
            return "Correct " + invalid.variable() + ". Accepted forms: postgresql://user:password@host:5432/db"
                    + " (postgres:// too; percent-encode special characters of the password), h2:mem:name,"
                    + " h2:file:./path, or a jdbc: URL.";
        }
        if (cause instanceof PendingRevisionsException) {
            return "Upgrade the database first (java -jar <app>.jar db upgrade, or the migration job), or let"
                    + " this application upgrade it with mode=upgrade.";
        }
        if (cause instanceof InvalidPropertyException invalid) {
            return "Correct " + invalid.property() + " as the message says.";
        }
        if (cause instanceof DatabaseAccessException access && access.isConnectionFailure()) {
            return "Check that the database is running and reachable from here, and that its URL, user and password"
                    + " are right (spring.datasource.*, DATABASE_URL, or psm.migrate.url/user/password). To wait for a"
                    + " database that starts after the application, set psm.migrate.connect-retries.";
        }
        if (cause instanceof UnknownCurrentRevisionException) {
            return "Rebuild the jar if its project has that revision; otherwise a newer build upgraded the database:"
                    + " deploy that build, or run its 'db downgrade' first.";
        }
        return "Correct the migration scripts or the database as the message says; 'db current', 'db history'"
                + " and 'db heads' (java -jar <app>.jar db <command>) show where the database stands.";
    }
}
