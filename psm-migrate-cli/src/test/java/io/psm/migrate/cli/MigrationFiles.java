package io.psm.migrate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes revision scripts in the format of DESIGN.md into a migration directory, for tests. */
final class MigrationFiles {

    static final String CREATE_DATE = "2026-11-24 10:15:02.514213";

    private final Path directory;

    MigrationFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * One revision to write.
     *
     * @param id        the revision id, also the file name's start
     * @param revises   its parents
     * @param message   its message
     * @param upgrade   the upgrade section
     * @param downgrade the downgrade section, or null for none
     * @param labels    its branch labels
     * @param dependsOn the revisions it depends on
     */
    record Revision(String id, List<String> revises, String message, String upgrade, String downgrade,
                    List<String> labels, List<String> dependsOn) {

        static Revision of(String id, String message, String upgrade, String downgrade, String... revises) {
            return new Revision(id, List.of(revises), message, upgrade, downgrade, List.of(), List.of());
        }

        Revision labelled(String... branchLabels) {
            return new Revision(id, revises, message, upgrade, downgrade, List.of(branchLabels), dependsOn);
        }

        Revision dependingOn(String... revisions) {
            return new Revision(id, revises, message, upgrade, downgrade, labels, List.of(revisions));
        }

        String text() {
            StringBuilder text = new StringBuilder()
                    .append("-- ").append(message).append("\n--\n")
                    .append("-- Revision ID: ").append(id).append('\n')
                    .append("-- Revises: ").append(String.join(", ", revises)).append('\n')
                    .append("-- Create Date: ").append(CREATE_DATE).append('\n');
            if (!labels.isEmpty()) {
                text.append("-- Branch Labels: ").append(String.join(", ", labels)).append('\n');
            }
            if (!dependsOn.isEmpty()) {
                text.append("-- Depends On: ").append(String.join(", ", dependsOn)).append('\n');
            }
            text.append("\n-- migrate:upgrade\n").append(upgrade).append('\n');
            if (downgrade != null) {
                text.append("\n-- migrate:downgrade\n").append(downgrade).append('\n');
            }
            return text.toString();
        }
    }

    /** Writes the revisions, each to {@code <id>_<slug>.sql}. */
    void write(Revision... revisions) {
        for (Revision revision : revisions) {
            write(revision.id() + "_" + revision.message().toLowerCase().replaceAll("[^a-z0-9]+", "_") + ".sql",
                    revision.text());
        }
    }

    /** Writes a file as given. */
    Path write(String fileName, String text) {
        try {
            return Files.writeString(directory.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A root revision {@code base01a} (creating table {@code base}) and on it
     * {@code <id>_<message>.sql}, whose fifth header line is {@code headerLine} (a key such as
     * {@code Transactional: false}, or nothing), so that its upgrade section's first statement is
     * on line 8.
     *
     * @return the second revision's file
     */
    Path onBase(String id, String message, String headerLine, String upgrade, String downgrade) {
        write("base01a_base.sql", "-- base\n--\n-- Revision ID: base01a\n-- Revises:\n\n-- migrate:upgrade\n"
                + "CREATE TABLE base (id INT);\n\n-- migrate:downgrade\nDROP TABLE base;\n");
        return write(id + "_" + message + ".sql", "-- " + message + "\n--\n-- Revision ID: " + id
                + "\n-- Revises: base01a\n--" + (headerLine.isEmpty() ? "" : " " + headerLine)
                + "\n\n-- migrate:upgrade\n" + upgrade + "\n\n-- migrate:downgrade\n" + downgrade + "\n");
    }

    /** The path of a revision's file. */
    Path path(Revision revision) {
        return directory.resolve(revision.id() + "_" + revision.message().toLowerCase().replaceAll("[^a-z0-9]+", "_") + ".sql");
    }
}
