package io.psm.migrate.cli;

import io.psm.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No password appears in anything the command line prints, whatever goes wrong. */
class PasswordMaskingTest {

    private static final String PASSWORD = "Pa55w0rd-Zq";

    @TempDir
    Path directory;

    @Test
    void passwordInAUrlEchoedByAUsageErrorIsMasked() {
        Cli.Result result = Cli.run("--urll=postgresql://app:" + PASSWORD + "@db/app", "current");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("postgresql://app:****@db/app");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void passwordOptionIsNotEchoedByAUsageError() {
        Cli.Result result = Cli.run("current", "--password", PASSWORD, "--urll=x");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void aOneLetterPasswordGarblesNothing() {
        try (Workspace workspace = Workspace.create(TestDatabase.Kind.POSTGRESQL, directory)) {
            String url = workspace.database().databaseUrl().replaceFirst("://([^:@/]+)@", "://$1:p@");
            String masked = url.replace(":p@", ":****@");

            Cli.Result result = Cli.run("--url", url, "-d", directory.toString(), "current", "-v");

            assertThat(result.status()).as(result.err()).isZero();
            assertThat(result.outLines()).containsExactly("Current revision(s) for " + masked + ":");
        }
    }

    @Test
    void passwordInDatabaseUrlIsMaskedInAFailure() {
        Map<String, String> env = Map.of("DATABASE_URL", "oracle://app:" + PASSWORD + "@db/app");

        Cli.Result result = Cli.run(env, "-d", directory.toString(), "current");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("oracle://app:****@db/app");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void percentEncodedPasswordIsMaskedInBothForms() {
        Cli.Result result = Cli.run("--verbose", "--url", "oracle://app:p%40" + PASSWORD + "@db/app",
                "-d", directory.toString(), "current");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void passwordIsMaskedInAVerboseStackTraceWhosePackageNamesStayReadable() {
        Cli.Result result = Cli.run("--verbose", "--password", "p",
                "--url", "oracle://app:p@db/app", "-d", directory.toString(), "current");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("\tat io.psm.migrate.").contains("oracle://app:****@db/app")
                .doesNotContain("app:p@");
    }
}
