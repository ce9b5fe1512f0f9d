package io.psm.migrate.lint;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Linter} needs besides the revisions.
 *
 * @param dialect       the database whose rules apply, by name: {@code postgresql} (or
 *                      {@code postgres}), {@code mysql}, {@code mariadb}, {@code h2}, {@code sqlite}
 * @param serverVersion the server's version, when known; rules that depend on it assume a current
 *                      server otherwise
 */
public record LintSettings(String dialect, Optional<ServerVersion> serverVersion) {

    public LintSettings {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(serverVersion, "serverVersion");
    }

    /** The rules of a database, for a server of unknown version. */
    public static LintSettings of(String dialect) {
        return new LintSettings(dialect, Optional.empty());
    }

    /** The same settings for a server of this version. */
    public LintSettings withServerVersion(ServerVersion version) {
        return new LintSettings(dialect, Optional.of(version));
    }
}
