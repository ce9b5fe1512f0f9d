package io.psm.migrate.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsageTest {

    @Test
    void helpPrintsUsageWithEveryCommandToStandardOutputAndSucceeds() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: psm-migrate ")
                .contains("--url=URL", "--user=U", "--password", "-d, --directory=DIR", "--schema=SCHEMA",
                        "--version-table=TABLE", "--history-table=TABLE", "--verbose")
                .contains("init", "revision", "migrate", "merge", "upgrade", "downgrade", "current", "heads",
                        "branches", "history", "show", "stamp", "check", "verify");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void helpOfACommandShowsItsOwnOptions() {
        Cli.Result result = Cli.run("history", "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: psm-migrate history ").contains("-r, --rev-range=A:B", "-i, --indicate-current");
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("psm-migrate ").doesNotContain("${project.version}");
    }

    @Test
    void noCommandIsAUsageErrorWithStatusTwo() {
        Cli.Result result = Cli.run();

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo("Missing command");
        assertThat(result.err()).contains("Usage: psm-migrate ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageErrorWithStatusTwo() {
        Cli.Result result = Cli.run("upgrad");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("upgrad").contains("Usage: psm-migrate ");
    }

    @Test
    void unknownOptionOfACommandIsAUsageErrorShowingThatCommandsUsage() {
        Cli.Result result = Cli.run("upgrade", "--sqll");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--sqll'").contains("Usage: psm-migrate upgrade ");
    }

    @Test
    void mergeWithoutRevisionsIsAUsageError() {
        Cli.Result result = Cli.run("merge", "-m", "join");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("REV").contains("Usage: psm-migrate merge ");
    }

    @Test
    void databaseCommandWithoutUrlOrDatabaseUrlIsAUsageError() {
        Cli.Result result = Cli.run("-d", ".", "current");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo("Missing database: give --url URL or set DATABASE_URL");
    }

    @Test
    void checkInTheStandaloneCommandLineSaysToRunItInsideTheApplication() {
        Cli.Result result = Cli.run("--url", "h2:mem:check", "check");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).first().asString()
                .startsWith("check compares the application's model with the database")
                .endsWith("run it inside the application, as 'java -jar app.jar db check'");
    }

    @Test
    void migrateInTheStandaloneCommandLineSaysToRunItInsideTheApplication() {
        Cli.Result result = Cli.run("--url", "h2:mem:migrate", "migrate", "-m", "add phone");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).first().asString().endsWith("as 'java -jar app.jar db migrate -m MSG'");
    }

    @Test
    void revisionAutogenerateInTheStandaloneCommandLineSaysToRunItInsideTheApplication() {
        Cli.Result result = Cli.run("revision", "--autogenerate", "-m", "add phone");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).first().asString()
                .startsWith("revision compares the application's model")
                .endsWith("as 'java -jar app.jar db revision --autogenerate -m MSG'");
    }

    @Test
    void globalOptionsAreAcceptedAfterTheCommand() {
        Cli.Result result = Cli.run("current", "-d", "does-not-exist", "--url", "h2:mem:after");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ERROR: Migration directory ")
                .contains("does-not-exist");
    }
}
