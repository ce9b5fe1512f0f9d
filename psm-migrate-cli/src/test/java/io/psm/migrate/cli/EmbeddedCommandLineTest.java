package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands as an application runs them: {@code java -jar app.jar db COMMAND}. */
class EmbeddedCommandLineTest {

    @TempDir
    Path root;

    @Test
    void usageNamesTheDbCommandWithoutConnectionOptions() {
        Cli.Result result = Cli.runEmbedded(environment(), "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: db ").contains("upgrade", "migrate", "check")
                .doesNotContain("--url", "--user", "--password", "--schema", "--version-table");
    }

    @Test
    void connectionOptionsAreUsageErrors() {
        Cli.Result result = Cli.runEmbedded(environment(), "current", "--url", "h2:mem:x");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown options: '--url', 'h2:mem:x'").contains("Usage: db current ");
    }

    @Test
    void initCreatesTheApplicationsDefaultDirectory() {
        Cli.Result result = Cli.runEmbedded(environment(), "init");

        assertThat(result.status()).isZero();
        assertThat(result.outLines()).containsExactly(root.resolve("db/migrations").toString());
        assertThat(root.resolve("db/migrations")).isDirectory();
    }

    @Test
    void directoryOptionOverridesTheApplicationsDefault() {
        Cli.Result result = Cli.runEmbedded(environment(), "init", "-d", root.resolve("elsewhere").toString());

        assertThat(result.outLines()).containsExactly(root.resolve("elsewhere").toString());
    }

    @Test
    void checkWithoutAnAutogeneratorIsAUsageError() {
        Cli.Result result = Cli.runEmbedded(environment(), "check");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).first().asString().startsWith("check compares the application's model");
    }

    private CommandEnvironment environment() {
        return new CommandEnvironment() {
            @Override
            public PsmMigrate.Builder configure() {
                return PsmMigrate.configure().locations("filesystem:" + root.resolve("db/migrations"));
            }

            @Override
            public String databaseDescription() {
                return "h2:mem:embedded";
            }

            @Override
            public Path defaultDirectory() {
                return root.resolve("db/migrations");
            }
        };
    }
}
