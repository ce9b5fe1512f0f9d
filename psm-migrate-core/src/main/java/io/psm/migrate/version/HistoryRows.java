package io.psm.migrate.version;

import io.psm.migrate.dialect.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the history table's rows; {@code down_revisions} holds the ids joined by {@code ", "}. */
final class HistoryRows {

    private static final String COLUMNS = "revision, down_revisions, direction, message, checksum, applied_at,"
            + " applied_by, execution_time_ms, success";
    private static final int MESSAGE_LENGTH = 1000;
    private static final int USER_LENGTH = 255;

    private HistoryRows() {
    }

    static void insert(Connection connection, Dialect dialect, String table, HistoryEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, entry.revision());
            statement.setString(2, entry.downRevisions().isEmpty() ? null : String.join(", ", entry.downRevisions()));
            statement.setString(3, entry.action().word());
            statement.setString(4, cut(entry.message(), MESSAGE_LENGTH));
            statement.setString(5, entry.checksum().orElse(null));
            statement.setObject(6, dialect.timestampValue(entry.appliedAt()));
            statement.setString(7, cut(entry.appliedBy(), USER_LENGTH));
            statement.setLong(8, entry.executionTime().toMillis());
            statement.setBoolean(9, entry.success());
            statement.executeUpdate();
        }
    }

    static List<HistoryEntry> readAll(Connection connection, Dialect dialect, String table) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + " FROM " + table + " ORDER BY id")) {
            while (rows.next()) {
                entries.add(read(rows, dialect));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * The checksum each revision was last applied or accepted with, reading three columns only:
     * this runs at every start-up. Successful upgrades count, and stamp rows that carry a checksum
     * (written by {@code repair}); a later upgrade without a checksum (a Java migration) clears it.
     */
    static Map<String, String> checksums(Connection connection, String table) throws SQLException {
        Map<String, String> checksums = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT revision, checksum, direction FROM "
                + table + " WHERE success = ? AND direction IN (?, ?) ORDER BY id")) {
            statement.setBoolean(1, true);
            statement.setString(2, HistoryAction.UPGRADE.word());
            statement.setString(3, HistoryAction.STAMP.word());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String checksum = rows.getString(2);
                    if (checksum == null && HistoryAction.STAMP.word().equals(rows.getString(3))) {
                        continue;
                    }
                    if (checksum == null) {
                        checksums.remove(rows.getString(1));
                    } else {
                        checksums.put(rows.getString(1), checksum);
                    }
                }
            }
        }
        return checksums;
    }

    /** Reads one row by column position, in the order of {@link #COLUMNS} (cheaper than by label). */
    private static HistoryEntry read(ResultSet row, Dialect dialect) throws SQLException {
        String downRevisions = row.getString(2);
        return new HistoryEntry(
                row.getString(1),
                downRevisions == null || downRevisions.isBlank() ? List.of()
                        : Arrays.stream(downRevisions.split(",")).map(String::strip).toList(),
                HistoryAction.fromWord(row.getString(3)),
                row.getString(4),
                Optional.ofNullable(row.getString(5)),
                dialect.timestamp(row, 6),
                row.getString(7),
                Duration.ofMillis(row.getLong(8)),
                row.getBoolean(9));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
