package io.psm.migrate.cli;

import io.psm.migrate.cli.MigrationFiles.Revision;
import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** verify round-trips each revision on a scratch schema, and leaves the database as it was. */
class VerifyCommandTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void verifyPrintsALinePerRevisionOldestFirst(TestDatabase.Kind kind) {
        try (Workspace workspace = Workspace.create(kind, directory)) {
            Histories.linear(workspace);

            Cli.Result result = workspace.run("verify");

            assertThat(result.status()).isZero();
            assertThat(result.outLines()).containsExactly(
                    "Verified  -> users01a, create users",
                    "Verified users01a -> phone02b, add phone",
                    "Verified phone02b -> email03c, add email");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void verifyOfABranchedHistoryRevertsEachRevisionAloneOnce(TestDatabase.Kind kind) {
        try (Workspace workspace = Workspace.create(kind, directory)) {
            Histories.branched(workspace);
            workspace.files().write(Histories.MERGE, Revision.of("other006", "create settings",
                    "CREATE TABLE settings (id INT PRIMARY KEY);", "DROP TABLE settings;"));

            Cli.Result result = workspace.run("verify");

            assertThat(result.status()).isZero();
            assertThat(result.outLines()).hasSize(6).contains(
                    "Verified  -> other006, create settings",
                    "Verified left0003, right004 -> merge005, merge ledger and audit");
            assertThat(result.errLines()).filteredOn(line -> line.contains("Running downgrade")).containsExactlyInAnyOrder(
                    "INFO  [psm.migrate] Running downgrade root0001 -> , create accounts",
                    "INFO  [psm.migrate] Running downgrade fork0002 -> root0001, add owner",
                    "INFO  [psm.migrate] Running downgrade left0003 -> fork0002, create ledger",
                    "INFO  [psm.migrate] Running downgrade right004 -> fork0002, create audit",
                    "INFO  [psm.migrate] Running downgrade merge005 -> left0003, right004, merge ledger and audit",
                    "INFO  [psm.migrate] Running downgrade other006 -> , create settings");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void verifyLeavesNeitherTablesNorItsScratchSchemaBehind(TestDatabase.Kind kind) throws Exception {
        try (Workspace workspace = Workspace.create(kind, directory)) {
            Histories.linear(workspace);

            workspace.run("verify");

            assertThat(workspace.tables()).isEmpty();
            assertThat(schemas(workspace)).noneMatch(schema -> schema.startsWith("psm_verify_"));
            assertThat(workspace.run("current").out()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradeThatLeavesAColumnBehindDoesNotRoundTrip(TestDatabase.Kind kind) {
        try (Workspace workspace = Workspace.create(kind, directory)) {
            workspace.files().write(Histories.USERS, Revision.of("phone02b", "add phone",
                    "ALTER TABLE users ADD COLUMN phone VARCHAR(20);", "SELECT 1;", "users01a"));

            Cli.Result result = workspace.run("verify");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.outLines()).containsExactly("Verified  -> users01a, create users");
            assertThat(result.errLines()).last().asString()
                    .startsWith("ERROR: Revision phone02b (").contains("phone02b_add_phone.sql")
                    .contains("does not round-trip: after its downgrade the schema differs from before its upgrade: +COLUMN ")
                    .containsIgnoringCase("users.phone");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void revisionWithoutDowngradeDoesNotRoundTrip(TestDatabase.Kind kind) {
        try (Workspace workspace = Workspace.create(kind, directory)) {
            workspace.files().write(Histories.USERS, Revision.of("phone02b", "add phone",
                    "ALTER TABLE users ADD COLUMN phone VARCHAR(20);", null, "users01a"));

            Cli.Result result = workspace.run("verify");

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.errLines()).last().asString()
                    .startsWith("ERROR: Revision phone02b (").contains("does not round-trip: its downgrade failed: ");
        }
    }

    private static List<String> schemas(Workspace workspace) throws Exception {
        List<String> schemas = new ArrayList<>();
        try (Connection connection = workspace.database().dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getSchemas()) {
            while (rows.next()) {
                schemas.add(rows.getString("TABLE_SCHEM").toLowerCase(Locale.ROOT));
            }
        }
        return schemas;
    }
}
