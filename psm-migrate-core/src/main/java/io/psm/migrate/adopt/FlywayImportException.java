package io.psm.migrate.adopt;

import io.psm.migrate.MigrateException;

import java.util.List;

/**
 * An import from Flyway that cannot go on: the database's history disagrees with the files
 * (changed checksums, failed or missing migrations), or a revision the import would write exists
 * and differs. Nothing was written or stamped; the message lists every problem found.
 */
public final class FlywayImportException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * @param message what is wrong and how to proceed
     */
    public FlywayImportException(String message) {
        super(message);
        this.problems = List.of(message);
    }

    /**
     * @param summary  one sentence before the problems
     * @param problems each problem, naming its file and version
     */
    public FlywayImportException(String summary, List<String> problems) {
        super(summary + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem found, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
