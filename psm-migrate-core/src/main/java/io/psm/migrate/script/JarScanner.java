package io.psm.migrate.script;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Lists a location inside a jar, reading the archive directly rather than through URL handlers.
 *
 * <p>Understands {@code jar:file:/app.jar!/db/migrations}, Spring Boot 3.2+ nested URLs
 * {@code jar:nested:/app.jar/!BOOT-INF/classes/!/db/migrations} (and {@code BOOT-INF/lib/x.jar}
 * nested jars), and the older Boot form {@code jar:file:/app.jar!/BOOT-INF/classes!/db/migrations}.
 * Reading the zip itself works the same whether or not Boot's {@code nested:} URL handler is
 * installed, and never closes a jar a class loader has cached.
 */
final class JarScanner {

    private static final String SEPARATOR = "!/";

    private JarScanner() {
    }

    /**
     * Where a location sits in a jar.
     *
     * @param archive the jar file on disk
     * @param nested  the entry of a nested jar or folder ({@code BOOT-INF/classes/}), empty for none
     * @param folder  the location's folder inside it, ending with {@code /}
     */
    record Place(Path archive, String nested, String folder) {

        /** Whether the location is inside a jar stored within the archive. */
        boolean inNestedJar() {
            return !nested.isEmpty() && !nested.endsWith("/");
        }
    }

    /**
     * Offers every file of the location in the jar {@code url} points into.
     *
     * @param url    a {@code jar:} resource URL of the location's folder
     * @param prefix how to name the files in messages, such as {@code classpath:db/migrations/}
     * @param scan   what collects the files
     */
    static void scan(URL url, String prefix, Scan scan) {
        Place place = place(url.toString());
        scan.markFound();
        try (ZipFile zip = new ZipFile(place.archive().toFile())) {
            if (place.inNestedJar()) {
                ZipEntry entry = zip.getEntry(place.nested());
                if (entry != null) {
                    scanNestedJar(zip.getInputStream(entry), place.folder(), prefix, scan);
                }
            } else {
                String folder = place.nested() + place.folder();
                for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(folder)).toList()) {
                    String relative = entry.getName().substring(folder.length());
                    scan.offer(relative, prefix + relative, () -> zip.getInputStream(entry).readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new ScriptException(url.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void scanNestedJar(InputStream stored, String folder, String prefix, Scan scan) throws IOException {
        try (ZipInputStream nested = new ZipInputStream(stored)) {
            for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().startsWith(folder)) {
                    String relative = entry.getName().substring(folder.length());
                    scan.offer(relative, prefix + relative, nested::readAllBytes);
                }
            }
        }
    }

    /**
     * Reads a {@code jar:} URL.
     *
     * @param url the URL text
     * @return the archive, nested entry and folder it names
     * @throws ScriptException when it is not a form this class understands
     */
    static Place place(String url) {
        String spec = url.substring("jar:".length());
        int separator = spec.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new ScriptException(url, "is a jar URL without '!/'", null);
        }
        String archive = spec.substring(0, separator);
        List<String> inside = List.of(spec.substring(separator + SEPARATOR.length()).split(SEPARATOR, -1));
        if (archive.startsWith("nested:")) {
            String location = decode(archive.substring("nested:".length()));
            int split = location.lastIndexOf("/!");
            String nested = split < 0 ? "" : location.substring(split + 2);
            return new Place(localPath(split < 0 ? location : location.substring(0, split)), nested,
                    folder(decode(String.join("/", inside))));
        }
        if (archive.startsWith("file:")) {
            if (inside.size() == 1) {
                return new Place(LocationScanner.filePath(archive), "", folder(decode(inside.get(0))));
            }
            String nested = decode(inside.get(0));
            return new Place(LocationScanner.filePath(archive), nested.endsWith(".jar") ? nested : folder(nested),
                    folder(decode(String.join("/", inside.subList(1, inside.size())))));
        }
        throw new ScriptException(url, "is a jar URL of an unknown kind; expected jar:file: or jar:nested:", null);
    }

    /** Decodes {@code %xx} escapes, leaving {@code +} alone as URIs do. */
    static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String folder(String path) {
        return path.isEmpty() || path.endsWith("/") ? path : path + "/";
    }

    /** Boot writes Windows paths as {@code /C:/app.jar}. */
    private static Path localPath(String path) {
        boolean windows = File.separatorChar == '\\';
        return Path.of(windows && path.length() > 2 && path.charAt(0) == '/' && path.charAt(2) == ':'
                ? path.substring(1) : path);
    }
}
