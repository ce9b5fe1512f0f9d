package io.psm.migrate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The executable jar as users run it: {@code java -jar psm-migrate.jar ...}. */
class PackagedJarIT {

    @TempDir
    Path directory;

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        Cli.Result result = PackagedJar.run("--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: psm-migrate ").contains("upgrade", "downgrade", "history");
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Cli.Result result = PackagedJar.run("--version");

        assertThat(result.outLines()).singleElement().asString().matches("psm-migrate \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void usageErrorExitsTwo() {
        Cli.Result result = PackagedJar.run("upgrade", "--nope");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--nope'", "Usage: psm-migrate upgrade");
    }

    @Test
    void failureExitsOneWithOneErrorLineAndNoStackTrace() {
        Cli.Result result = PackagedJar.run("--url", "h2:mem:x", "-d", directory.resolve("missing").toString(), "current");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ERROR: Migration directory ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void initCreatesTheDirectory() {
        Cli.Result result = PackagedJar.run("-d", directory.resolve("db/migrations").toString(), "init");

        assertThat(result.status()).isZero();
        assertThat(result.outLines()).containsExactly(directory.resolve("db/migrations").toString());
        assertThat(directory.resolve("db/migrations")).isDirectory();
    }
}
