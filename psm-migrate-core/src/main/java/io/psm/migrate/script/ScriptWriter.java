package io.psm.migrate.script;

import io.psm.migrate.graph.RevisionNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Writes new migration scripts: {@code init}, {@code revision} and {@code merge}.
 *
 * <p>A script is named by its {@link FileTemplate}, {@code <id>_<slug>.sql} ({@code <id>.sql} for an
 * empty message) by default, and never overwrites an existing file. Its header carries the message, {@code Revision ID}, {@code Revises},
 * {@code Create Date} (Alembic's format, from the clock given here, in the clock's zone) and, when
 * present, {@code Branch Labels}, {@code Depends On} and {@code Replaces}; the upgrade and downgrade
 * sections follow.
 * What it writes parses back to the same header. Thread-safe.
 */
public final class ScriptWriter {

    private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final int SLUG_LENGTH = 40;

    private final Clock clock;
    private final RandomGenerator random;
    private final FileTemplate template;

    /**
     * A writer that dates scripts by {@code clock}, draws ids from a {@link SecureRandom} and names
     * files {@code <id>_<slug>.sql}.
     *
     * @param clock the clock for {@code Create Date}
     */
    public ScriptWriter(Clock clock) {
        this(clock, FileTemplate.defaults());
    }

    /**
     * A writer that names files by a template ({@code psm.migrate.file-template}).
     *
     * @param clock    the clock for {@code Create Date} and the template's date tokens
     * @param template how new files are named
     */
    public ScriptWriter(Clock clock, FileTemplate template) {
        this(clock, new SecureRandom(), template);
    }

    /**
     * A writer with a given source of random ids, for reproducible tests.
     *
     * @param clock  the clock for {@code Create Date}
     * @param random where new ids come from; must be thread-safe if the writer is shared
     */
    public ScriptWriter(Clock clock, RandomGenerator random) {
        this(clock, random, FileTemplate.defaults());
    }

