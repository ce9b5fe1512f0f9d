package io.psm.migrate.cli;

import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --sql}: the SQL that would run, printed to standard output, and nothing touched. */
class SqlOutputCommandsTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeSqlPrintsTheStatementsAndTouchesNothing(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            Cli.Result result = workspace.run("upgrade", "--sql");

            assertThat(result.status()).isZero();
            assertThat(result.out()).contains("CREATE TABLE users (id INT PRIMARY KEY)")
                    .contains("ADD COLUMN phone VARCHAR(20)").containsIgnoringCase("psm_version")
                    .contains("-- Running upgrade phone02b -> email03c, add email");
            assertThat(workspace.tables()).isEmpty();
        }
    }

    @Test
    void upgradeSqlNeedsNoConnection() {
        Histories.linear(new MigrationFiles(directory));

        Cli.Result result = Cli.run("--url", "postgresql://app@127.0.0.1:1/app", "-d", directory.toString(),
                "upgrade", "--sql", "users01a:email03c");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("ADD COLUMN email VARCHAR(80)").doesNotContain("CREATE TABLE users");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradeSqlOfARangePrintsTheRevertingStatements(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            Cli.Result result = workspace.run("downgrade", "--sql", "email03c:users01a");

            assertThat(result.status()).isZero();
            assertThat(result.out()).contains("DROP COLUMN email").contains("DROP COLUMN phone").doesNotContain("DROP TABLE users");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void stampSqlPrintsTheVersionTableStatementsOnly(TestDatabase.Kind kind) {
        try (Workspace workspace = linear(kind)) {
            Cli.Result result = workspace.run("stamp", "--sql", "users01a:email03c");

            assertThat(result.status()).isZero();
            assertThat(result.out()).contains("-- Running stamp_revision users01a -> email03c")
                    .contains("'email03c'").doesNotContain("ADD COLUMN");
            assertThat(workspace.run("current").out()).isEmpty();
        }
    }

    @Test
    void stampSqlRefusesSeveralStartingRevisions() {
        Histories.linear(new MigrationFiles(directory));

        Cli.Result result = Cli.run("--url", "h2:mem:stamp", "-d", directory.toString(),
                "stamp", "--sql", "users01a:phone02b", "phone02b:email03c");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("ERROR: Stamp operation with --sql only supports a single"
                + " starting revision at a time; got 'users01a' and 'phone02b'");
    }

    private Workspace linear(TestDatabase.Kind kind) {
        Workspace workspace = Workspace.create(kind, directory);
        Histories.linear(workspace);
        return workspace;
    }
}
