package io.psm.migrate.cli;

import io.psm.migrate.MigrateException;
import io.psm.migrate.PsmMigrate;
import io.psm.migrate.lint.Finding;
import io.psm.migrate.lint.LintReport;
import io.psm.migrate.lint.LintScope;
import io.psm.migrate.script.MigrationScript;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** How lint findings are printed: {@code path:line: rule-id: message}, the path relative to the working directory. */
final class LintOutput {

    private LintOutput() {
    }

    /** One finding as compilers print one, so that IDEs and CI annotations link to the line. */
    static String line(Finding finding) {
        return path(finding.location()) + ":" + finding.line() + ": " + finding.rule().id() + ": " + finding.message();
    }

    /** {@code 3 lint findings in 12 revisions (postgresql rules, 1 suppressed)}. */
    static String count(LintReport report) {
        int found = report.findings().size();
        String suppressed = report.suppressed().isEmpty() ? "" : ", " + report.suppressed().size() + " suppressed";
        return found + " lint finding" + (found == 1 ? "" : "s") + " in " + report.revisions() + " revision"
                + (report.revisions() == 1 ? "" : "s") + " (" + report.dialect() + " rules" + suppressed + ")";
    }

    /**
     * Lints a revision just written and prints its findings as warnings; a lint that cannot run is a
     * warning too, so that writing the revision still succeeds.
     *
     * @param session the session, loaded again to see the new file
     * @param written the new revision's file
     */
    static void warnAbout(Session session, Path written) {
        try {
            PsmMigrate migrate = session.load();
            Optional<MigrationScript> script = migrate.scripts().stream()
                    .filter(each -> sameFile(each.location(), written)).findFirst();
            if (script.isPresent()) {
                migrate.lint(LintScope.range(script.get().id())).findings().forEach(finding -> session.warn(line(finding)));
            }
        } catch (MigrateException e) {
            session.warn("The new revision was not linted: " + e.getMessage());
        }
    }

    /** A file's location relative to the working directory when it lies below it; other locations as they are. */
    static String path(String location) {
        try {
            Path file = Path.of(location);
            Path here = Path.of("").toAbsolutePath();
            return file.isAbsolute() && file.startsWith(here) ? here.relativize(file).toString() : location;
        } catch (InvalidPathException e) {
            return location;
        }
    }

    private static boolean sameFile(String location, Path written) {
        try {
            return Path.of(location).toAbsolutePath().normalize().equals(written.toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