    private ScriptWriter(Clock clock, RandomGenerator random, FileTemplate template) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.template = Objects.requireNonNull(template, "template");
    }

    /**
     * A script ready to be written: where, and what.
     *
     * @param file the file it goes to
     * @param text its content
     */
    public record PreparedScript(Path file, String text) {

        /**
         * Writes the file, which must not exist.
         *
         * @return the file written
         * @throws ScriptException when the file exists or cannot be written
         */
        public Path write() {
            try {
                return Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new ScriptException(file.toString(), "the file already exists and is not overwritten", e);
            } catch (IOException e) {
                throw new ScriptException(file.toString(), "cannot be written: " + e, e);
            }
        }
    }

    /**
     * Creates a migration folder, as Alembic's {@code init} does: an existing empty folder is fine, an
     * existing folder with files in it is an error. Nothing is written into it.
     *
     * @param directory the folder
     * @return the folder
     * @throws ScriptException when it exists and is not empty, or is a file, or cannot be created
     */
    public Path init(Path directory) {
        try {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> entries = Files.list(directory)) {
                    if (entries.findAny().isPresent()) {
                        throw new ScriptException(directory.toString(), "the folder already exists and is not empty", null);
                    }
                }
                return directory;
            }
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ScriptException(directory.toString(), "cannot create the folder: " + e, e);
        }
    }

    /**
     * Writes a new revision.
     *
     * @param directory the migration folder; it must exist
     * @param revision  what to write
     * @return the file written
     * @throws ScriptException when an id or label is malformed, the folder is missing, or the file exists
     */
    public Path revision(Path directory, NewRevision revision) {
        return prepare(directory, revision).write();
    }

    /**
     * Names and renders a new revision without writing it, for a caller that must first remove
     * files it replaces ({@code squash}).
     *
     * @param directory the migration folder; it must exist
     * @param revision  what to write
     * @return the file and its text
     * @throws ScriptException when an id or label is malformed or the folder is missing
     */
    public PreparedScript prepare(Path directory, NewRevision revision) {
        String id = revision.revisionId().orElseGet(this::newId);
        String message = revision.message().replaceAll("[\\r\\n]+", " ").strip();
        check(id, message, revision);
        if (!Files.isDirectory(directory)) {
            throw new ScriptException(directory.toString(), "the migration folder does not exist; create it with 'init'",
                    null);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Path file = directory.resolve(template.fileName(id, slug(message), now, clock.getZone()));
        return new PreparedScript(file, text(id, message, revision, now));
    }

    /**
     * Writes a merge revision: one that revises several heads, usually with empty sections.
     *
     * @param directory the migration folder
     * @param revision  what to write; at least two parents
     * @return the file written
     * @throws ScriptException as {@link #revision(Path, NewRevision)} does, or when fewer than two parents are given
     */
    public Path merge(Path directory, NewRevision revision) {
        if (revision.parents().size() < 2) {
            throw new ScriptException("A merge revises at least two revisions; got " + revision.parents());
        }
        return revision(directory, revision);
    }

    /**
     * The file-name slug of a message: accents dropped, lower case, runs of anything but
     * {@code a-z0-9} folded to one {@code _}, no {@code _} at either end, at most 40 characters.
     * ASCII only, so the name is portable to every filesystem.
     */
    static String slug(String message) {
        String unaccented = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = unaccented.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        slug = trimUnderscores(slug);
        return trimUnderscores(slug.length() > SLUG_LENGTH ? slug.substring(0, SLUG_LENGTH) : slug);
    }

    private String newId() {
        return String.format(Locale.ROOT, "%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
    }

    private static String text(String id, String message, NewRevision revision, LocalDateTime now) {
        StringBuilder text = new StringBuilder();
        text.append(message.isEmpty() ? "--" : "-- " + message).append("\n--\n");
        text.append("-- Revision ID: ").append(id).append('\n');
        text.append("-- Revises:").append(list(revision.parents())).append('\n');
        if (revision.dating() == NewRevision.Dating.DATED) {
            text.append("-- Create Date: ").append(CREATE_DATE.format(now)).append('\n');
        }
        if (!revision.branchLabels().isEmpty()) {
            text.append("-- Branch Labels:").append(list(revision.branchLabels())).append('\n');
        }
        if (!revision.dependsOn().isEmpty()) {
            text.append("-- Depends On:").append(list(revision.dependsOn())).append('\n');
        }
        if (!revision.replaces().isEmpty()) {
            text.append("-- Replaces:").append(list(revision.replaces())).append('\n');
        }
        for (String note : revision.notes()) {
            text.append(note.isEmpty() ? "--" : "-- " + note).append('\n');
        }
        text.append("\n-- migrate:upgrade\n").append(body(revision.upgradeSql()));
        NewRevision.Downgrade downgrade = revision.downgrade();
        if (downgrade.absent().isPresent()) {
            text.append('\n').append(comment(downgrade.absent().get()));
        } else {
            text.append("\n-- migrate:downgrade\n").append(body(downgrade.sql()));
        }
        return text.toString();
    }

    /** Text as comment lines, {@code -- } before each. */
    private static String comment(String text) {
        StringBuilder lines = new StringBuilder();
        for (String line : text.strip().split("\n", -1)) {
            lines.append(line.isBlank() ? "--" : "-- " + line.stripTrailing()).append('\n');
        }
        return lines.toString();
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "" : " " + String.join(", ", items);
    }

    private static String body(String sql) {
        String stripped = sql.strip();
        return stripped.isEmpty() ? "" : stripped + "\n";
    }

    private static void check(String id, String message, NewRevision revision) {
        checkIds("revision id", List.of(id));
        checkIds("parent", revision.parents());
        checkIds("depends-on revision", revision.dependsOn());
        checkIds("replaced revision", revision.replaces());
        if (revision.parents().stream().distinct().count() < revision.parents().size()) {
            throw new ScriptException("A revision cannot revise the same revision twice: " + revision.parents());
        }
        for (String label : revision.branchLabels()) {
            if (!label.matches("[^\\s@,]+")) {
                throw new ScriptException("Branch label '" + label + "' is not valid: labels contain no spaces, ',' or '@'");
            }
        }
        int colon = message.indexOf(':');
        if (colon > 0 && HeaderKey.of(message.substring(0, colon).strip()).isPresent()) {
            throw new ScriptException("The message '" + message + "' would read as a header line; reword it");
        }
    }

    private static void checkIds(String what, List<String> ids) {
        for (String id : ids) {
            if (!RevisionNode.isValidId(id)) {
                throw new ScriptException("The " + what + " '" + id
                        + "' is not a revision id (1 to 32 letters, digits or underscores)");
            }
        }
    }

    private static String trimUnderscores(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == '_') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == '_') {
            to--;
        }
        return text.substring(from, to);
    }
}
