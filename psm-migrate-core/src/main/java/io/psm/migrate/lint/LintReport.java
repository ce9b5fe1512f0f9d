package io.psm.migrate.lint;

import java.util.List;
import java.util.Optional;

/**
 * What one lint run found.
 *
 * @param dialect       the database whose rules applied: {@code postgresql}, {@code mysql}, {@code h2}, …
 * @param serverVersion the server's version, when a database was at hand to read it from
 * @param revisions     how many revisions were linted
 * @param findings      the findings that no comment suppresses, in revision and line order
 * @param suppressed    the findings a {@code psm:lint-ignore} comment suppresses
 * @param notes         what the rules leave out, for the person reading the findings (a database
 *                      without lock rules, a server version of another database)
 * @param warnings      what went wrong without stopping the lint (a server version that could not be read)
 */
public record LintReport(String dialect, Optional<ServerVersion> serverVersion, int revisions,
                         List<Finding> findings, List<Finding> suppressed, List<String> notes, List<String> warnings) {

    public LintReport {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** The same report with these warnings after its own. */
    public LintReport withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new LintReport(dialect, serverVersion, revisions, findings, suppressed, notes, all);
    }

    /** Whether any finding is not suppressed (a lint command exits with status 1 then). */
    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
