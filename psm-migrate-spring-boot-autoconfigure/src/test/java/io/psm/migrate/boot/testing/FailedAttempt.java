package io.psm.migrate.boot.testing;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.execute.RevisionFailedException;
import io.psm.migrate.testing.TestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Leaves a real failed attempt of the head revision in a test database: the first two revisions of
 * {@code classpath:db/migrations} applied, then a version of the head that runs outside a
 * transaction, creates a table and fails at its next statement (line {@value #FAILED_LINE}).
 */
public final class FailedAttempt {

    /** The line of the statement that fails; the one before it stays applied. */
    public static final int FAILED_LINE = 9;

    private static final List<String> APPLIED = List.of("a1b2c3d4e5f6_create_book.sql", "b2c3d4e5f6a7_add_isbn_to_book.sql");

    private FailedAttempt() {
    }

    /**
     * Runs the failing upgrade.
     *
     * @param database  the database
     * @param directory an empty directory for the scripts of the failing run
     */
    public static void leave(TestDatabase database, Path directory) {
        try {
            for (String name : APPLIED) {
                try (InputStream script = FailedAttempt.class.getResourceAsStream("/db/migrations/" + name)) {
                    Files.write(directory.resolve(name), script.readAllBytes());
                }
            }
            Files.writeString(directory.resolve("c3d4e5f6a7b8_add_shelf_note_to_book.sql"), """
                    -- Add shelf note to book
                    --
                    -- Revision ID: c3d4e5f6a7b8
                    -- Revises: b2c3d4e5f6a7
                    -- Transactional: false

                    -- migrate:upgrade
                    CREATE TABLE shelf (id INT);
                    INSERT INTO no_such_table VALUES (1);

                    -- migrate:downgrade
                    DROP TABLE shelf;
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PsmMigrate migrate = PsmMigrate.configure().dataSource(database.dataSource())
                .locations("filesystem:" + directory).load();
        try {
            migrate.upgrade("head");
        } catch (RevisionFailedException expected) {
            return;
        }
        throw new AssertionError("The failing revision did not fail");
    }
}
