package io.psm.migrate.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:15:02.514213Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private final ScriptWriter writer = new ScriptWriter(CLOCK);

    private static MigrationScript reparse(Path file) throws IOException {
        return SqlScriptParser.parse(file.toString(), Files.readAllBytes(file));
    }

    @Test
    void revisionWritesTheDesignFormat() throws IOException {
        Path file = writer.revision(dir, NewRevision.of("Add phone field to User", List.of("9b1c0e2d4f6a"))
                .withRevisionId("3f2a9c1b7d4e")
                .withSql("ALTER TABLE users ADD COLUMN phone VARCHAR(20);", "ALTER TABLE users DROP COLUMN phone;\n"));

        assertThat(file).isEqualTo(dir.resolve("3f2a9c1b7d4e_add_phone_field_to_user.sql"));
        assertThat(Files.readString(file)).isEqualTo("""
                -- Add phone field to User
                --
                -- Revision ID: 3f2a9c1b7d4e
                -- Revises: 9b1c0e2d4f6a
                -- Create Date: 2026-11-24 10:15:02.514213

                -- migrate:upgrade
                ALTER TABLE users ADD COLUMN phone VARCHAR(20);

                -- migrate:downgrade
                ALTER TABLE users DROP COLUMN phone;
                """);
    }

    @Test
    void writtenScriptParsesBackToTheSameHeader() throws IOException {
        Path file = writer.revision(dir, NewRevision.of("Shop: orders", List.of("a1", "b2"))
                .withRevisionId("c3").withBranchLabels(List.of("shop", "orders")).withDependsOn(List.of("d4")));

        MigrationScript script = reparse(file);

        assertThat(script.id()).isEqualTo("c3");
        assertThat(script.revision().message()).isEqualTo("Shop: orders");
        assertThat(script.revision().downRevisions()).containsExactly("a1", "b2");
        assertThat(script.revision().branchLabels()).containsExactly("shop", "orders");
        assertThat(script.revision().dependsOn()).containsExactly("d4");
        assertThat(script.createDate()).contains("2026-11-24 10:15:02.514213");
        assertThat(script.transactional()).isTrue();
        assertThat(script.downgrade()).isPresent();
    }

    @Test
    void rootRevisionHasEmptyRevisesAndParsesAsABase() throws IOException {
        Path file = writer.revision(dir, NewRevision.of("First", List.of()));
        assertThat(Files.readString(file)).contains("\n-- Revises:\n");
        assertThat(reparse(file).revision().isBase()).isTrue();
    }

    @Test
    void newIdsAreTwelveRandomLowerCaseHexDigits() {
        ScriptWriter seeded = new ScriptWriter(CLOCK, new Random(7));
        String first = seeded.revision(dir, NewRevision.of("one", List.of())).getFileName().toString();
        String second = seeded.revision(dir, NewRevision.of("two", List.of())).getFileName().toString();
        assertThat(first).matches("[0-9a-f]{12}_one\\.sql");
        assertThat(second).matches("[0-9a-f]{12}_two\\.sql");
        assertThat(first.substring(0, 12)).isNotEqualTo(second.substring(0, 12));
    }

    @Test
    void slugIsLowerCaseFoldedAndCutAtFortyCharacters() {
        assertThat(ScriptWriter.slug("Add phone field -- to User!")).isEqualTo("add_phone_field_to_user");
        assertThat(ScriptWriter.slug("  Ünïcode & émojis 🎉 v2 ")).isEqualTo("unicode_emojis_v2");
        assertThat(ScriptWriter.slug("a".repeat(39) + " b c")).isEqualTo("a".repeat(39));
        assertThat(ScriptWriter.slug("x".repeat(60))).hasSize(40);
    }

    @Test
    void emptyMessageGivesAFileNamedByTheIdAlone() throws IOException {
        Path file = writer.revision(dir, NewRevision.of("", List.of()).withRevisionId("abc"));
        assertThat(file.getFileName()).hasToString("abc.sql");
        assertThat(reparse(file).revision().message()).isEmpty();
    }

    @Test
    void existingFileIsNeverOverwritten() throws IOException {
        Path file = writer.revision(dir, NewRevision.of("same", List.of()).withRevisionId("r1").withSql("SELECT 1;", ""));
        assertThatThrownBy(() -> writer.revision(dir, NewRevision.of("same", List.of()).withRevisionId("r1")))
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ": the file already exists and is not overwritten");
        assertThat(Files.readString(file)).contains("SELECT 1;");
    }

    @Test
    void malformedRevisionIdIsRejected() {
        assertThatThrownBy(() -> writer.revision(dir, NewRevision.of("x", List.of()).withRevisionId("no-dashes")))
                .hasMessage("The revision id 'no-dashes' is not a revision id (1 to 32 letters, digits or underscores)");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void messageThatWouldReadAsAHeaderKeyIsRejected() {
        assertThatThrownBy(() -> writer.revision(dir, NewRevision.of("Revises: everything", List.of())))
                .hasMessage("The message 'Revises: everything' would read as a header line; reword it");
    }

    @Test
    void mergeRevisesEveryParentWithEmptySections() throws IOException {
        MigrationScript merge = reparse(writer.merge(dir, NewRevision.of("merge heads", List.of("a1", "b2"))));
        assertThat(merge.revision().isMergePoint()).isTrue();
        assertThat(((ScriptBody.SqlBody) merge.upgrade()).statements()).isEmpty();
        assertThat(merge.downgrade()).hasValueSatisfying(body ->
                assertThat(((ScriptBody.SqlBody) body).statements()).isEmpty());
    }

    @Test
    void mergeOfOneRevisionIsRejected() {
        assertThatThrownBy(() -> writer.merge(dir, NewRevision.of("merge", List.of("a1"))))
                .hasMessage("A merge revises at least two revisions; got [a1]");
    }

    @Test
    void revisionIntoAMissingFolderIsRejected() {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> writer.revision(missing, NewRevision.of("x", List.of())))
                .hasMessage(missing + ": the migration folder does not exist; create it with 'init'");
    }

    @Test
    void initCreatesTheFolderAndAcceptsAnEmptyOne() {
        Path folder = dir.resolve("db/migrations");
        assertThat(writer.init(folder)).isEqualTo(folder).isEmptyDirectory();
        assertThat(writer.init(folder)).isEqualTo(folder);
    }

    @Test
    void initRefusesAFolderThatHasFiles() throws IOException {
        Files.writeString(dir.resolve("a.sql"), "");
        assertThatThrownBy(() -> writer.init(dir)).hasMessage(dir + ": the folder already exists and is not empty");
    }
}
