package io.psm.migrate.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * Proves a timed run did the whole job: the tool's own table records every migration, and the
 * schema equals the one raw JDBC produced. A run that fails this check aborts the benchmark.
 */
final class Verification {

    private Verification() {
    }

    static void check(Migrator migrator, Workspace workspace, DataSource dataSource, SchemaFingerprint expected)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            OptionalInt recorded = migrator.recorded(connection);
            int size = workspace.corpus().size();
            if (recorded.isPresent() && recorded.getAsInt() != size) {
                throw new IllegalStateException(migrator.name() + " on " + workspace.corpus().name() + " recorded "
                        + recorded.getAsInt() + " migrations, expected " + size);
            }
            SchemaFingerprint actual = SchemaFingerprint.read(connection, migrator.ownTables());
            if (!actual.equals(expected)) {
                throw new IllegalStateException(migrator.name() + " on " + workspace.corpus().name()
                        + " left a schema that differs from raw JDBC's: " + difference(expected, actual));
            }
        }
    }

    private static String difference(SchemaFingerprint expected, SchemaFingerprint actual) {
        List<String> missing = new ArrayList<>(expected.lines());
        missing.removeAll(actual.lines());
        List<String> extra = new ArrayList<>(actual.lines());
        extra.removeAll(expected.lines());
        return "missing " + missing.stream().limit(10).toList() + ", unexpected " + extra.stream().limit(10).toList();
    }
}
