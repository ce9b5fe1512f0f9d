package io.psm.migrate.script;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lists a location's files: a filesystem folder, or every classpath root that holds the location's
 * resource folder (class folders, jars, and Spring Boot executable jars, see {@link JarScanner}).
 */
final class LocationScanner {

    private final ClassLoader classLoader;

    /**
     * @param classLoader the loader whose classpath {@code classpath:} locations are searched, and that
     *                    loads the Java migrations found there
     */
    LocationScanner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * Scans one location, reading every SQL file found.
     *
     * @param location the location
     * @return what was found; {@link Scan#found()} is false when the location does not exist
     * @throws ScriptException when the location exists but cannot be listed or read
     */
    Scan scan(Location location) {
        Scan scan = new Scan(location);
        if (location.kind() == Location.Kind.FILESYSTEM) {
            scanFolder(location, scan);
        } else {
            for (URL url : resourceUrls(location)) {
                scanResource(location, url, scan);
            }
        }
        return scan;
    }

    private static void scanFolder(Location location, Scan scan) {
        Path folder = location.directory();
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new ScriptException(location.text(), "is a file, not a folder of migration scripts", null);
        }
        scan.markFound();
        walk(folder, scan, (relative, file) -> file.toString());
    }

    private Iterable<URL> resourceUrls(Location location) {
        try {
            Map<String, URL> unique = new LinkedHashMap<>();
            for (URL url : Collections.list(classLoader.getResources(location.path()))) {
                unique.putIfAbsent(url.toString(), url);
            }
            return unique.values();
        } catch (IOException e) {
            throw new ScriptException(location.text(), "the classpath cannot be searched: " + e.getMessage(), e);
        }
    }

    private static void scanResource(Location location, URL url, Scan scan) {
        String prefix = "classpath:" + location.path() + "/";
        switch (url.getProtocol()) {
            case "file" -> {
                Path folder = filePath(url.toString());
                if (Files.isDirectory(folder)) {
                    scan.markFound();
                    walk(folder, scan, (relative, file) -> prefix + relative);
                }
            }
            case "jar" -> JarScanner.scan(url, prefix, scan);
            default -> throw new ScriptException(location.text(), "cannot list the migrations at " + url
                    + ": only folders, jars and Spring Boot jars are supported", null);
        }
    }

    /** Names a file for messages, from its path relative to the location and its real path. */
    @FunctionalInterface
    private interface DisplayName {
        String of(String relativePath, Path file);
    }

    /**
     * Offers every file below {@code folder}. Names ending in {@code .sql} or {@code .class} are
     * taken for files without asking the file system (a stat per script is a large part of a
     * start-up with hundreds of them); other entries are asked whether they are folders to enter.
     * Links to folders are not followed, so a link cannot make the walk go round in circles.
     */
    private static void walk(Path folder, Scan scan, DisplayName names) {
        String prefix = folder.toString().endsWith(File.separator) ? folder.toString() : folder + File.separator;
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(folder);
        while (!folders.isEmpty()) {
            Path current = folders.pop();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(current)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (isScriptOrClass(name) || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        String relative = relativePath(prefix, folder, entry);
                        scan.offerFile(relative, names.of(relative, entry), () -> Files.readAllBytes(entry));
                    } else if (!name.startsWith(".")) {
                        folders.push(entry);
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                throw new ScriptException(current.toString(), "cannot be listed: " + e.getMessage(), e);
            }
        }
    }

    private static boolean isScriptOrClass(String name) {
        return endsWithIgnoringCase(name, ".sql") || endsWithIgnoringCase(name, ".class");
    }

    private static boolean endsWithIgnoringCase(String text, String suffix) {
        return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /**
     * {@code file} below {@code folder}, {@code /}-separated. The walk's paths start with the
     * folder's own text, so cutting it off is enough (and cheaper than {@link Path#relativize}).
     */
    private static String relativePath(String prefix, Path folder, Path file) {
        String text = file.toString();
        String relative = text.startsWith(prefix) ? text.substring(prefix.length()) : folder.relativize(file).toString();
        return File.separatorChar == '/' ? relative : relative.replace(File.separatorChar, '/');
    }

    /** The path of a {@code file:} URL, also when it carries characters a URI does not allow. */
    static Path filePath(String fileUrl) {
        try {
            return Path.of(new java.net.URI(fileUrl));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(JarScanner.decode(fileUrl.substring("file:".length())));
        }
    }
}
