package io.psm.migrate.execute;

import io.psm.migrate.MigrationContext;
import io.psm.migrate.plan.MigrationStep;
import io.psm.migrate.plan.VersionChange;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import io.psm.migrate.version.HistoryAction;
import io.psm.migrate.version.HistoryEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationExecutorTest {

    private static final List<MigrationScript> CHAIN = List.of(
            Scripts.sql("r1", null, "CREATE TABLE customers (id INT PRIMARY KEY);", "DROP TABLE customers;"),
            Scripts.sql("r2", "r1", "ALTER TABLE customers ADD COLUMN phone VARCHAR(20);\nINSERT INTO customers (id) VALUES (1);",
                    "ALTER TABLE customers DROP COLUMN phone;"));

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeOfAnEmptyDatabaseCreatesTheTablesAndRunsEveryRevision(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database, ExecutionSettings.defaults());

            List<AppliedStep> applied = executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN));

            assertThat(applied).extracting(step -> step.step().describe())
                    .containsExactly("upgrade  -> r1, Revision r1", "upgrade r1 -> r2, Revision r2");
            assertThat(executor.readState().heads()).containsExactly("r2");
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM customers WHERE phone IS NULL")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeOfAnUpToDateDatabaseRunsNothing(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database, ExecutionSettings.defaults());
            executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN));

            assertThat(executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN))).isEmpty();
            assertThat(executor.readState().heads()).containsExactly("r2");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eachStepLeavesAHistoryRowDescribingIt(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database, ExecutionSettings.defaults());

            executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN));

            List<HistoryEntry> history = executor.readState().history();
            assertThat(history).extracting(HistoryEntry::revision).containsExactly("r1", "r2");
            HistoryEntry second = history.get(1);
            assertThat(second.downRevisions()).containsExactly("r1");
            assertThat(second.action()).isEqualTo(HistoryAction.UPGRADE);
            assertThat(second.message()).isEqualTo("Revision r2");
            assertThat(second.checksum()).contains("sha256:r2");
            assertThat(second.appliedBy()).isEqualToIgnoringCase(database.user());
            assertThat(second.success()).isTrue();
            assertThat(second.appliedAt()).isAfterOrEqualTo(history.get(0).appliedAt());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradeRunsDowngradeSectionsNewestFirstDownToBase(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database, ExecutionSettings.defaults());
            executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN));

            List<AppliedStep> applied = executor.migrate(CHAIN, Scripts.downgradeToBase(CHAIN));

            assertThat(applied).extracting(step -> step.step().describe())
                    .containsExactly("downgrade r2 -> r1, Revision r2", "downgrade r1 -> , Revision r1");
            assertThat(executor.readState().heads()).isEmpty();
            assertThat(Rows.tableExists(database, "customers")).isFalse();
            assertThat(executor.readState().history()).extracting(HistoryEntry::action)
                    .endsWith(HistoryAction.DOWNGRADE, HistoryAction.DOWNGRADE);
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void customSchemaHoldsTheTablesAndTheMigrationsObjects(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            ExecutionSettings settings = ExecutionSettings.defaults().withSchema("app")
                    .withVersionTable("alembic_version").withHistoryTable("migration_log");
            MigrationExecutor executor = executor(database, settings);

            executor.migrate(CHAIN, Scripts.upgradeToHead(CHAIN));

            assertThat(Rows.number(database, "SELECT COUNT(*) FROM app.customers")).isEqualTo(1);
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM app.alembic_version")).isEqualTo(1);
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM app.migration_log")).isEqualTo(2);
            assertThat(Rows.tableExists(database, "psm_version")).isFalse();
            assertThat(executor.readState().heads()).containsExactly("r2");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void javaMigrationGetsTheConnectionItsRevisionAndTheSchema(TestDatabase.Kind kind) {
        AtomicReference<MigrationContext> seen = new AtomicReference<>();
        List<MigrationScript> chain = List.of(Scripts.java("j1", null, context -> {
            seen.set(context);
            try (Statement statement = context.connection().createStatement()) {
                statement.execute("CREATE TABLE from_java (id INT)");
            }
        }));
        try (TestDatabase database = TestDatabases.create(kind)) {
            executor(database, ExecutionSettings.defaults().withSchema("app")).migrate(chain, Scripts.upgradeToHead(chain));

            assertThat(seen.get().revision()).isEqualTo("j1");
            assertThat(seen.get().schema()).isEqualTo("app");
            assertThat(Rows.number(database, "SELECT COUNT(*) FROM app.from_java")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void explicitTransactionControlInATransactionalRevisionIsSkipped(TestDatabase.Kind kind) {
        List<MigrationScript> chain = List.of(Scripts.sql("t1", null,
                "BEGIN;\nCREATE TABLE framed (id INT);\nINSERT INTO framed VALUES (1);\nCOMMIT;", "DROP TABLE framed;"));
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database, ExecutionSettings.defaults());

            executor.migrate(chain, Scripts.upgradeToHead(chain));

            assertThat(Rows.number(database, "SELECT COUNT(*) FROM framed")).isEqualTo(1);
            assertThat(executor.readState().heads()).containsExactly("t1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void readingTheStateOfAnEmptyDatabaseCreatesNothing(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            DatabaseState state = executor(database, ExecutionSettings.defaults()).readState();

            assertThat(state.heads()).isEmpty();
            assertThat(state.history()).isEmpty();
            assertThat(Rows.tableExists(database, "psm_version")).isFalse();
            assertThat(Rows.tableExists(database, "psm_history")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void plannerIsGivenTheStateReadUnderTheLock(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database, ExecutionSettings.defaults());
            executor.migrate(CHAIN.subList(0, 1), Scripts.upgradeToHead(CHAIN.subList(0, 1)));
            AtomicReference<VersionState> given = new AtomicReference<>();

            executor.migrate(CHAIN, state -> {
                given.set(state);
                return Scripts.upgradeToHead(CHAIN).apply(state);
            });

            assertThat(given.get().heads()).containsExactly("r1");
            assertThat(given.get().checksums()).containsOnlyKeys("r1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void listenerHearsBeforeAndAfterEachStepInOrder(TestDatabase.Kind kind) {
        List<String> heard = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void beforeStep(MigrationStep step) {
                heard.add("before " + step.revision().id());
            }

            @Override
            public void afterStep(MigrationStep step, Duration duration) {
                heard.add("after " + step.revision().id());
            }
        };
        try (TestDatabase database = TestDatabases.create(kind)) {
            new MigrationExecutor(database.dataSource(), ExecutionSettings.defaults(), listener)
                    .migrate(CHAIN, Scripts.upgradeToHead(CHAIN));

            assertThat(heard).containsExactly("before r1", "after r1", "before r2", "after r2");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void stampChangesTheVersionTableAloneAndRecordsStampRows(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            MigrationExecutor executor = executor(database, ExecutionSettings.defaults());

            List<String> heads = executor.stamp(state -> List.of(new VersionChange.Insert("r2")));

            assertThat(heads).containsExactly("r2");
            assertThat(Rows.tableExists(database, "customers")).isFalse();
            assertThat(executor.readState().history()).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo(HistoryAction.STAMP);
                assertThat(entry.revision()).isEqualTo("r2");
                assertThat(entry.message()).isEqualTo("stamp  -> r2");
                assertThat(entry.checksum()).isEqualTo(Optional.empty());
            });
        }
    }

    private static MigrationExecutor executor(TestDatabase database, ExecutionSettings settings) {
        return new MigrationExecutor(database.dataSource(), settings, MigrationListener.NONE);
    }
}
