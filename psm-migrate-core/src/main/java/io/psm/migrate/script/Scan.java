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
     * A SQL file, read when it is parsed.
     *
     * @param relativePath its path below the location, with {@code /} separators
     * @param location     how errors and {@link MigrationScript#location()} name it
     * @param content      how to read its bytes
     */
    record SqlFile(String relativePath, String location, Content content) {

        /**
         * Reads the file's bytes.
         *
         * @throws ScriptException naming the file when it cannot be read
         */
        byte[] read() {
            try {
                return content.read();
            } catch (IOException e) {
                throw new ScriptException(location, "cannot be read: " + e.getMessage(), e);
            }
        }
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
            byte[] bytes = new SqlFile(relativePath, displayName, content).read();
            sqlFiles.add(new SqlFile(relativePath, displayName, () -> bytes));
        } else if (location.kind() == Location.Kind.CLASSPATH && lower.endsWith(".class")
                && !relativePath.endsWith("package-info.class") && !relativePath.endsWith("module-info.class")) {
            String name = relativePath.substring(0, relativePath.length() - ".class".length()).replace('/', '.');
            classNames.add(location.packageName() + "." + name);
        }
    }

    /**
     * Offers one file of a folder, read only when it is parsed: files stay readable after the scan,
     * unlike the entries of a jar, which {@link #offer} reads at once.
     *
     * @param relativePath its path below the location, {@code /}-separated
     * @param displayName  how to name it in errors, such as the full file path
     * @param content      how to read it, later
     */
    void offerFile(String relativePath, String displayName, Content content) {
        if (isHidden(relativePath)) {
            return;
        }
        if (relativePath.toLowerCase(Locale.ROOT).endsWith(".sql")) {
            sqlFiles.add(new SqlFile(relativePath, displayName, content));
        } else {
            offer(relativePath, displayName, content);
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
