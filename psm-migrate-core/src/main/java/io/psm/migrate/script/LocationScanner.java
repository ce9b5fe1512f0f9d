package io.psm.migrate.script;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

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

    private static void walk(Path folder, Scan scan, DisplayName names) {
        // find() hands over the attributes the walk has read already: no second stat per file.
        try (Stream<Path> paths = Files.find(folder, Integer.MAX_VALUE, (path, attributes) -> attributes.isRegularFile())) {
            for (Path file : paths.sorted().toList()) {
                String relative = folder.relativize(file).toString().replace(File.separatorChar, '/');
                scan.offerFile(relative, names.of(relative, file), () -> Files.readAllBytes(file));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ScriptException(folder.toString(), "cannot be listed: " + e.getMessage(), e);
        }
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
