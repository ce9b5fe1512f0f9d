package io.psm.migrate.script;

import io.psm.migrate.graph.RevisionNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlScriptParserTest {

    private static final String HEADER = """
            -- Add phone field to User
            --
            -- Revision ID: 3f2a9c1b7d4e
            -- Revises: 9b1c0e2d4f6a
            -- Create Date: 2026-11-24 10:15:02.514213
            """;

    private static MigrationScript parse(String text) {
        return SqlScriptParser.parse("V.sql", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> statements(ScriptBody body) {
        return ((ScriptBody.SqlBody) body).statements().stream().map(SqlStatement::sql).toList();
    }

    @Test
    void designExampleParsesIntoHeaderAndBothSections() {
        MigrationScript script = parse(HEADER + """

                -- migrate:upgrade
                ALTER TABLE users ADD COLUMN phone VARCHAR(20);

                -- migrate:downgrade
                ALTER TABLE users DROP COLUMN phone;
                """);

        assertThat(script.revision()).isEqualTo(new RevisionNode("3f2a9c1b7d4e", List.of("9b1c0e2d4f6a"), List.of(),
                List.of(), "Add phone field to User", "V.sql"));
        assertThat(script.createDate()).contains("2026-11-24 10:15:02.514213");
        assertThat(script.transactional()).isTrue();
        assertThat(script.location()).isEqualTo("V.sql");
        assertThat(statements(script.upgrade())).containsExactly("ALTER TABLE users ADD COLUMN phone VARCHAR(20)");
        assertThat(script.downgrade()).hasValueSatisfying(body ->
                assertThat(statements(body)).containsExactly("ALTER TABLE users DROP COLUMN phone"));
    }

    @Test
    void sectionStatementsCarryTheirFileLines() {
        MigrationScript script = parse(HEADER + "\n-- migrate:upgrade\nSELECT 1;\n\nSELECT 2;\n-- migrate:downgrade\n\nSELECT 3;\n");
        assertThat(((ScriptBody.SqlBody) script.upgrade()).statements()).extracting(SqlStatement::line).containsExactly(8, 10);
        assertThat(((ScriptBody.SqlBody) script.downgrade().orElseThrow()).statements()).extracting(SqlStatement::line)
                .containsExactly(13);
    }

    @Test
    void allOptionalKeysAreRead() {
        MigrationScript script = parse("""
                -- Merge and label
                -- Revision ID: m1
                -- Revises: a1, b2
                -- Branch Labels: shop, billing
                -- Depends On: c3,d4
                -- Transactional: FALSE
                -- migrate:upgrade
                """);
        assertThat(script.revision().downRevisions()).containsExactly("a1", "b2");
        assertThat(script.revision().branchLabels()).containsExactly("shop", "billing");
        assertThat(script.revision().dependsOn()).containsExactly("c3", "d4");
        assertThat(script.transactional()).isFalse();
        assertThat(script.createDate()).isEmpty();
    }

    @Test
    void emptyRevisesMakesARootAndKeysIgnoreCase() {
        MigrationScript script = parse("-- First\n-- revision id: r1\n-- REVISES:\n-- migrate:upgrade\nSELECT 1;");
        assertThat(script.revision().isBase()).isTrue();
        assertThat(script.id()).isEqualTo("r1");
    }

    @Test
    void headerStartingWithAKeyHasAnEmptyMessage() {
        assertThat(parse("-- Revision ID: r1\n-- Revises: \n-- migrate:upgrade\n").revision().message()).isEmpty();
    }

    @Test
    void unknownKeysAndFreeTextInTheHeaderAreIgnored() {
        MigrationScript script = parse("-- Msg\n-- Ticket: SHOP-12\n-- Written by hand, see README.\n"
                + "-- Revision ID: r1\n-- Revises:\n\n-- a note before the section\n-- migrate:upgrade\n");
        assertThat(script.id()).isEqualTo("r1");
        assertThat(script.revision().message()).isEqualTo("Msg");
    }

    @Test
    void markersTolerateSurroundingWhitespace() {
        MigrationScript script = parse(HEADER + "  --migrate:upgrade  \nSELECT 1;\n\t-- migrate:downgrade\t\nSELECT 2;");
        assertThat(statements(script.upgrade())).containsExactly("SELECT 1");
        assertThat(script.downgrade()).hasValueSatisfying(body -> assertThat(statements(body)).containsExactly("SELECT 2"));
    }

    @Test
    void emptyUpgradeSectionIsAllowedAndRunsNothing() {
        assertThat(statements(parse(HEADER + "-- migrate:upgrade\n\n-- migrate:downgrade\n").upgrade())).isEmpty();
    }

    @Test
    void missingDowngradeMarkerMeansNoDowngradeButAnEmptySectionIsANoOpDowngrade() {
        assertThat(parse(HEADER + "-- migrate:upgrade\nSELECT 1;\n").downgrade()).isEmpty();
        assertThat(parse(HEADER + "-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n").downgrade())
                .hasValueSatisfying(body -> assertThat(statements(body)).isEmpty());
    }

    @Test
    void checksumIgnoresLineEndingsAndByteOrderMark() {
        String text = HEADER + "-- migrate:upgrade\nSELECT 1;\n";
        byte[] unix = text.getBytes(StandardCharsets.UTF_8);
        byte[] windows = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        byte[] classicMac = text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
        String checksum = SqlScriptParser.parse("a.sql", unix).checksum().orElseThrow();

        assertThat(checksum).matches("[0-9a-f]{64}");
        assertThat(SqlScriptParser.parse("b.sql", windows).checksum()).contains(checksum);
        assertThat(SqlScriptParser.parse("c.sql", classicMac).checksum()).contains(checksum);
        assertThat(parse(text.replace("SELECT 1", "SELECT 2")).checksum()).isNotEqualTo(checksum);
    }

    /** The expected value is {@code printf 'abc\n' | sha256sum}. */
    @Test
    void checksumIsTheSha256OfTheNormalizedFile() {
        byte[] windows = "\uFEFFabc\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Checksums.sha256(windows, ScriptText.decode("a.sql", windows)))
                .isEqualTo("edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb");
    }

    @Test
    void crlfFileKeepsItsLineNumbersAndLosesItsCarriageReturns() {
        MigrationScript script = parse((HEADER + "-- migrate:upgrade\nSELECT\n 1;\n").replace("\n", "\r\n"));
        assertThat(((ScriptBody.SqlBody) script.upgrade()).statements())
                .singleElement().satisfies(statement -> {
                    assertThat(statement.sql()).isEqualTo("SELECT\n 1");
                    assertThat(statement.line()).isEqualTo(7);
                });
    }

    @Test
    void genuineReplacementCharacterIsValidUtf8() {
        MigrationScript script = parse(HEADER + "-- migrate:upgrade\nSELECT '\uFFFD';\n");
        assertThat(statements(script.upgrade())).containsExactly("SELECT '\uFFFD'");
    }

    @Test
    void invalidUtf8NamesTheByteOffsetAndLine() {
        byte[] text = (HEADER + "-- migrate:upgrade\nSELECT 'caf").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = new byte[text.length + 3];
        System.arraycopy(text, 0, latin1, 0, text.length);
        latin1[text.length] = (byte) 0xE9;
        latin1[text.length + 1] = '\'';
        latin1[text.length + 2] = ';';

        assertThatThrownBy(() -> SqlScriptParser.parse("V.sql", latin1))
                .isInstanceOf(ScriptException.class)
                .hasMessage("V.sql line 7: not valid UTF-8: byte 0xE9 at offset " + text.length + "; save the file as UTF-8");
    }
}
