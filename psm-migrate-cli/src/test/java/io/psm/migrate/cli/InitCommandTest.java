package io.psm.migrate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InitCommandTest {

    @TempDir
    Path root;

    @Test
    void initCreatesTheDirectoryWithItsParentsAndPrintsItsPath() {
        Path directory = root.resolve("src/main/resources/db/migrations");

        Cli.Result result = Cli.run("-d", directory.toString(), "init");

        assertThat(result.status()).isZero();
        assertThat(directory).isDirectory();
        assertThat(result.outLines()).containsExactly(directory.toString());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void initPrintsTheAbsolutePathOfARelativeDirectory() {
        Path relative = root.relativize(root.resolve("x"));

        Cli.Result result = Cli.run("-d", root.resolve("..").resolve(root.getFileName()).resolve(relative).toString(), "init");

        assertThat(result.outLines()).containsExactly(root.resolve("x").toString());
    }

    @Test
    void initAcceptsAnExistingEmptyDirectory() {
        Cli.Result result = Cli.run("-d", root.toString(), "init");

        assertThat(result.status()).isZero();
        assertThat(result.outLines()).containsExactly(root.toString());
    }

    @Test
    void initRefusesADirectoryThatHoldsFiles() throws Exception {
        Files.writeString(root.resolve("a1_first.sql"), "-- first\n");

        Cli.Result result = Cli.run("-d", root.toString(), "init");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("ERROR: Directory " + root + " already exists and is not empty");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void initOverAFileSaysItCannotCreateTheDirectory() throws Exception {
        Path file = Files.writeString(root.resolve("taken"), "");

        Cli.Result result = Cli.run("-d", file.toString(), "init");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ERROR: Cannot create directory " + file);
    }
}
