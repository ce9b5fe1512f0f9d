package io.psm.migrate.boot.diagnostics;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.boot.autoconfigure.PendingRevisionsException;
import io.psm.migrate.boot.env.InvalidDatabaseUrlException;
import io.psm.migrate.execute.DatabaseAccessException;
import io.psm.migrate.graph.MultipleHeadsException;
import io.psm.migrate.jdbc.DatabaseUrl;
import io.psm.migrate.jdbc.DatabaseUrlException;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** psm-migrate failures that stop start-up are reported with what to do. */
class MigrateFailureAnalyzerTest {

    private final MigrateFailureAnalyzer analyzer = new MigrateFailureAnalyzer();

    @Test
    void reportsPendingRevisionsFoundThroughTheBeanThatFailed() {
        PendingRevisionsException pending = new PendingRevisionsException("default", "jdbc:h2:mem:app", "head",
                List.of(), List.of("a1b2c3d4e5f6"));

        FailureAnalysis analysis = this.analyzer.analyze(new BeanCreationException("psmMigrateInitializer", "failed",
                pending));

        assertThat(analysis.getDescription()).contains("'default'").contains("a1b2c3d4e5f6");
        assertThat(analysis.getAction()).contains("db upgrade");
    }

    @Test
    void reportsAMalformedDatabaseUrlWithTheAcceptedForms() {
        DatabaseUrlException malformed = catchThrowableOfType(DatabaseUrlException.class,
                () -> DatabaseUrl.parse("postgresql://app:t0psecret@localhost:port/db"));

        FailureAnalysis analysis = this.analyzer.analyze(new InvalidDatabaseUrlException("DATABASE_URL", malformed));

        assertThat(analysis.getDescription()).contains("DATABASE_URL").doesNotContain("t0psecret");
        assertThat(analysis.getAction()).contains("postgresql://user:password@host:5432/db");
    }

    @Test
    void aDatabaseThatCannotBeReachedGetsAConnectionAction() {
        DatabaseAccessException unreachable = catchThrowableOfType(DatabaseAccessException.class,
                () -> PsmMigrate.configure().url("jdbc:h2:mem:nowhere;IFEXISTS=TRUE").locations("classpath:none").load()
                        .upgrade("head"));

        FailureAnalysis analysis = this.analyzer.analyze(new BeanCreationException("psmMigrateInitializer", "failed",
                unreachable));

        assertThat(analysis.getDescription()).startsWith("psm-migrate: Could not connect to the database: ");
        assertThat(analysis.getAction()).startsWith("Check that the database is running and reachable")
                .contains("psm.migrate.connect-retries").doesNotContain("migration scripts");
    }

    @Test
    void theMultipleHeadsHintNamesTheApplicationsMergeCommand() {
        FailureAnalysis analysis = this.analyzer.analyze(new MultipleHeadsException(List.of("a1", "b2"), "head"));

        assertThat(analysis.getDescription()).endsWith("or merge them with 'db merge'");
    }
}
