package io.psm.migrate.version;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.TableName;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryTableTest {

    private static final Instant NOON = Instant.parse("2026-11-24T12:00:00.123Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void historyRowsAreReadBackAsWrittenOldestFirst(TestDatabase.Kind kind) throws SQLException {
        HistoryEntry merge = new HistoryEntry("c3", List.of("a1", "b2"), HistoryAction.UPGRADE, "Merge heads",
                Optional.of("sha256:00ff"), NOON, "app_user", Duration.ofMillis(1234), true);
        HistoryEntry failed = new HistoryEntry("d4", List.of("c3"), HistoryAction.DOWNGRADE, "",
                Optional.empty(), NOON.plusSeconds(1), "app_user", Duration.ofMillis(7), false);
        HistoryEntry root = new HistoryEntry("a1", List.of(), HistoryAction.STAMP, "stamp  -> a1",
                Optional.empty(), NOON.plusSeconds(2), "app_user", Duration.ZERO, true);
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection()) {
            VersionTables tables = new VersionTables(Dialect.detect(connection), TableName.of("psm_version"),
                    TableName.of("psm_history"));
            tables.createIfMissing(connection);

            tables.record(connection, merge);
            tables.record(connection, failed);
            tables.record(connection, root);

            assertThat(tables.history(connection)).containsExactly(merge, failed, root);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void overlongMessageIsCutToTheColumnsLength(TestDatabase.Kind kind) throws SQLException {
        String message = "x".repeat(1500);
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection()) {
            VersionTables tables = new VersionTables(Dialect.detect(connection), TableName.of("psm_version"),
                    TableName.of("psm_history"));
            tables.createIfMissing(connection);

            tables.record(connection, new HistoryEntry("a1", List.of(), HistoryAction.UPGRADE, message,
                    Optional.empty(), NOON, "u", Duration.ZERO, true));

            assertThat(tables.history(connection).get(0).message()).hasSize(1000);
        }
    }
}
