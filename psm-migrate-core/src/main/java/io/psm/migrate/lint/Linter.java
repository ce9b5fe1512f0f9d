package io.psm.migrate.lint;

import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Lints migration scripts for statements that would block a live database: the entry point of
 * {@code psm-migrate lint}, usable on its own.
 *
 * <pre>{@code
 * LintReport report = new Linter(LintSettings.of("postgresql"))
 *         .lint(scriptsOldestFirst, Set.of("3f2a9c1b7d4e"));
 * report.findings().forEach(finding -> System.out.println(finding.line() + ": " + finding.rule().id()));
 * }</pre>
 *
 * <p>Only upgrade sections of SQL revisions are read (Java migrations and downgrades are not).
 * Every revision given is read, oldest first, so that a rule knows what the revisions before did:
 * the tables a revision creates itself are left alone (nobody uses them yet), a column's type
 * before a type change, a validated {@code CHECK (col IS NOT NULL)} before a {@code SET NOT NULL}.
 * Instances are immutable and may be shared; each call works on its own state.
 */
public final class Linter {

    private final LintSettings settings;
    private final RuleSets family;

    /**
     * @param settings the database whose rules apply, and the server's version if known
     * @throws LintException when there are no rules for the database named
     */
    public Linter(LintSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.family = RuleSets.named(settings.dialect());
    }

    /**
     * Lints revisions.
     *
     * @param history  every revision, parents before children (the reverse of {@code history}'s order)
     * @param reported the ids of the revisions to report on; the others are read for what they do
     * @return the findings of the reported revisions, suppressed ones apart
     * @throws io.psm.migrate.script.ScriptException when a script cannot be split into statements
     */
    public LintReport lint(List<MigrationScript> history, Collection<String> reported) {
        Set<String> wanted = Set.copyOf(reported);
        RuleSet rules = family.rules();
        List<String> notes = new ArrayList<>();
        rules.note().ifPresent(notes::add);
        Optional<ServerVersion> version = settings.serverVersion().filter(family::serves);
        settings.serverVersion().filter(server -> !family.serves(server)).ifPresent(server -> notes.add("the database"
                + " is " + server + ", not " + settings.dialect() + ": its version is not used"));
        RevisionLinter.Lint context = new RevisionLinter.Lint(new SchemaHistory(), version);
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        int count = 0;
        for (MigrationScript script : history) {
            boolean report = wanted.contains(script.id());
            count += report ? 1 : 0;
            if (script.upgrade() instanceof ScriptBody.SqlBody body) {
                RevisionLinter.Result result = RevisionLinter.lint(script, body, rules, context);
                if (report) {
                    findings.addAll(result.findings());
                    suppressed.addAll(result.suppressed());
                }
            }
        }
        return new LintReport(settings.dialect().toLowerCase(java.util.Locale.ROOT), version, count, findings,
                suppressed, notes, List.of());
    }
}
