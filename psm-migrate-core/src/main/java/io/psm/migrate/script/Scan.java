package io.psm.migrate.script;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What the scan of one location found: its SQL files, read, and the names of its classes.
 *
 * <p>Entries are offered by path relative to the location; hidden files and folders (names starting
 * with {@code .}, such as editors' lock files) are left out. One instance collects one location's
 * scan and is not shared between threads.
 */
final class Scan {

    /**
     * A SQL file, read once.
     *
     * @param relativePath its path below the location, with {@code /} separators
     * @param location     how errors and {@link MigrationScript#location()} name it
     * @param content      its bytes
     */
    record SqlFile(String relativePath, String location, byte[] content) {
    }

    /** Reads an entry's bytes, only when the entry is wanted. */
    @FunctionalInterface
    interface Content {
        byte[] read() throws IOException;
    }

    private final Location location;
    private final List<SqlFile> sqlFiles = new ArrayList<>();
    private final TreeSet<String> classNames = new TreeSet<>();
    private boolean found;

    Scan(Location location) {
        this.location = location;
    }

    /** Notes that the location exists (a folder or a jar entry was found for it). */
    void markFound() {
        found = true;
    }

    /** Whether the location exists anywhere it was looked for. */
    boolean found() {
        return found;
    }

    /**
     * Offers one file below the location.
     *
     * @param relativePath its path below the location, {@code /}-separated
     * @param displayName  how to name it in errors, such as the full file path
     * @param content      how to read it
     */
    void offer(String relativePath, String displayName, Content content) {
        if (isHidden(relativePath)) {
            return;
        }
        String lower = relativePath.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".sql")) {
            try {
                sqlFiles.add(new SqlFile(relativePath, displayName, content.read()));
            } catch (IOException e) {
                throw new ScriptException(displayName, "cannot be read: " + e.getMessage(), e);
            }
        } else if (location.kind() == Location.Kind.CLASSPATH && lower.endsWith(".class")
                && !relativePath.endsWith("package-info.class") && !relativePath.endsWith("module-info.class")) {
            String name = relativePath.substring(0, relativePath.length() - ".class".length()).replace('/', '.');
            classNames.add(location.packageName() + "." + name);
        }
    }

    /** The SQL files, sorted by relative path and then by location, so the result does not depend on the scan order. */
    List<SqlFile> sqlFiles() {
        List<SqlFile> sorted = new ArrayList<>(sqlFiles);
        sorted.sort(Comparator.comparing(SqlFile::relativePath).thenComparing(SqlFile::location));
        return List.copyOf(sorted);
    }

    /** The fully qualified names of the classes found, sorted. */
    List<String> classNames() {
        return List.copyOf(classNames);
    }

    private static boolean isHidden(String relativePath) {
        return relativePath.startsWith(".") || relativePath.contains("/.");
    }
}
