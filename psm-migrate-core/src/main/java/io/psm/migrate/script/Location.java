package io.psm.migrate.script;

import java.nio.file.Path;

/**
 * A place scripts are loaded from, as the user wrote it.
 *
 * @param kind where to look
 * @param path the classpath resource path ({@code db/migrations}, no leading or trailing slash), or
 *             the filesystem path
 * @param text the location as written, for messages
 */
record Location(Kind kind, String path, String text) {

    /** Where a location points. */
    enum Kind {
        /** A resource directory on the class loader's classpath; its package is searched for Java migrations. */
        CLASSPATH,
        /** A directory of the filesystem. */
        FILESYSTEM
    }

    private static final String CLASSPATH_PREFIX = "classpath:";
    private static final String FILESYSTEM_PREFIX = "filesystem:";

    /**
     * Reads {@code classpath:path}, {@code filesystem:/path} or a plain filesystem path.
     *
     * @param text the location
     * @return the location
     * @throws ScriptException when it is empty, or is the classpath root
     */
    static Location parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.startsWith(CLASSPATH_PREFIX)) {
            String path = trim(trimmed.substring(CLASSPATH_PREFIX.length()).replace('\\', '/'));
            if (path.isEmpty()) {
                throw new ScriptException("Location '" + trimmed
                        + "' names no folder; write one such as 'classpath:db/migrations'");
            }
            return new Location(Kind.CLASSPATH, path, trimmed);
        }
        String path = trimmed.startsWith(FILESYSTEM_PREFIX) ? trimmed.substring(FILESYSTEM_PREFIX.length()) : trimmed;
        if (path.isEmpty()) {
            throw new ScriptException("Location '" + text + "' names no folder");
        }
        return new Location(Kind.FILESYSTEM, path, trimmed);
    }

    /** The Java package that matches a classpath location: {@code db.migrations} for {@code db/migrations}. */
    String packageName() {
        return path.replace('/', '.');
    }

    /** The directory of a filesystem location. */
    Path directory() {
        return Path.of(path);
    }

    private static String trim(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }
}
