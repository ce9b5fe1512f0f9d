package io.psm.migrate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes revision scripts in DESIGN.md's format into a directory, for tests of every module.
 *
 * <pre>{@code
 * ScriptDirectory scripts = new ScriptDirectory(tempDir);
 * scripts.write("a1", "", "Create users", "CREATE TABLE users (id INT)", "DROP TABLE users");
 * scripts.write("b2", "a1", "Add name", "ALTER TABLE users ADD name VARCHAR(20)", null);
 * }</pre>
 */
public record ScriptDirectory(Path directory) {

    /** Creates the directory if needed. */
    public ScriptDirectory {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code <id>.sql}.
     *
     * @param id        the revision id
     * @param revises   the parents as the header writes them ({@code ""} for a root, {@code "a, b"} for a merge)
     * @param message   the message
     * @param upgrade   the upgrade section
     * @param downgrade the downgrade section, or {@code null} for none
     * @param extra     further header lines, such as {@code "Branch Labels: shop"}
     * @return the file
     */
    public Path write(String id, String revises, String message, String upgrade, String downgrade, String... extra) {
        StringBuilder text = new StringBuilder()
                .append("-- ").append(message).append("\n--\n")
                .append("-- Revision ID: ").append(id).append('\n')
                .append("-- Revises: ").append(revises).append('\n')
                .append("-- Create Date: 2026-11-24 10:15:02.514213\n");
        for (String line : extra) {
            text.append("-- ").append(line).append('\n');
        }
        text.append("\n-- migrate:upgrade\n").append(upgrade).append('\n');
        if (downgrade != null) {
            text.append("\n-- migrate:downgrade\n").append(downgrade).append('\n');
        }
        Path file = directory.resolve(id + ".sql");
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory as a {@code filesystem:} location. */
    public String location() {
        return "filesystem:" + directory.toAbsolutePath();
    }
}
