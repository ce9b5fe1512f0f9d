package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.lint.LintReport;
import io.psm.migrate.lint.LintScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code lint}: the statements of upgrade sections that would block a live database, and the
 * renames and drops that break instances of the running release; one finding a line on standard
 * output, then a count. Exit status 1 when any finding is not suppressed, so CI can run it beside
 * {@code check}. Needs no database: {@code --dialect} or the URL says which rules apply.
 */
@Command(name = "lint", description = {"Report statements that would block a live database, and renames and drops"
        + " that break running instances; exit 1 on any.",
        "Suppress a finding with '-- psm:lint-ignore RULE-ID REASON' on the line before its statement."})
final class LintCommand extends SessionCommand {

    @Parameters(arity = "0..1", paramLabel = "TARGET|A:B",
            description = "The revisions to report on: a target (head, heads, an id) or a range A:B as history -r"
                    + " reads it (default: every revision).")
    private String range;

    @Option(names = "--pending", description = "Report on the revisions the database has not applied (needs a database).")
    private boolean pending;

    LintCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        if (pending && range != null) {
            throw new ParameterException(spec().commandLine(), "Give TARGET|A:B or --pending, not both");
        }
        PsmMigrate migrate = pending ? session.loadWithDatabase(spec()) : session.load();
        LintScope scope = pending ? LintScope.pending() : range == null ? LintScope.every() : LintScope.range(range);
        LintReport report = migrate.lint(scope);
        report.notes().forEach(session::log);
        report.warnings().forEach(session::warn);
        report.findings().forEach(finding -> session.print(LintOutput.line(finding)));
        String count = LintOutput.count(report);
        if (report.hasFindings()) {
            throw new CommandFailure(count + "; make each statement safe as its message says, or suppress it with"
                    + " '-- psm:lint-ignore <rule-id> <reason>' on the line before it");
        }
        session.print("No lint findings in " + count.substring(count.indexOf(" in ") + " in ".length()) + ".");
        return 0;
    }
}
