package io.psm.migrate.boot.command;

import io.psm.migrate.execute.DatabaseAccessException;

import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;

import static org.assertj.core.api.Assertions.assertThat;

/** The ERROR line of a command whose application could not start. */
class CommandFailuresTest {

    @Test
    void psmMigratesOwnMessageIsReportedAsTheCommandLineReportsIt() {
        BeanCreationException failure = new BeanCreationException("psmMigrateInstances", "failed",
                new DatabaseAccessException("connect to the database", new SQLException("Connection refused")));

        assertThat(CommandFailures.errorLine(failure, Optional.empty()))
                .isEqualTo("ERROR: Could not connect to the database: Connection refused");
    }

    @Test
    void aMissingJdbcDriverSaysWhichArtifactToAdd() {
        BeanCreationException failure = new BeanCreationException("dataSource", "failed",
                new IllegalStateException("Failed to load driver", new ClassNotFoundException("org.postgresql.Driver")));

        assertThat(CommandFailures.errorLine(failure, Optional.empty())).isEqualTo("ERROR: Class org.postgresql.Driver is"
                + " not on the application's classpath: the JDBC URL needs this driver; add org.postgresql:postgresql to"
                + " the application's dependencies");
    }

    @Test
    void otherFailuresAreTheirMostSpecificCauseOnOneLineWithoutPassword() {
        BeanCreationException failure = new BeanCreationException("dataSource", "failed",
                new IllegalArgumentException("Bad URL postgresql://app:t0psecret@db/app\n  at line 2"));

        assertThat(CommandFailures.errorLine(failure, Optional.empty()))
                .isEqualTo("ERROR: Bad URL postgresql://app:****@db/app at line 2");
    }
}
