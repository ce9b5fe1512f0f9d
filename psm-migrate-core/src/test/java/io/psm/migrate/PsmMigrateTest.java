package io.psm.migrate;

import io.psm.migrate.execute.AcceptedChecksum;
import io.psm.migrate.execute.AppliedStep;
import io.psm.migrate.execute.RevisionFailedException;
import io.psm.migrate.graph.MultipleHeadsException;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.graph.UnknownCurrentRevisionException;
import io.psm.migrate.plan.StampMode;
import io.psm.migrate.testing.ScriptDirectory;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PsmMigrateTest {

    @TempDir
    Path dir;

    private TestDatabase database;

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private ScriptDirectory linearHistory() {
        ScriptDirectory scripts = new ScriptDirectory(dir);
        scripts.write("a1", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);", "DROP TABLE users;");
        scripts.write("b2", "a1", "Add name", "ALTER TABLE users ADD COLUMN name VARCHAR(20);",
                "ALTER TABLE users DROP COLUMN name;");
        scripts.write("c3", "b2", "Add phone", "ALTER TABLE users ADD COLUMN phone VARCHAR(20);",
                "ALTER TABLE users DROP COLUMN phone;");
        return scripts;
    }

    private PsmMigrate migrate(TestDatabase.Kind kind, ScriptDirectory scripts) {
        database = TestDatabases.create(kind);
        return PsmMigrate.configure().dataSource(database.dataSource()).locations(scripts.location()).load();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeToHeadAppliesEveryRevisionInOrderAndRecordsTheHead(TestDatabase.Kind kind) throws Exception {
        PsmMigrate migrate = migrate(kind, linearHistory());

        List<AppliedStep> steps = migrate.upgrade("head");

        assertThat(steps).extracting(step -> step.step().describe())
                .containsExactly("upgrade  -> a1, Create users", "upgrade a1 -> b2, Add name", "upgrade b2 -> c3, Add phone");
        assertThat(migrate.current()).extracting(RevisionNode::id).containsExactly("c3");
        assertThat(columns("users")).containsExactlyInAnyOrder("id", "name", "phone");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeOfAnUpToDateDatabaseRunsNothing(TestDatabase.Kind kind) {
        PsmMigrate migrate = migrate(kind, linearHistory());
        migrate.upgrade("head");

        assertThat(migrate.upgrade("head")).isEmpty();
        assertThat(migrate.status("head").upToDate()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradeMinusOneRevertsOnlyTheNewestRevision(TestDatabase.Kind kind) throws Exception {
        PsmMigrate migrate = migrate(kind, linearHistory());
        migrate.upgrade("head");

        List<AppliedStep> steps = migrate.downgrade("-1");

        assertThat(steps).extracting(step -> step.step().describe()).containsExactly("downgrade c3 -> b2, Add phone");
        assertThat(migrate.current()).extracting(RevisionNode::id).containsExactly("b2");
        assertThat(columns("users")).containsExactlyInAnyOrder("id", "name");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradeToBaseEmptiesTheVersionTableAndDropsEverything(TestDatabase.Kind kind) throws Exception {
        PsmMigrate migrate = migrate(kind, linearHistory());
        migrate.upgrade("head");

        migrate.downgrade("base");

        assertThat(migrate.current()).isEmpty();
        assertThat(columns("users")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void branchesUpgradeTogetherWithHeadsAndAMergeJoinsThem(TestDatabase.Kind kind) {
        ScriptDirectory scripts = new ScriptDirectory(dir);
        scripts.write("root", "", "Root", "CREATE TABLE root_t (id INT);", "DROP TABLE root_t;");
        scripts.write("shop1", "root", "Shop", "CREATE TABLE shop_t (id INT);", "DROP TABLE shop_t;", "Branch Labels: shop");
        scripts.write("blog1", "root", "Blog", "CREATE TABLE blog_t (id INT);", "DROP TABLE blog_t;", "Branch Labels: blog");
        PsmMigrate migrate = migrate(kind, scripts);

        assertThatThrownBy(() -> migrate.upgrade("head")).isInstanceOf(MultipleHeadsException.class)
                .hasMessageContaining("blog1").hasMessageContaining("shop1");
        migrate.upgrade("heads");
        assertThat(migrate.current()).extracting(RevisionNode::id).containsExactly("blog1", "shop1");

        migrate.downgrade("shop@-1");
        // root stays applied through blog1, so shop's row goes rather than moving down to root (Alembic)
        assertThat(migrate.current()).extracting(RevisionNode::id).containsExactly("blog1");
        migrate.upgrade("shop@head");

        Path merge = migrate.merge("Join shop and blog", List.of("heads"), dir);
        PsmMigrate reloaded = migrate.toBuilder().load();
        assertThat(reloaded.heads()).extracting(RevisionNode::downRevisions).containsExactly(List.of("blog1", "shop1"));
        reloaded.upgrade("head");
        assertThat(reloaded.current()).extracting(RevisionNode::id)
                .containsExactly(merge.getFileName().toString().substring(0, 12));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anAppliedScriptEditedAfterwardsIsRefusedNamingRevisionAndFile(TestDatabase.Kind kind) throws Exception {
        ScriptDirectory scripts = linearHistory();
        PsmMigrate migrate = migrate(kind, scripts);
        migrate.upgrade("b2");
        Path edited = dir.resolve("a1.sql");
        Files.writeString(edited, Files.readString(edited).replace("id INT", "id BIGINT"));
        scripts.write("d4", "c3", "Later", "SELECT 1;", null);

        PsmMigrate reloaded = migrate.toBuilder().load();

        assertThatThrownBy(() -> reloaded.upgrade("head")).isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining("Revision a1").hasMessageContaining("a1.sql");
        assertThat(reloaded.current()).extracting(RevisionNode::id).containsExactly("b2");
        assertThat(reloaded.toBuilder().validateChecksums(false).load().upgrade("head")).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void repairAcceptsAnEditedScriptSoThatLaterRunsPassAndRecordsItInTheHistory(TestDatabase.Kind kind) throws Exception {
        PsmMigrate migrate = migrate(kind, linearHistory());
        migrate.upgrade("head");
        Path edited = dir.resolve("b2.sql");
        Files.writeString(edited, Files.readString(edited) + "-- a harmless comment\n");
        PsmMigrate reloaded = migrate.toBuilder().load();
        assertThatThrownBy(() -> reloaded.upgrade("head")).isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining("repair");

        assertThat(reloaded.repair().acceptedChecksums()).extracting(AcceptedChecksum::revision).containsExactly("b2");

        assertThat(reloaded.upgrade("head")).isEmpty();
        assertThat(reloaded.repair().isEmpty()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM psm_history WHERE direction = 'stamp' AND revision = 'b2'")).isEqualTo(1);
        assertThat(reloaded.status("head").revisions()).filteredOn(r -> r.revision().equals("b2"))
                .singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(RevisionStatus.State.APPLIED));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aLaterUpgradeOfARepairedRevisionRecordsItsChecksumAgain(TestDatabase.Kind kind) throws Exception {
        PsmMigrate migrate = migrate(kind, linearHistory());
        migrate.upgrade("head");
        Path edited = dir.resolve("c3.sql");
        Files.writeString(edited, Files.readString(edited) + "-- reviewed\n");
        PsmMigrate reloaded = migrate.toBuilder().load();
        reloaded.repair();

        reloaded.downgrade("-1");
        reloaded.upgrade("head");

        assertThat(reloaded.repair().isEmpty()).isTrue();
        assertThat(reloaded.current()).extracting(RevisionNode::id).containsExactly("c3");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void statusListsPendingRevisionsAndWhenTheOthersWereApplied(TestDatabase.Kind kind) {
        PsmMigrate migrate = migrate(kind, linearHistory());
        migrate.upgrade("a1");

        MigrationStatus status = migrate.status("head");

        assertThat(status.current()).containsExactly("a1");
        assertThat(status.heads()).containsExactly("c3");
        assertThat(status.pending()).containsExactly("b2", "c3");
        assertThat(status.upToDate()).isFalse();
        assertThat(status.revisions()).extracting(RevisionStatus::revision).containsExactly("c3", "b2", "a1");
        RevisionStatus applied = status.revisions().get(2);
        assertThat(applied.state()).isEqualTo(RevisionStatus.State.APPLIED);
        assertThat(applied.appliedAt()).isPresent();
        assertThat(applied.checksum()).hasValueSatisfying(sum -> assertThat(sum).hasSize(64));
        assertThat(status.revisions().get(0).state()).isEqualTo(RevisionStatus.State.PENDING);
    }

    @Test
    void aDatabaseAtARevisionTheScriptsLackNamesItAndTheScriptsHeads() throws Exception {
        PsmMigrate newer = migrate(TestDatabase.Kind.H2, linearHistory());
        newer.upgrade("head");
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith("c3")).toList()) {
                Files.delete(file);
            }
        }
        PsmMigrate older = PsmMigrate.configure().dataSource(database.dataSource()).locations("filesystem:" + dir).load();

        for (ThrowingCallable command : List.<ThrowingCallable>of(older::current, () -> older.upgrade("head"),
                () -> older.status("head"))) {
            assertThatThrownBy(command).isInstanceOfSatisfying(UnknownCurrentRevisionException.class, unknown -> {
                assertThat(unknown.unknownRevisions()).containsExactly("c3");
                assertThat(unknown.heads()).containsExactly("b2");
            }).hasMessage("Can't locate revision identified by 'c3': the database is at this revision, which the"
                    + " migration scripts do not contain");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void stampSetsTheVersionTableWithoutRunningAnyRevision(TestDatabase.Kind kind) throws Exception {
        PsmMigrate migrate = migrate(kind, linearHistory());

        assertThat(migrate.stamp(List.of("b2"), StampMode.KEEP)).containsExactly("b2");

        assertThat(migrate.current()).extracting(RevisionNode::id).containsExactly("b2");
        assertThat(columns("users")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFailingRevisionStopsTheRunAndLeavesTheLastGoodRevisionCurrent(TestDatabase.Kind kind) {
        ScriptDirectory scripts = linearHistory();
        scripts.write("d4", "c3", "Broken", "ALTER TABLE users ADD COLUMN email VARCHAR(40);\nALTER TABLE nowhere ADD x INT;", null);
        PsmMigrate migrate = migrate(kind, scripts);

        assertThatThrownBy(() -> migrate.upgrade("head")).isInstanceOf(RevisionFailedException.class)
                .hasMessageContaining("Revision d4").hasMessageContaining("d4.sql, line 9)");

        assertThat(migrate.current()).extracting(RevisionNode::id).containsExactly("c3");
    }

    @Test
    void aFailedRevisionOnPostgresqlLeavesNoTraceOfItsEarlierStatements() throws Exception {
        ScriptDirectory scripts = linearHistory();
        scripts.write("d4", "c3", "Broken", "ALTER TABLE users ADD COLUMN email VARCHAR(40);\nALTER TABLE nowhere ADD x INT;", null);
        PsmMigrate migrate = migrate(TestDatabase.Kind.POSTGRESQL, scripts);

        assertThatThrownBy(() -> migrate.upgrade("head")).isInstanceOf(RevisionFailedException.class);

        assertThat(columns("users")).containsExactlyInAnyOrder("id", "name", "phone");
    }

    @Test
    void upgradeSqlIsWrittenFromTheUrlWithoutConnecting() {
        PsmMigrate migrate = PsmMigrate.configure().url("postgresql://app:secret@db.invalid:5432/app")
                .locations(linearHistory().location()).load();

        String sql = migrate.upgradeSql("head");

        assertThat(sql).contains("CREATE TABLE psm_version").contains("-- Running upgrade  -> a1, Create users")
                .contains("ALTER TABLE users ADD COLUMN phone VARCHAR(20);")
                .contains("INSERT INTO psm_version (version_num) VALUES ('a1');")
                .contains("UPDATE psm_version SET version_num = 'c3' WHERE version_num = 'b2';")
                .doesNotContain("secret");
    }

    @Test
    void downgradeSqlNeedsAStartingRevision() {
        PsmMigrate migrate = PsmMigrate.configure().dialect("h2").locations(linearHistory().location()).load();

        assertThat(migrate.downgradeSql("c3:a1")).contains("ALTER TABLE users DROP COLUMN phone;")
                .contains("UPDATE psm_version SET version_num = 'a1' WHERE version_num = 'b2';").doesNotContain("CREATE TABLE");
        assertThatThrownBy(() -> migrate.downgradeSql("a1")).isInstanceOf(MigrateException.class)
                .hasMessageContaining("<fromrev>:<torev>");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDatabaseUrlConfiguresTheConnection(TestDatabase.Kind kind) {
        database = TestDatabases.create(kind);
        PsmMigrate migrate = PsmMigrate.configure().url(database.databaseUrl()).locations(linearHistory().location()).load();

        migrate.upgrade("head");

        assertThat(migrate.current()).extracting(RevisionNode::id).containsExactly("c3");
    }

    @Test
    void commandsThatNeedADatabaseSayHowToConfigureOne() {
        PsmMigrate migrate = PsmMigrate.configure().locations(linearHistory().location()).load();

        assertThatThrownBy(migrate::current).isInstanceOf(MigrateConfigurationException.class)
                .hasMessageContaining("No database is configured");
    }

    @Test
    void revisionIsWrittenOnTopOfTheSingleHeadAndLoadsAsTheNewHead() {
        PsmMigrate migrate = PsmMigrate.configure().locations(linearHistory().location()).load();

        Path written = migrate.revision(RevisionSpec.of("Add email to users", dir));

        assertThat(written.getFileName().toString()).matches("[0-9a-f]{12}_add_email_to_users\\.sql");
        PsmMigrate reloaded = migrate.toBuilder().load();
        assertThat(reloaded.heads()).singleElement().satisfies(head -> {
            assertThat(head.downRevisions()).containsExactly("c3");
            assertThat(head.message()).isEqualTo("Add email to users");
        });
    }

    @Test
    void revisionOnARevisionThatIsNotAHeadNeedsSplice() {
        PsmMigrate migrate = PsmMigrate.configure().locations(linearHistory().location()).load();
        RevisionSpec onB2 = new RevisionSpec("Branch off", dir, "b2", false, List.of("side"), List.of(),
                java.util.Optional.empty(), "", "");

        assertThatThrownBy(() -> migrate.revision(onB2)).hasMessageContaining("b2 is not a head revision")
                .hasMessageContaining("--splice");
        Path written = migrate.revision(new RevisionSpec("Branch off", dir, "b2", true, List.of("side"), List.of(),
                java.util.Optional.empty(), "", ""));
        assertThat(written).exists();
        assertThat(migrate.toBuilder().load().heads()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eightConcurrentUpgradesRunEachRevisionExactlyOnce(TestDatabase.Kind kind) throws Exception {
        ScriptDirectory scripts = new ScriptDirectory(dir);
        scripts.write("r0", "", "Counter", "CREATE TABLE runs (revision VARCHAR(32));", null);
        for (int i = 1; i <= 20; i++) {
            scripts.write("r" + i, "r" + (i - 1), "Step " + i, "INSERT INTO runs VALUES ('r" + i + "');", null);
        }
        database = TestDatabases.create(kind);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            PsmMigrate migrate = PsmMigrate.configure().dataSource(database.dataSource()).locations(scripts.location()).load();
            Thread thread = new Thread(() -> migrate.upgrade("head"));
            thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM runs")).isEqualTo(20);
        assertThat(count("SELECT COUNT(DISTINCT revision) FROM runs")).isEqualTo(20);
        assertThat(PsmMigrate.configure().dataSource(database.dataSource()).locations(scripts.location()).load()
                .current()).extracting(RevisionNode::id).containsExactly("r20");
    }

    private List<String> columns(String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(database.kind() == TestDatabase.Kind.SQLITE
                     ? "SELECT name FROM pragma_table_info('" + table + "')"
                     : "SELECT column_name FROM information_schema.columns"
                     + " WHERE LOWER(table_name) = '" + table + "' AND LOWER(table_schema) = 'public'")) {
            while (rows.next()) {
                names.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private int count(String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
