package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.boot.testing.DatabaseState;
import io.psm.migrate.boot.testing.Failures;
import io.psm.migrate.boot.testing.Failures;
import io.psm.migrate.execute.MigrationListener;
import io.psm.migrate.plan.MigrationStep;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** What start-up does: the modes, the target, and the hooks applications define as beans. */
class StartupMigrationTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class));

    @Test
    void modeOffAppliesNothing() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.mode=off")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(DatabaseState.hasTable(database.dataSource(), "book")).isFalse();
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void modeValidateFailsStartupNamingThePendingRevisions(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.mode=validate")
                    .run(context -> {
                        assertThat(Failures.migrateException(context.getStartupFailure())).isInstanceOf(PendingRevisionsException.class)
                                .hasMessageContaining("'default'").hasMessageContaining("3 revisions are pending")
                                .hasMessageContaining(String.join(", ", DatabaseState.REVISIONS))
                                .hasMessageContaining("psm.migrate.mode=upgrade");
                        assertThat(DatabaseState.hasTable(database.dataSource(), "book")).isFalse();
                    });
        }
    }

    @Test
    void modeValidateStartsWhenNothingIsPending() {
        try (TestDatabase database = TestDatabases.h2()) {
            ApplicationContextRunner onDatabase = this.contextRunner.withPropertyValues(dataSourceProperties(database));
            onDatabase.run(context -> assertThat(context).hasNotFailed());
            onDatabase.withPropertyValues("psm.migrate.mode=validate").run(context -> assertThat(context).hasNotFailed());
        }
    }

    @Test
    void targetStopsTheUpgradeAtThatRevision() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.target=" + DatabaseState.REVISIONS.get(1))
                    .run(context -> {
                        assertThat(DatabaseState.versionRows(database.dataSource()))
                                .containsExactly(DatabaseState.REVISIONS.get(1));
                        assertThat(DatabaseState.columns(database.dataSource(), "book")).doesNotContain("shelf_note");
                    });
        }
    }

    @Test
    void tableNamesComeFromTheProperties() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.version-table=alembic_version", "psm.migrate.history-table=audit_trail")
                    .run(context -> {
                        assertThat(DatabaseState.versionRows(database.dataSource(), "alembic_version"))
                                .containsExactly(DatabaseState.HEAD);
                        assertThat(DatabaseState.hasTable(database.dataSource(), "audit_trail")).isTrue();
                        assertThat(DatabaseState.hasTable(database.dataSource(), "psm_version")).isFalse();
                    });
        }
    }

    @Test
    void aMissingClasspathLocationHoldsNoScriptsYet() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.locations=classpath:db/not-written-yet")
                    .run(context -> assertThat(context).hasNotFailed());
        }
    }

    @Test
    void aMissingLocationFailsStartupWhenLocationsAreRequired() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.locations=classpath:db/not-written-yet",
                            "psm.migrate.fail-on-missing-locations=true")
                    .run(context -> assertThat(Failures.migrateException(context.getStartupFailure()))
                            .isInstanceOf(InvalidPropertyException.class)
                            .hasMessageStartingWith("psm.migrate.locations: ")
                            .hasMessageContaining("classpath:db/not-written-yet"));
        }
    }

    @Test
    void strategyBeanReplacesTheStandardUpgrade() {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withBean(PsmMigrationStrategy.class, () -> instance -> seen.add(instance.name() + "@" + instance.target()))
                    .run(context -> {
                        assertThat(seen).containsExactly("default@head");
                        assertThat(DatabaseState.hasTable(database.dataSource(), "book")).isFalse();
                    });
        }
    }

    @Test
    void customizersAdjustEachInstancesBuilder() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withBean(PsmMigrateCustomizer.class, () -> (instance, builder) ->
                            builder.versionTable(instance + "_versions"))
                    .run(context -> assertThat(DatabaseState.versionRows(database.dataSource(), "default_versions"))
                            .containsExactly(DatabaseState.HEAD));
        }
    }

    @Test
    void listenerBeansHearEachStep() {
        List<String> steps = new CopyOnWriteArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void afterStep(MigrationStep step, Duration duration) {
                steps.add(step.revision().id());
            }
        };
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withBean(MigrationListener.class, () -> listener)
                    .run(context -> assertThat(steps).containsExactlyElementsOf(DatabaseState.REVISIONS));
        }
    }

    @Test
    void nothingRunsOnStartupWhileADbCommandRuns() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withBean(DbCommandMode.class, () -> new DbCommandMode(Optional.empty(), List.of("current")))
                    .run(context -> {
                        assertThat(context).hasSingleBean(PsmMigrateInstances.class)
                                .doesNotHaveBean(PsmMigrateInitializer.class);
                        assertThat(DatabaseState.hasTable(database.dataSource(), "book")).isFalse();
                    });
        }
    }
}
