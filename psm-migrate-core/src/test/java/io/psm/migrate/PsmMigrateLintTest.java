package io.psm.migrate;

import io.psm.migrate.lint.Finding;
import io.psm.migrate.lint.LintException;
import io.psm.migrate.lint.LintReport;
import io.psm.migrate.lint.LintScope;
import io.psm.migrate.testing.ScriptDirectory;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link PsmMigrate#lint(LintScope)}: which rules, which server version, which revisions. */
class PsmMigrateLintTest {

    @TempDir
    Path directory;

    private ScriptDirectory scripts;

    @BeforeEach
    void scripts() {
        scripts = new ScriptDirectory(directory);
        scripts.write("a1", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(80));", null);
        scripts.write("b2", "a1", "Index email", "CREATE INDEX users_email ON users (email);", null);
        scripts.write("c3", "b2", "Drop email", "ALTER TABLE users DROP COLUMN email;", null);
    }

    @Test
    void theDialectSettingChoosesTheRulesWithoutADatabase() {
        LintReport report = PsmMigrate.configure().locations(scripts.location()).dialect("postgresql").load()
                .lint(LintScope.every());

        assertThat(report.dialect()).isEqualTo("postgresql");
        assertThat(report.serverVersion()).isEmpty();
        assertThat(report.findings()).extracting(Finding::revision, finding -> finding.rule().id())
                .containsExactly(org.assertj.core.api.Assertions.tuple("b2", "index-without-concurrently"),
                        org.assertj.core.api.Assertions.tuple("c3", "drop-column"));
    }

    @Test
    void aRangeOrTargetReportsOnlyItsRevisions() {
        PsmMigrate migrate = PsmMigrate.configure().locations(scripts.location()).dialect("postgresql").load();

        assertThat(ids(migrate.lint(LintScope.range("head")))).containsExactly("c3");
        assertThat(ids(migrate.lint(LintScope.range("a1:b2")))).containsExactly("b2");
        assertThat(migrate.lint(LintScope.range("a1:b2")).revisions()).isEqualTo(2);
    }

    @Test
    void withoutADialectOrDatabaseLintSaysWhatItNeeds() {
        PsmMigrate migrate = PsmMigrate.configure().locations(scripts.location()).load();

        assertThatThrownBy(() -> migrate.lint(LintScope.every())).isInstanceOf(LintException.class)
                .hasMessageStartingWith("lint applies the rules of one type of database");
    }

    @Test
    void aPostgresqlDatabaseGivesItsRulesAndVersionAndWhatIsPending() {
        try (TestDatabase database = TestDatabases.postgres()) {
            PsmMigrate migrate = PsmMigrate.configure().dataSource(database.dataSource()).locations(scripts.location())
                    .load();
            migrate.upgrade("b2");

            LintReport pending = migrate.lint(LintScope.pending());

            assertThat(pending.dialect()).isEqualTo("postgresql");
            assertThat(pending.serverVersion()).hasValueSatisfying(version -> {
                assertThat(version.product()).isEqualTo("PostgreSQL");
                assertThat(version.major()).isGreaterThanOrEqualTo(11);
            });
            assertThat(pending.revisions()).isEqualTo(1);
            assertThat(ids(pending)).containsExactly("c3");
        }
    }

    @Test
    void anUnreachableDatabaseIsAWarningWhenTheDialectIsKnownAnyway() {
        LintReport report = PsmMigrate.configure().locations(scripts.location())
                .url("postgresql://app:s3cret-pw@127.0.0.1:1/none").load().lint(LintScope.range("b2"));

        assertThat(ids(report)).containsExactly("b2");
        assertThat(report.warnings()).singleElement().asString()
                .startsWith("could not read the server's version from postgresql://app:****@127.0.0.1:1/none (")
                .endsWith("); rules that depend on it assume a current server").doesNotContain("s3cret-pw");
    }

    private static List<String> ids(LintReport report) {
        return report.findings().stream().map(Finding::revision).toList();
    }
}
