package io.psm.migrate.script;

import io.psm.migrate.script.fixtures.bad.AnnotatedButNoMigration;
import io.psm.migrate.script.fixtures.bad.FailingConstructor;
import io.psm.migrate.script.fixtures.bad.MalformedRevisionId;
import io.psm.migrate.script.fixtures.bad.MigrationWithoutRevision;
import io.psm.migrate.script.fixtures.bad.NoUsableConstructor;
import io.psm.migrate.script.fixtures.good.CreateGadgets;
import io.psm.migrate.testing.HawkbitCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScriptLoaderTest {

    private static final String GOOD = "classpath:io/psm/migrate/script/fixtures/good";

    @TempDir
    Path dir;

    static String script(String id, String revises) {
        return "-- Script " + id + "\n-- Revision ID: " + id + "\n-- Revises: " + revises
                + "\n\n-- migrate:upgrade\nCREATE TABLE t_" + id + " (id INT);\n";
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void filesystemFolderIsScannedRecursivelyInPathOrder() throws IOException {
        write(dir.resolve("b_second.sql"), script("b", "a"));
        write(dir.resolve("a_first.sql"), script("a", ""));
        write(dir.resolve("sub/c_third.sql"), script("c", "b"));

        LoadedScripts loaded = new ScriptLoader().load(List.of(dir.toString()));

        assertThat(loaded.scripts()).extracting(MigrationScript::id).containsExactly("a", "b", "c");
        assertThat(loaded.scripts()).extracting(MigrationScript::location)
                .containsExactly(dir.resolve("a_first.sql").toString(), dir.resolve("b_second.sql").toString(),
                        dir.resolve("sub/c_third.sql").toString());
        assertThat(loaded.missingLocations()).isEmpty();
    }

    @Test
    void filesystemPrefixNamesTheSameFolder() throws IOException {
        write(dir.resolve("a.sql"), script("a", ""));
        assertThat(new ScriptLoader().load(List.of("filesystem:" + dir)).find("a")).isPresent();
    }

    @Test
    void hiddenFilesAndFilesThatAreNotSqlAreIgnored() throws IOException {
        write(dir.resolve("a.sql"), script("a", ""));
        write(dir.resolve(".#a.sql"), "editor lock file");
        write(dir.resolve(".git/b.sql"), "not a script");
        write(dir.resolve("README.md"), "# migrations");

        assertThat(new ScriptLoader().load(List.of(dir.toString())).scripts()).extracting(MigrationScript::id)
                .containsExactly("a");
    }

    @Test
    void missingFilesystemLocationIsAnError() {
        Path missing = dir.resolve("nowhere");
        InvalidScriptsException error = catchThrowableOfType(InvalidScriptsException.class,
                () -> new ScriptLoader().load(List.of(missing.toString())));
        assertThat(error).hasMessageContaining(missing + ": the migration folder does not exist");
    }

    @Test
    void missingClasspathLocationIsReportedWithoutError() {
        LoadedScripts loaded = new ScriptLoader().load(List.of("classpath:no/such/folder", "classpath:psm/absent"));
        assertThat(loaded.isEmpty()).isTrue();
        assertThat(loaded.missingLocations()).containsExactly("classpath:no/such/folder", "classpath:psm/absent");
    }

    @Test
    void everyMalformedFileIsReportedInOneException() throws IOException {
        write(dir.resolve("a.sql"), script("a", ""));
        write(dir.resolve("b.sql"), "");
        write(dir.resolve("c.sql"), "-- Msg\n-- Revision ID: c\n-- migrate:upgrade\n");

        InvalidScriptsException error = catchThrowableOfType(InvalidScriptsException.class,
                () -> new ScriptLoader().load(List.of(dir.toString())));

        assertThat(error.problems()).extracting(problem -> problem.location().orElseThrow())
                .containsExactly(dir.resolve("b.sql").toString(), dir.resolve("c.sql").toString());
        assertThat(error).hasMessageStartingWith("2 migration scripts are invalid:\n  " + dir.resolve("b.sql"))
                .hasMessageContaining(dir.resolve("c.sql") + " line 2: the header has no 'Revises:' line");
    }

    @Test
    void unclosedQuoteIsFoundWhenStatementsAreSplitNotWhenLoading() throws IOException {
        write(dir.resolve("d.sql"), script("d", "").replace("-- migrate:upgrade", "-- migrate:upgrade\n'oops"));
        MigrationScript script = new ScriptLoader().load(List.of(dir.toString())).find("d").orElseThrow();
        ScriptException error = catchThrowableOfType(ScriptException.class,
                () -> ((ScriptBody.SqlBody) script.upgrade()).statements());
        assertThat(error).hasMessage(dir.resolve("d.sql") + " line 6: string literal opened here is not closed");
    }

    @Test
    void classpathFolderYieldsItsJavaMigrationsRecursively() {
        LoadedScripts loaded = new ScriptLoader(getClass().getClassLoader()).load(List.of(GOOD));
        assertThat(loaded.scripts()).extracting(MigrationScript::id).containsExactly("java_1", "java_2", "java_3");
    }

    @Test
    void classpathLocationJoinsEveryRootThatHasIt() throws IOException {
        Path root = dir.resolve("root");
        write(root.resolve("io/psm/migrate/script/fixtures/good/sql_1_tables.sql"), script("sql_1", ""));
        try (URLClassLoader classLoader = new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader())) {
            LoadedScripts loaded = new ScriptLoader(classLoader).load(List.of(GOOD));
            assertThat(loaded.scripts()).extracting(MigrationScript::id).containsExactly("sql_1", "java_1", "java_2", "java_3");
            assertThat(loaded.find("sql_1").orElseThrow().location())
                    .isEqualTo("classpath:io/psm/migrate/script/fixtures/good/sql_1_tables.sql");
        }
    }

    @Test
    void everyHalfMigrationClassIsReportedByName() {
        InvalidScriptsException error = catchThrowableOfType(InvalidScriptsException.class,
                () -> new ScriptLoader(getClass().getClassLoader()).load(List.of("classpath:io/psm/migrate/script/fixtures/bad")));
        assertThat(error.problems()).extracting(problem -> problem.location().orElseThrow()).containsExactly(
                AnnotatedButNoMigration.class.getName(), FailingConstructor.class.getName(),
                MalformedRevisionId.class.getName(), MigrationWithoutRevision.class.getName(),
                NoUsableConstructor.class.getName());
    }

    @Test
    void instancePassedInReplacesTheScannedClassAndComesLast() {
        CreateGadgets bean = new CreateGadgets();
        LoadedScripts loaded = new ScriptLoader(getClass().getClassLoader()).load(List.of(GOOD), List.of(bean));
        assertThat(loaded.scripts()).extracting(MigrationScript::id).containsExactly("java_2", "java_3", "java_1");
    }

    @Test
    void instancesAloneNeedNoLocation() {
        assertThat(new ScriptLoader().load(List.of(), List.of(new CreateGadgets())).scripts())
                .extracting(MigrationScript::id).containsExactly("java_1");
    }

    @Test
    void fiveHundredSyntheticScriptsLoadWithTheirDowngrades() {
        HawkbitCorpus.synthetic(dir, 500);
        List<MigrationScript> scripts = new ScriptLoader().load(List.of(dir.toString())).scripts();
        assertThat(scripts).hasSize(500).allSatisfy(script -> assertThat(script.downgrade()).isPresent());
        assertThat(scripts.get(499).revision().downRevisions()).containsExactly("syn_0499");
    }

    @Test
    void badLocationIsReportedWithTheOthers() throws IOException {
        write(dir.resolve("b.sql"), "");
        InvalidScriptsException error = catchThrowableOfType(InvalidScriptsException.class,
                () -> new ScriptLoader().load(List.of("classpath:", dir.toString())));
        assertThat(error.problems()).hasSize(2);
        assertThat(error.getMessage()).contains("Location 'classpath:' names no folder");
    }
}
