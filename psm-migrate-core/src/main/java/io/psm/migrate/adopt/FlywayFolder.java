package io.psm.migrate.adopt;

import io.psm.migrate.script.ScriptException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Flyway migration folder, read: its versioned migrations in Flyway's order, their undo files,
 * and the files an import cannot turn into revisions. Scanned recursively, as Flyway scans a
 * {@code filesystem:} location; hidden files and folders are left out.
 *
 * @param directory the folder
 * @param versioned the {@code V} files, in version order
 * @param undo      the {@code U} files, in version order
 * @param others    repeatable migrations, Java migrations, callbacks and unrecognised {@code .sql}
 *                  files, by name
 */
public record FlywayFolder(Path directory, List<FlywayFile> versioned, List<FlywayFile> undo,
                           List<FlywayFile> others) {

    /** Copies the lists. */
    public FlywayFolder {
        versioned = List.copyOf(versioned);
        undo = List.copyOf(undo);
        others = List.copyOf(others);
    }

    /**
     * Reads a folder.
     *
     * @param directory the Flyway migration folder
     * @return what it holds
     * @throws ScriptException naming the file when a name has an invalid version or two files
     *         have the same version, or naming the folder when it cannot be read
     */
    public static FlywayFolder read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ScriptException(directory.toString(), "is not a folder of Flyway migrations", null);
        }
        List<FlywayFile> versioned = new ArrayList<>();
        List<FlywayFile> undo = new ArrayList<>();
        List<FlywayFile> others = new ArrayList<>();
        for (Path file : files(directory)) {
            Optional<FlywayFile> read;
            try {
                read = FlywayFile.of(file);
            } catch (IllegalArgumentException e) {
                throw new ScriptException(file.toString(), "not a valid Flyway migration name: " + e.getMessage(), e);
            }
            read.ifPresent(found -> (switch (found.kind()) {
                case VERSIONED -> versioned;
                case UNDO -> undo;
                default -> others;
            }).add(found));
        }
        Comparator<FlywayFile> byVersion = Comparator.comparing(f -> f.version().orElseThrow());
        versioned.sort(byVersion.thenComparing(FlywayFile::name));
        undo.sort(byVersion.thenComparing(FlywayFile::name));
        others.sort(Comparator.comparing(FlywayFile::name));
        requireUnique(versioned);
        requireUnique(undo);
        return new FlywayFolder(directory, versioned, undo, others);
    }

    /** The undo file of a version, if the folder has one. */
    public Optional<FlywayFile> undoOf(FlywayVersion version) {
        return undo.stream().filter(file -> file.version().orElseThrow().sameAs(version)).findFirst();
    }

    /** The versioned file of a version, if the folder has one. */
    public Optional<FlywayFile> versionedOf(FlywayVersion version) {
        return versioned.stream().filter(file -> file.version().orElseThrow().sameAs(version)).findFirst();
    }

    private static void requireUnique(List<FlywayFile> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            FlywayFile previous = sorted.get(i - 1);
            FlywayFile file = sorted.get(i);
            if (previous.version().orElseThrow().sameAs(file.version().orElseThrow())) {
                throw new ScriptException(file.path().toString(), "has version " + file.version().get().display()
                        + ", as " + previous.path() + " does; Flyway refuses two migrations of one version too", null);
            }
        }
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !hidden(directory.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ScriptException(directory.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
