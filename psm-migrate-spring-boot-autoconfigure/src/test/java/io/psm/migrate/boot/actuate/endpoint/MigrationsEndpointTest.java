package io.psm.migrate.boot.actuate.endpoint;

import io.psm.migrate.boot.actuate.endpoint.MigrationsEndpoint.DatabaseDescriptor;
import io.psm.migrate.boot.autoconfigure.MigrationsEndpointAutoConfiguration;
import io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration;
import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.boot.testing.FailedAttempt;
import io.psm.migrate.testing.TestDatabases;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /actuator/migrations}: each instance's database against its scripts. */
class MigrationsEndpointTest {

    @TempDir
    Path scripts;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class,
                    MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=migrations");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void reportsAnUpToDateDatabaseWithItsHistory(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database)).run(context -> {
                DatabaseDescriptor described = context.getBean(MigrationsEndpoint.class).migrations().databases()
                        .get("default");
                assertThat(described.database()).startsWith("jdbc:" + kind.name().toLowerCase(java.util.Locale.ROOT));
                assertThat(described.current()).containsExactly(DatabaseState.HEAD);
                assertThat(described.heads()).containsExactly(DatabaseState.HEAD);
                assertThat(described.upToDate()).isTrue();
                assertThat(described.pending()).isEmpty();
                assertThat(described.history()).extracting(MigrationsEndpoint.RevisionDescriptor::revision)
                        .containsExactlyElementsOf(DatabaseState.REVISIONS_NEWEST_FIRST);
                assertThat(described.history()).allSatisfy(revision -> {
                    assertThat(revision.state()).isEqualTo("applied");
                    assertThat(revision.appliedAt()).isNotNull();
                    assertThat(revision.checksum()).isNotBlank();
                });
                assertThat(described.history().get(0).downRevisions()).containsExactly(DatabaseState.REVISIONS.get(1));
                assertThat(described.history().get(0).message()).isEqualTo("Add shelf note to book");
                assertThat(described.mermaid()).startsWith("flowchart BT\n")
                        .contains("r_" + DatabaseState.HEAD + "[\"" + DatabaseState.HEAD + " (head) (current)<br/>Add shelf note to book\"]")
                        .contains("r_" + DatabaseState.REVISIONS.get(1) + " --> r_" + DatabaseState.HEAD)
                        .contains("classDef applied ");
            });
        }
    }

    @Test
    void reportsPendingRevisionsOfADatabaseNotMigrated() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.mode=off")
                    .run(context -> {
                        DatabaseDescriptor described = context.getBean(MigrationsEndpoint.class)
                                .migrationsOfInstance("default");
                        assertThat(described.current()).isEmpty();
                        assertThat(described.upToDate()).isFalse();
                        assertThat(described.pending()).containsExactlyElementsOf(DatabaseState.REVISIONS);
                        assertThat(described.history()).allSatisfy(revision -> {
                            assertThat(revision.state()).isEqualTo("pending");
                            assertThat(revision.appliedAt()).isNull();
                        });
                        assertThat(described.mermaid()).contains("class " + String.join(",", DatabaseState.REVISIONS_NEWEST_FIRST
                                .stream().map(id -> "r_" + id).toList()) + " pending");
                    });
        }
    }

    @Test
    void keysEachInstanceByName() {
        try (TestDatabase application = TestDatabases.h2(); TestDatabase audit = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.instances.audit.url=" + audit.databaseUrl(),
                            "psm.migrate.instances.audit.locations=classpath:scenarios/audit")
                    .run(context -> {
                        MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
                        assertThat(endpoint.migrations().databases()).containsOnlyKeys("default", "audit");
                        assertThat(endpoint.migrationsOfInstance("audit").current()).containsExactly("d4e5f6a7b8c9");
                        assertThat(endpoint.migrationsOfInstance("billing")).isNull();
                    });
        }
    }

    @Test
    void reportsTheErrorOfADatabaseThatCannotBeRead() {
        try (TestDatabase application = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.instances.gone.url=jdbc:h2:mem:gone;IFEXISTS=TRUE;PASSWORD=hunter2",
                            "psm.migrate.instances.gone.mode=off")
                    .run(context -> {
                        DatabaseDescriptor gone = context.getBean(MigrationsEndpoint.class).migrationsOfInstance("gone");
                        assertThat(gone.error()).isNotBlank().doesNotContain("hunter2");
                        assertThat(gone.database()).doesNotContain("hunter2");
                        assertThat(gone.current()).isNull();
                        assertThat(gone.upToDate()).isNull();
                    });
        }
    }

    @Test
    void isNotAvailableUnlessExposed() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("management.endpoints.web.exposure.include=health")
                    .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void reportsARevisionWhoseLastAttemptFailedWithWhereItStopped(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            FailedAttempt.leave(database, this.scripts);
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.mode=off")
                    .run(context -> {
                        MigrationsEndpoint.RevisionDescriptor head = context.getBean(MigrationsEndpoint.class)
                                .migrations().databases().get("default").history().get(0);
                        assertThat(head.revision()).isEqualTo(DatabaseState.HEAD);
                        assertThat(head.state()).isEqualTo("failed");
                        assertThat(head.attemptedAt()).isNotNull();
                        assertThat(head.error()).containsIgnoringCase("no_such_table");
                        assertThat(head.failedLine()).isEqualTo(FailedAttempt.FAILED_LINE);
                        assertThat(head.linesLeftApplied()).containsExactly(FailedAttempt.FAILED_LINE - 1);
                    });
        }
    }

    @Test
    void theWebExtensionAnswers503ForADatabaseThatCannotBeRead() {
        try (TestDatabase application = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(application))
                    .withPropertyValues("psm.migrate.instances.gone.url=jdbc:h2:mem:gone;IFEXISTS=TRUE",
                            "psm.migrate.instances.gone.mode=off")
                    .run(context -> {
                        MigrationsEndpointWebExtension web = context.getBean(MigrationsEndpointWebExtension.class);
                        assertThat(web.migrations().getStatus()).isEqualTo(503);
                        assertThat(web.migrations().getBody().databases().get("gone").error()).contains("not found");
                        assertThat(web.migrationsOfInstance("gone").getStatus()).isEqualTo(503);
                        assertThat(web.migrationsOfInstance("default").getStatus()).isEqualTo(200);
                        assertThat(web.migrationsOfInstance("nosuch").getStatus()).isEqualTo(404);
                    });
        }
    }
}
