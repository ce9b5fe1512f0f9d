package io.psm.migrate.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.psm.migrate.lint.Revisions.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a lint run reports besides the rules: scope, places, notes, databases without lock rules. */
class LinterTest {

    @TempDir
    Path directory;

    @Test
    void findingsNameTheFileTheLineAndTheRevision() {
        Revisions revisions = new Revisions(directory).add(PostgresRulesTest.BASELINE)
                .add("-- a comment first\nALTER TABLE users\n  ADD CONSTRAINT users_score CHECK (score > 0);");
        Finding finding = revisions.lintLast("postgresql").findings().get(0);

        assertThat(finding.location()).isEqualTo(revisions.file("r02").toString());
        assertThat(finding.line()).isEqualTo(9);
        assertThat(finding.revision()).isEqualTo("r02");
    }

    @Test
    void onlyTheRevisionsAskedForAreReportedButAllAreRead() {
        Revisions revisions = new Revisions(directory).add(PostgresRulesTest.BASELINE)
                .add("CREATE INDEX users_name ON users (name);")
                .add("ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(50);");
        LintReport last = revisions.lintLast("postgresql");

        assertThat(last.revisions()).isEqualTo(1);
        assertThat(rules(last)).as("the baseline's varchar(40) is known").isEmpty();
        assertThat(rules(revisions.lintAll("postgresql"))).containsExactly("index-without-concurrently");
    }

    @Test
    void h2AndSqliteHaveOnlyTheRenameAndDropRulesAndSaySo() {
        Revisions revisions = new Revisions(directory).add(PostgresRulesTest.BASELINE)
                .add("CREATE INDEX users_name ON users (name);\nALTER TABLE users ADD CONSTRAINT c CHECK (score > 0);\n"
                        + "ALTER TABLE users DROP COLUMN bio;");

        LintReport h2 = revisions.lintLast("h2");
        assertThat(rules(h2)).containsExactly("drop-column");
        assertThat(h2.notes()).containsExactly("H2 has no lock-safety rules: only renames and drops are checked");
        assertThat(rules(revisions.lintLast("sqlite"))).containsExactly("drop-column");
        assertThat(rules(revisions.lintLast("postgres"))).containsExactly("index-without-concurrently",
                "check-without-not-valid", "drop-column");
    }

    @Test
    void aVersionOfAnotherDatabaseIsNotUsed() {
        Revisions revisions = new Revisions(directory).add(PostgresRulesTest.BASELINE)
                .add("ALTER TABLE users ADD COLUMN active BOOLEAN DEFAULT true;");
        LintReport report = revisions.lintLast(Revisions.server("postgresql", "H2", "2.3.232 (2024-08-11)"));

        assertThat(report.findings()).isEmpty();
        assertThat(report.serverVersion()).isEmpty();
        assertThat(report.notes()).containsExactly("the database is H2 2.3.232, not postgresql: its version is not used");
    }

    @Test
    void anUnknownDatabaseIsAnError() {
        assertThatThrownBy(() -> new Linter(LintSettings.of("oracle"))).isInstanceOf(LintException.class)
                .hasMessage("psm-migrate has no lint rules for a database named 'oracle' (known: postgresql, mysql,"
                        + " mariadb, h2, sqlite)");
    }

    @Test
    void serverVersionsAreReadFromWhatDriversReport() {
        assertThat(ServerVersion.parse("PostgreSQL", "16.4 (Debian 16.4-1.pgdg120+2)")).isEqualTo(
                new ServerVersion("PostgreSQL", 16, 4, 0));
        assertThat(ServerVersion.parse("PostgreSQL", "10.23").atLeast(11, 0)).isFalse();
        assertThat(ServerVersion.parse("MariaDB", "10.11.19-MariaDB-0+deb12u1").toString()).isEqualTo("MariaDB 10.11.19");
    }
}
