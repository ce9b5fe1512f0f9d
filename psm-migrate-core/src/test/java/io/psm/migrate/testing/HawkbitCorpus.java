package io.psm.migrate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real migration history of Eclipse hawkbit (Flyway {@code V*__*.sql} files in
 * {@code src/test/resources/corpus/hawkbit/{postgresql,h2}}), and the same history as psm-migrate
 * revision scripts, for tests and benchmarks of every module.
 *
 * <p>{@link #chain(TestDatabase.Kind, Path)} writes one script per Flyway file: id
 * {@code hb_<version>} ({@code hb_1_12_15}), each revising the one before in version order, the
 * message taken from the file name, the upgrade section the file itself, no downgrade.
 * {@link #synthetic(Path, int)} writes small generated revisions that do have downgrades.
 * Works whether the corpus is in a directory or inside this module's test jar.
 */
public final class HawkbitCorpus {

    private HawkbitCorpus() {
    }

    /**
     * One Flyway file of the corpus.
     *
     * @param version  the version numbers ({@code [1, 12, 15]})
     * @param fileName the file name, {@code V1_12_15__baseline___POSTGRESQL.sql}
     * @param message  the description in words, without the database suffix ({@code baseline})
     * @param sql      the file's content
     */
    public record FlywayScript(List<Integer> version, String fileName, String message, String sql) {

        public FlywayScript {
            version = List.copyOf(version);
        }

        /** The psm-migrate revision id for this file: {@code hb_1_12_15}. */
        public String revisionId() {
            return "hb_" + version.stream().map(String::valueOf).collect(Collectors.joining("_"));
        }
    }

    /**
     * The Flyway files for one database, in Flyway's version order.
     *
     * @param kind which database's history: {@code H2} or {@code POSTGRESQL}
     * @return every file with its content
     */
    public static synchronized List<FlywayScript> flywayScripts(TestDatabase.Kind kind) {
        String folder = "/corpus/hawkbit/" + kind.name().toLowerCase(Locale.ROOT);
        URL url = HawkbitCorpus.class.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("hawkbit corpus not on the test classpath: " + folder);
        }
        try {
            URI uri = url.toURI();
            return "jar".equals(uri.getScheme()) ? readJar(uri) : read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the hawkbit history of one database as a chain of revision scripts.
     *
     * @param kind      which database's history
     * @param directory where to write; created when missing
     * @return the files written, in chain order (root first)
     */
    public static List<Path> chain(TestDatabase.Kind kind, Path directory) {
        List<Path> written = new ArrayList<>();
        String parent = "";
        for (FlywayScript script : flywayScripts(kind)) {
            String name = script.revisionId() + "_" + script.message().replace(' ', '_') + ".sql";
            written.add(write(directory.resolve(name),
                    header(script.message(), script.revisionId(), parent) + "-- migrate:upgrade\n" + script.sql()));
            parent = script.revisionId();
        }
        return List.copyOf(written);
    }

    /**
     * Writes {@code count} small revisions {@code syn_0001}, {@code syn_0002}, …, each revising the
     * one before, creating a table on upgrade and dropping it on downgrade.
     *
     * @param directory where to write; created when missing
     * @param count     how many revisions
     * @return the files written, in chain order
     */
    public static List<Path> synthetic(Path directory, int count) {
        List<Path> written = new ArrayList<>();
        String parent = "";
        for (int i = 1; i <= count; i++) {
            String id = String.format(Locale.ROOT, "syn_%04d", i);
            String table = "synthetic_" + String.format(Locale.ROOT, "%04d", i);
            String text = header("Create " + table, id, parent)
                    + "-- migrate:upgrade\n"
                    + "CREATE TABLE " + table + " (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL);\n"
                    + "INSERT INTO " + table + " (id, name) VALUES (1, 'it''s row 1; not a terminator');\n\n"
                    + "-- migrate:downgrade\n"
                    + "DROP TABLE " + table + ";\n";
            written.add(write(directory.resolve(id + "_create_" + table + ".sql"), text));
            parent = id;
        }
        return List.copyOf(written);
    }

    private static String header(String message, String id, String parent) {
        return "-- " + message + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + parent
                + "\n-- Create Date: 2026-01-01 00:00:00.000000\n\n";
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FlywayScript> readJar(URI uri) throws IOException {
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
        }
        try (jar) {
            return read(jar.provider().getPath(uri));
        }
    }

    private static List<FlywayScript> read(Path folder) throws IOException {
        List<FlywayScript> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V[0-9_]+__.*\\.sql")).toList()) {
                scripts.add(parse(file));
            }
        }
        scripts.sort(Comparator.comparing(FlywayScript::version, HawkbitCorpus::compareVersions));
        return List.copyOf(scripts);
    }

    private static FlywayScript parse(Path file) throws IOException {
        String name = file.getFileName().toString();
        String[] parts = name.substring(1, name.length() - ".sql".length()).split("__", 2);
        List<Integer> version = Arrays.stream(parts[0].split("_")).map(Integer::valueOf).toList();
        List<String> words = new ArrayList<>(Arrays.stream(parts[1].split("_")).filter(w -> !w.isEmpty()).toList());
        String last = words.get(words.size() - 1);
        if (last.equals("H2") || last.equals("POSTGRESQL")) {
            words.remove(words.size() - 1);
        }
        return new FlywayScript(version, name, String.join(" ", words), Files.readString(file, StandardCharsets.UTF_8));
    }

    private static int compareVersions(List<Integer> left, List<Integer> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = Integer.compare(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }
}
