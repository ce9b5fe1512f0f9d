package io.psm.migrate.lint;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.psm.migrate.lint.Revisions.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code -- psm:lint-ignore rule-id reason} on the line before a statement. */
class SuppressionTest {

    @TempDir
    Path directory;

    private Revisions revisions;

    @BeforeEach
    void baseline() {
        revisions = new Revisions(directory).add(PostgresRulesTest.BASELINE);
    }

    @Test
    void aCommentWithAReasonSuppressesItsRuleOnTheNextStatement() {
        revisions.add("CREATE INDEX users_name ON users (name);\n"
                + "-- psm:lint-ignore index-without-concurrently users has 40 rows, an admin table\n"
                + "CREATE INDEX users_bio ON users (bio);");
        LintReport report = revisions.lintLast("postgresql");

        assertThat(report.findings()).extracting(Finding::line).containsExactly(8);
        assertThat(report.suppressed()).extracting(Finding::line, finding -> finding.rule().id())
                .containsExactly(tuple(10, "index-without-concurrently"));
    }

    @Test
    void oneCommentLineForEachRuleOfAStatement() {
        revisions.add("-- Two changes at once; both are fine on this small table.\n"
                + "-- psm:lint-ignore foreign-key-without-not-valid teams has 12 rows\n"
                + "-- psm:lint-ignore drop-column nothing reads bio since release 3.1\n"
                + "ALTER TABLE users\n    ADD CONSTRAINT users_team FOREIGN KEY (team_id) REFERENCES teams (id),\n"
                + "    DROP COLUMN bio;");
        LintReport report = revisions.lintLast("postgresql");

        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressed()).extracting(finding -> finding.rule().id())
                .containsExactlyInAnyOrder("foreign-key-without-not-valid", "drop-column");
    }

    @Test
    void aCommentForAnotherRuleSuppressesNothing() {
        revisions.add("-- psm:lint-ignore drop-column wrong rule\nCREATE INDEX users_name ON users (name);");

        assertThat(rules(revisions.lintLast("postgresql"))).containsExactly("index-without-concurrently");
    }

    @Test
    void aMissingReasonIsAFindingAndSuppressesNothing() {
        revisions.add("-- psm:lint-ignore index-without-concurrently\nCREATE INDEX users_name ON users (name);");
        LintReport report = revisions.lintLast("postgresql");

        assertThat(report.findings()).extracting(Finding::line, finding -> finding.rule().id()).containsExactly(
                tuple(8, "invalid-lint-ignore"),
                tuple(9, "index-without-concurrently"));
        assertThat(report.findings().get(0).message()).isEqualTo("psm:lint-ignore index-without-concurrently gives no"
                + " reason, so it suppresses nothing: say why the statement is safe here, after the rule id");
    }

    @Test
    void anUnknownRuleIsReportedWithTheRulesThereAre() {
        revisions.add("-- psm:lint-ignore create-index-concurrently small table\nCREATE INDEX users_name ON users (name);");
        LintReport report = revisions.lintLast("postgresql");

        assertThat(rules(report)).containsExactly("invalid-lint-ignore", "index-without-concurrently");
        assertThat(report.findings().get(0).message()).startsWith("psm:lint-ignore names no rule"
                + " 'create-index-concurrently'; the rules are: index-without-concurrently, drop-index-without-concurrently,")
                .doesNotContain("invalid-lint-ignore");
    }

    @Test
    void aCommentThatIsNotRightAboveAStatementIsReported() {
        revisions.add("-- psm:lint-ignore index-without-concurrently small table\n\n"
                + "CREATE INDEX users_name ON users (name);\n-- psm:lint-ignore drop-table nothing follows");
        LintReport report = revisions.lintLast("postgresql");

        assertThat(report.findings()).extracting(Finding::line, finding -> finding.rule().id()).containsExactly(
                tuple(8, "invalid-lint-ignore"),
                tuple(10, "index-without-concurrently"),
                tuple(11, "invalid-lint-ignore"));
        assertThat(report.findings().get(0).message()).contains("is not right above a statement");
    }

    @Test
    void theMarkerInsideAStringIsNoComment() {
        revisions.add("INSERT INTO teams (id, title) VALUES (1, '\n-- psm:lint-ignore index-without-concurrently x\n');\n"
                + "CREATE INDEX users_name ON users (name);");

        assertThat(rules(revisions.lintLast("postgresql"))).containsExactly("index-without-concurrently");
    }

    @Test
    void suppressionsInRevisionsOutsideTheScopeAreNotReported() {
        revisions.add("-- psm:lint-ignore no-such-rule\nSELECT 1;").add("SELECT 2;");

        assertThat(revisions.lintLast("postgresql").findings()).isEmpty();
        assertThat(rules(revisions.lintAll("postgresql"))).containsExactly("invalid-lint-ignore");
    }
}
