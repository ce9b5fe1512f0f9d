package io.psm.migrate.adopt;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One file of a Flyway migration folder, by what its name makes it.
 *
 * @param path        the file
 * @param kind        what Flyway takes it for
 * @param version     its version ({@code V} and {@code U} files, versioned Java migrations)
 * @param description its description: the name after {@code __}, {@code _} read as a space
 */
public record FlywayFile(Path path, Kind kind, Optional<FlywayVersion> version, String description) {

    /** What Flyway takes a file for. */
    public enum Kind {
        /** {@code V<version>__<description>.sql}: becomes a revision. */
        VERSIONED,
        /** {@code U<version>__<description>.sql}: becomes the downgrade of that version's revision. */
        UNDO,
        /** {@code R__<description>.sql}: run again whenever it changes; psm-migrate has no equivalent. */
        REPEATABLE,
        /** A {@code .java} or {@code .class} migration: code, which an import cannot turn into SQL. */
        JAVA,
        /** A callback ({@code beforeMigrate.sql}, {@code afterMigrate__x.sql}, ...): no equivalent. */
        CALLBACK,
        /** A {@code .sql} file whose name Flyway does not read as a migration: Flyway ignores it too. */
        UNRECOGNISED
    }

    private static final String SEPARATOR = "__";

    /**
     * Reads a file's name.
     *
     * @param path the file
     * @return what it is, or empty for files Flyway does not look at (neither SQL nor Java)
     * @throws IllegalArgumentException when a {@code V} or {@code U} name has a version that is not one
     */
    static Optional<FlywayFile> of(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".java") || lower.endsWith(".class")) {
            if (name.contains("$")) {
                return Optional.empty();
            }
            String base = name.substring(0, name.lastIndexOf('.'));
            return Optional.of(javaMigration(path, base));
        }
        if (!lower.endsWith(".sql")) {
            return Optional.empty();
        }
        String base = name.substring(0, name.length() - ".sql".length());
        int separator = base.indexOf(SEPARATOR);
        if (base.startsWith("R" + SEPARATOR)) {
            return Optional.of(new FlywayFile(path, Kind.REPEATABLE, Optional.empty(), description(base.substring(3))));
        }
        if ((base.startsWith("V") || base.startsWith("U")) && separator > 1) {
            Kind kind = base.startsWith("V") ? Kind.VERSIONED : Kind.UNDO;
            FlywayVersion version = FlywayVersion.parse(base.substring(1, separator));
            return Optional.of(new FlywayFile(path, kind, Optional.of(version),
                    description(base.substring(separator + SEPARATOR.length()))));
        }
        if (isCallback(base)) {
            return Optional.of(new FlywayFile(path, Kind.CALLBACK, Optional.empty(), base));
        }
        return Optional.of(new FlywayFile(path, Kind.UNRECOGNISED, Optional.empty(), base));
    }

    private static FlywayFile javaMigration(Path path, String base) {
        int separator = base.indexOf(SEPARATOR);
        Optional<FlywayVersion> version = Optional.empty();
        if (base.startsWith("V") && separator > 1) {
            try {
                version = Optional.of(FlywayVersion.parse(base.substring(1, separator)));
            } catch (IllegalArgumentException notVersioned) {
                version = Optional.empty();
            }
        }
        String description = separator > 0 ? description(base.substring(separator + SEPARATOR.length())) : base;
        return new FlywayFile(path, Kind.JAVA, version, description);
    }

    /** Flyway's description: the name's {@code _} as spaces; runs of spaces folded here, for a message. */
    private static String description(String text) {
        return text.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    private static boolean isCallback(String base) {
        String event = base.contains(SEPARATOR) ? base.substring(0, base.indexOf(SEPARATOR)) : base;
        return event.matches("(before|after)[A-Z]\\w*");
    }

    /** The file's name. */
    public String name() {
        return path.getFileName().toString();
    }
}
