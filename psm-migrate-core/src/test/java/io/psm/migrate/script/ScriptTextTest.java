package io.psm.migrate.script;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptTextTest {

    private static final String REST = "-- Revises:\n\n-- migrate:upgrade\nCREATE TABLE t (id INT);\n";

    @Test
    void aLoneCarriageReturnInsideAHeaderLineIsNamedWithItsLine() {
        String file = "-- Add t\n--\n-- Revision\rID: aaaa1111\n" + REST;

        assertThatThrownBy(() -> parse(file))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("a1_add_t.sql line 3: this header line ends in a lone carriage return (CR), so the text after it"
                        + " ('ID: aaaa1111') starts a line of its own that is not a comment; save the file with LF or"
                        + " CRLF line endings");
    }

    @Test
    void carriageReturnsThatEndWholeCommentLinesAreLineBreaks() {
        String oldMac = "-- Add t\r--\r-- Revision ID: aaaa1111\r-- Revises:\r\r-- migrate:upgrade\rCREATE TABLE t (id INT);\r";
        String windows = oldMac.replace("\r", "\r\n");

        assertThat(parse(oldMac).id()).isEqualTo("aaaa1111");
        assertThat(parse(windows).id()).isEqualTo("aaaa1111");
        assertThat(parse(oldMac).checksum()).isEqualTo(parse(windows).checksum());
    }

    @Test
    void aLoneCarriageReturnAfterTheMarkerIsALineBreakAsBefore() {
        String file = "-- Add t\n--\n-- Revision ID: aaaa1111\n" + REST + "-- note\rCREATE TABLE u (id INT);\n";

        assertThat(parse(file).id()).isEqualTo("aaaa1111");
    }

    private static MigrationScript parse(String text) {
        return SqlScriptParser.parse("db/migrations/a1_add_t.sql", text.getBytes(StandardCharsets.UTF_8));
    }
}
