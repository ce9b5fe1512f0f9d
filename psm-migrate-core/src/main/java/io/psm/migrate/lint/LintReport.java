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
 * @param notes         what the run could not do or check, for the person reading it (a rule set
 *                      with no lock rules, a server version that could not be read)
 */
public record LintReport(String dialect, Optional<ServerVersion> serverVersion, int revisions,
                         List<Finding> findings, List<Finding> suppressed, List<String> notes) {

    public LintReport {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        notes = List.copyOf(notes);
    }

    /** The same report with more notes after its own. */
    public LintReport withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new LintReport(dialect, serverVersion, revisions, findings, suppressed, all);
    }

    /** Whether any finding is not suppressed (a lint command exits with status 1 then). */
    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
