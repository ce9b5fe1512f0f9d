package io.psm.migrate.version;

import io.psm.migrate.dialect.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes the history table's rows; {@code down_revisions} holds the ids joined by
 * {@code ", "}, {@code ran_lines} the line numbers joined by {@code ","}.
 */
final class HistoryRows {

    private static final String COLUMNS = "revision, down_revisions, direction, message, checksum, applied_at,"
            + " applied_by, execution_time_ms, success, " + HistoryColumns.STATE + ", " + HistoryColumns.ERROR + ", "
            + HistoryColumns.RAN_LINES + ", " + HistoryColumns.AT_LINE;
    private static final int MESSAGE_LENGTH = 1000;
    private static final int USER_LENGTH = 255;
    /** Ends a list of lines cut to fit its column. */
    private static final String MORE = ",...";

    private HistoryRows() {
    }

    static void insert(Connection connection, Dialect dialect, String table, HistoryEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, entry.revision());
            statement.setString(2, entry.downRevisions().isEmpty() ? null : String.join(", ", entry.downRevisions()));
            statement.setString(3, entry.action().word());
            statement.setString(4, cut(entry.message(), MESSAGE_LENGTH));
            statement.setString(5, entry.checksum().orElse(null));
            statement.setObject(6, dialect.timestampValue(entry.appliedAt()));
            statement.setString(7, cut(entry.appliedBy(), USER_LENGTH));
            statement.setLong(8, entry.executionTime().toMillis());
            setOutcome(statement, 9, entry);
            statement.executeUpdate();
        }
    }

    /** Inserts a row and returns its id: the newest row of its revision, as the caller holds the migration lock. */
    static long insertReturningId(Connection connection, Dialect dialect, String table, HistoryEntry entry)
            throws SQLException {
        insert(connection, dialect, table, entry);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT MAX(id) FROM " + table + " WHERE revision = ?")) {
            statement.setString(1, entry.revision());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Rewrites the outcome of row {@code id}: its time, duration, state and where it stopped. */
    static void update(Connection connection, Dialect dialect, String table, long id, HistoryEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table
                + " SET applied_at = ?, execution_time_ms = ?, success = ?, " + HistoryColumns.STATE + " = ?, "
                + HistoryColumns.ERROR + " = ?, " + HistoryColumns.RAN_LINES + " = ?, " + HistoryColumns.AT_LINE
                + " = ? WHERE id = ?")) {
            statement.setObject(1, dialect.timestampValue(entry.appliedAt()));
            statement.setLong(2, entry.executionTime().toMillis());
            setOutcome(statement, 3, entry);
            statement.setLong(8, id);
            statement.executeUpdate();
        }
    }

    /** Records how far running row {@code id} has got. */
    static void progress(Connection connection, String table, long id, Interruption progress) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table + " SET "
                + HistoryColumns.RAN_LINES + " = ?, " + HistoryColumns.AT_LINE + " = ? WHERE id = ?")) {
            statement.setString(1, lines(progress.ranLines()));
            setLine(statement, 2, progress.atLine());
            statement.setLong(3, id);
            statement.executeUpdate();
        }
    }

    /** Sets {@code success}, {@code state}, {@code error_message}, {@code ran_lines} and {@code at_line} from {@code first}. */
    private static void setOutcome(PreparedStatement statement, int first, HistoryEntry entry) throws SQLException {
        statement.setBoolean(first, entry.success());
        statement.setString(first + 1, entry.state().word());
        Optional<Interruption> stop = entry.interruption();
        statement.setString(first + 2, stop.flatMap(Interruption::error)
                .map(error -> cut(error, HistoryColumns.ERROR_LENGTH)).orElse(null));
        statement.setString(first + 3, stop.map(Interruption::ranLines).map(HistoryRows::lines).orElse(null));
        setLine(statement, first + 4, stop.map(Interruption::atLine).orElse(OptionalInt.empty()));
    }

    private static void setLine(PreparedStatement statement, int index, OptionalInt line) throws SQLException {
        if (line.isPresent()) {
            statement.setInt(index, line.getAsInt());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    /**
     * Every row, oldest first. A table made before the state columns existed is read too: its rows
     * are applied or failed by their {@code success} column.
     */
    static List<HistoryEntry> readAll(Connection connection, Dialect dialect, String table) throws SQLException {
        Set<String> present = HistoryColumns.present(connection, table);
        String columns = Arrays.stream(COLUMNS.split(", "))
                .map(column -> present.contains(column) ? column : "NULL AS " + column)
                .collect(Collectors.joining(", "));
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + columns + " FROM " + table + " ORDER BY id")) {
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
        boolean success = row.getBoolean(9);
        String state = row.getString(10);
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
                state == null ? (success ? HistoryState.APPLIED : HistoryState.FAILED)
                        : HistoryState.fromWord(state.strip().toLowerCase(Locale.ROOT)),
                interruption(row.getString(11), row.getString(12), row.getInt(13), row.wasNull()));
    }

    private static Optional<Interruption> interruption(String error, String ranLines, int atLine, boolean noLine) {
        if (error == null && ranLines == null && noLine) {
            return Optional.empty();
        }
        List<Integer> lines = ranLines == null || ranLines.isBlank() ? List.of() : Arrays.stream(ranLines.split(","))
                .map(String::strip)
                .filter(text -> !text.isEmpty() && text.chars().allMatch(Character::isDigit))
                .map(Integer::valueOf)
                .toList();
        return Optional.of(new Interruption(lines, noLine ? OptionalInt.empty() : OptionalInt.of(atLine),
                Optional.ofNullable(error)));
    }

    /** The lines joined by commas, cut to fit the column with a final {@code ...} when there are too many. */
    private static String lines(List<Integer> lines) {
        StringBuilder text = new StringBuilder();
        for (Integer line : lines) {
            String next = (text.length() == 0 ? "" : ",") + line;
            if (text.length() + next.length() + MORE.length() > HistoryColumns.LINES_LENGTH) {
                return text.append(MORE).toString();
            }
            text.append(next);
        }
        return text.toString();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
