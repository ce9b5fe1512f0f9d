package io.psm.migrate.adopt;

import java.util.Locale;
import java.util.Optional;

/**
 * One row of Flyway's {@code flyway_schema_history}.
 *
 * @param installedRank the order Flyway ran it in
 * @param version       the version, empty for repeatable migrations and schema markers
 * @param description   its description
 * @param type          {@code SQL}, {@code JDBC}, {@code BASELINE}, {@code SCHEMA}, {@code UNDO_SQL}, ...
 * @param script        the file or class it ran
 * @param checksum      the checksum recorded, if any
 * @param success       whether it completed
 */
public record FlywayHistoryRow(int installedRank, Optional<FlywayVersion> version, String description, String type,
                               String script, Optional<Integer> checksum, boolean success) {

    /** Whether the row records a version as applied: a migration that ran or a baseline. */
    boolean applies() {
        return !undoes() && !upper().equals("SCHEMA") && !upper().equals("DELETE") && version.isPresent();
    }

    /** Whether the row records an undo (Flyway Teams) or a deletion ({@code repair}), taking a version back. */
    boolean undoes() {
        return upper().startsWith("UNDO") || upper().equals("DELETE");
    }

    /** Whether the row is Flyway's baseline marker. */
    boolean isBaseline() {
        return upper().equals("BASELINE");
    }

    /** Whether Flyway ran a SQL file for it, whose checksum can be checked. */
    boolean isSql() {
        return upper().equals("SQL");
    }

    /** The row as messages name it: {@code version 1.2 (V1_2__x.sql, rank 3)}. */
    String describe() {
        return version.map(v -> "version " + v.display()).orElse("'" + description + "'") + " (" + script
                + ", installed rank " + installedRank + ")";
    }

    private String upper() {
        return type == null ? "" : type.toUpperCase(Locale.ROOT);
    }
}
