package io.psm.migrate.cli;

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
    void passwordOptionEchoedByAUsageErrorIsMasked() {
        Cli.Result result = Cli.run("current", "--password", PASSWORD, PASSWORD + "-unexpected");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.all()).doesNotContain(PASSWORD);
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
    void passwordOptionIsMaskedInAVerboseStackTrace() {
        Cli.Result result = Cli.run("--verbose", "--password", PASSWORD,
                "--url", "oracle://app@db/" + PASSWORD, "-d", directory.toString(), "current");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("\tat ").contains("oracle://app@db/****");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }
}
