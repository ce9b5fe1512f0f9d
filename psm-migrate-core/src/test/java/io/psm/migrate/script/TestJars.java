package io.psm.migrate.script;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/** Builds jars for loader tests with java.util.jar, and class loaders that serve them. */
final class TestJars {

    private TestJars() {
    }

    /**
     * Writes a jar with the given files, plus a directory entry for every folder, as Maven and
     * Spring Boot write them. Entries ending in {@code .jar} are stored uncompressed, as Boot
     * requires for nested jars.
     */
    static Path write(Path file, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes(files));
        return file;
    }

    /** The bytes of a jar holding {@code files}. */
    static byte[] bytes(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(buffer)) {
            for (String folder : folders(files.keySet())) {
                jar.putNextEntry(new JarEntry(folder));
                jar.closeEntry();
            }
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                jar.putNextEntry(entry(file.getKey(), file.getValue()));
                jar.write(file.getValue());
                jar.closeEntry();
            }
        }
        return buffer.toByteArray();
    }

    /** The compiled bytes of a class of the test classpath. */
    static byte[] classBytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    /** The path a class file has inside a classpath root. */
    static String classEntry(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    /** A parent loader that loads the test classes but lists no resources, so only the child's roots are scanned. */
    static ClassLoader classesOnly() {
        return new ClassLoader(TestJars.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) {
                return Collections.emptyEnumeration();
            }
        };
    }

    /** A URL whose handler refuses to connect: it shows the loader reads jars itself. */
    static URL unopenableUrl(String spec) throws IOException {
        return new URL(null, spec, new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) throws IOException {
                throw new IOException("no handler for " + url + " in this test");
            }
        });
    }

    private static ZipEntry entry(String name, byte[] content) {
        JarEntry entry = new JarEntry(name);
        if (name.endsWith(".jar")) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        return entry;
    }

    private static Set<String> folders(Set<String> files) {
        Set<String> folders = new LinkedHashSet<>();
        for (String file : new TreeSet<>(files)) {
            for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash + 1));
            }
        }
        return folders;
    }
}
