package io.psm.migrate.version;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads and writes the history table's rows; {@code down_revisions} holds the ids joined by {@code ", "}. */
final class HistoryRows {

    private static final String COLUMNS = "revision, down_revisions, direction, message, checksum, applied_at,"
            + " applied_by, execution_time_ms, success";
    private static final int MESSAGE_LENGTH = 1000;
    private static final int USER_LENGTH = 255;

    private HistoryRows() {
    }

    static void insert(Connection connection, String table, HistoryEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, entry.revision());
            statement.setString(2, entry.downRevisions().isEmpty() ? null : String.join(", ", entry.downRevisions()));
            statement.setString(3, entry.action().word());
            statement.setString(4, cut(entry.message(), MESSAGE_LENGTH));
            statement.setString(5, entry.checksum().orElse(null));
            statement.setObject(6, entry.appliedAt().atOffset(ZoneOffset.UTC));
            statement.setString(7, cut(entry.appliedBy(), USER_LENGTH));
            statement.setLong(8, entry.executionTime().toMillis());
            statement.setBoolean(9, entry.success());
            statement.executeUpdate();
        }
    }

    static List<HistoryEntry> readAll(Connection connection, String table) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + " FROM " + table + " ORDER BY id")) {
            while (rows.next()) {
                entries.add(read(rows));
            }
        }
        return List.copyOf(entries);
    }

    private static HistoryEntry read(ResultSet row) throws SQLException {
        String downRevisions = row.getString("down_revisions");
        return new HistoryEntry(
                row.getString("revision"),
                downRevisions == null || downRevisions.isBlank() ? List.of()
                        : Arrays.stream(downRevisions.split(",")).map(String::strip).toList(),
                HistoryAction.fromWord(row.getString("direction")),
                row.getString("message"),
                Optional.ofNullable(row.getString("checksum")),
                row.getObject("applied_at", OffsetDateTime.class).toInstant(),
                row.getString("applied_by"),
                Duration.ofMillis(row.getLong("execution_time_ms")),
                row.getBoolean("success"));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
