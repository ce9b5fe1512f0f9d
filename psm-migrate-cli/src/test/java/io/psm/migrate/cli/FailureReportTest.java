package io.psm.migrate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures found by the command line itself, before the engine runs: one ERROR line, status 1. */
class FailureReportTest {

    @TempDir
    Path directory;

    @Test
    void missingMigrationDirectoryNamesItAndSaysToRunInit() {
        Path missing = directory.resolve("migrations");

        Cli.Result result = Cli.run("--url", "h2:mem:x", "-d", missing.toString(), "heads");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("ERROR: Migration directory " + missing
                + " does not exist; create it with 'psm-migrate -d " + missing + " init'");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void upgradeToARangeWithoutSqlIsRefused() {
        Cli.Result result = Cli.run("-d", directory.toString(), "upgrade", "ab12:cd34");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "ERROR: Range revision not allowed: 'ab12:cd34' (a FROM:TARGET range needs --sql)");
    }

    @Test
    void downgradeWithSqlNeedsARange() {
        Cli.Result result = Cli.run("-d", directory.toString(), "downgrade", "--sql", "base");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("ERROR: downgrade with --sql requires <fromrev>:<torev>");
    }

    @Test
    void historyRangeWithoutAColonIsRefused() {
        Cli.Result result = Cli.run("-d", directory.toString(), "history", "-r", "ab12");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "ERROR: History range requires [start]:[end], [start]:, or :[end]; got 'ab12'");
    }

    @Test
    void unsupportedDatabaseUrlIsNamedWithItsPasswordMasked() {
        Cli.Result result = Cli.run("--url", "oracle://app:Secr3tPw@db/app", "-d", directory.toString(), "current");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("ERROR: Invalid database URL 'oracle://app:****@db/app': unsupported scheme 'oracle'");
        assertThat(result.all()).doesNotContain("Secr3tPw");
    }

    @Test
    void verboseAddsTheStackTraceBeforeTheErrorLine() {
        Cli.Result result = Cli.run("--verbose", "-d", directory.toString(), "upgrade", "a:b");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines().get(0)).startsWith(CommandFailure.class.getName() + ": Range revision not allowed");
        assertThat(result.errLines()).filteredOn(line -> line.startsWith("\tat ")).isNotEmpty();
        assertThat(result.errLines()).last().asString().startsWith("ERROR: Range revision not allowed");
        assertThat(result.errLines()).filteredOn(line -> line.startsWith("ERROR: ")).hasSize(1);
    }

    @Test
    void withoutVerboseThereIsNoStackTrace() {
        Cli.Result result = Cli.run("-d", directory.toString(), "upgrade", "a:b");

        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
