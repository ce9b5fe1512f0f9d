package io.psm.migrate.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every malformed file is a {@link ScriptException} that names the file and, where it helps, the line. */
class SqlScriptParserErrorsTest {

    private static final String HEADER = "-- Msg\n-- Revision ID: r1\n-- Revises: r0\n";

    static Stream<Arguments> malformedScripts() {
        return Stream.of(
                Arguments.of("", "V.sql: the file is empty"),
                Arguments.of(" \n\n", "V.sql: the file is empty"),
                Arguments.of("CREATE TABLE t (id INT);\n",
                        "V.sql: the file has no header: a migration script starts with a comment block giving its"
                                + " 'Revision ID:' and 'Revises:'"),
                Arguments.of("-- Msg\n-- Revises: r0\n-- migrate:upgrade\n", "V.sql: the header has no 'Revision ID:' line"),
                Arguments.of("-- Msg\n-- Revision ID: not-an-id\n-- Revises:\n-- migrate:upgrade\n",
                        "V.sql line 2: 'Revision ID:' has 'not-an-id', which is not a revision id"
                                + " (1 to 32 letters, digits or underscores)"),
                Arguments.of("-- Msg\n-- Revision ID: " + "a".repeat(33) + "\n-- Revises:\n-- migrate:upgrade\n",
                        "V.sql line 2: 'Revision ID:' has '" + "a".repeat(33) + "', which is not a revision id"
                                + " (1 to 32 letters, digits or underscores)"),
                Arguments.of("-- Msg\n-- Revision ID: r1\n-- migrate:upgrade\n",
                        "V.sql line 2: the header has no 'Revises:' line (write 'Revises:' with nothing after it for a"
                                + " root revision)"),
                Arguments.of("-- Msg\n-- Revision ID: r1\n-- Revises: r0, bad id\n-- migrate:upgrade\n",
                        "V.sql line 3: 'Revises:' has 'bad id', which is not a revision id"
                                + " (1 to 32 letters, digits or underscores)"),
                Arguments.of("-- Msg\n-- Revision ID: r1\n-- Revises: r0,\n-- migrate:upgrade\n",
                        "V.sql line 3: 'Revises:' has '', which is not a revision id"
                                + " (1 to 32 letters, digits or underscores)"),
                Arguments.of(HEADER + "-- Depends On: x.y\n-- migrate:upgrade\n",
                        "V.sql line 4: 'Depends On:' has 'x.y', which is not a revision id"
                                + " (1 to 32 letters, digits or underscores)"),
                Arguments.of(HEADER + "-- Revises: r2\n-- migrate:upgrade\n",
                        "V.sql line 4: 'Revises:' appears twice in the header (first on line 3)"),
                Arguments.of(HEADER + "-- Revison ID: r1\n-- migrate:upgrade\n",
                        "V.sql line 4: unknown header key 'Revison ID'; did you mean 'Revision ID'?"),
                Arguments.of(HEADER + "-- Depend On: r9\n-- migrate:upgrade\n",
                        "V.sql line 4: unknown header key 'Depend On'; did you mean 'Depends On'?"),
                Arguments.of(HEADER + "-- Transactional: no\n-- migrate:upgrade\n",
                        "V.sql line 4: 'Transactional: no' is not understood; write 'Transactional: false' to run the"
                                + " revision outside a transaction"),
                Arguments.of(HEADER + "-- Branch Labels: my label\n-- migrate:upgrade\n",
                        "V.sql line 4: branch label 'my label' is not valid: labels are separated by commas and contain"
                                + " no spaces or '@'"),
                Arguments.of(HEADER + "\nSELECT 1;\n",
                        "V.sql: the file has no '-- migrate:upgrade' line; the upgrade statements follow that line"),
                Arguments.of(HEADER + "-- migrate:upgrade\nSELECT 1;\n-- migrate:upgrade\n",
                        "V.sql line 6: a second '-- migrate:upgrade' line (the first is on line 4)"),
                Arguments.of(HEADER + "-- migrate:upgrade\n-- migrate:downgrade\n-- migrate:downgrade\n",
                        "V.sql line 6: a second '-- migrate:downgrade' line (the first is on line 5)"),
                Arguments.of(HEADER + "-- migrate:downgrade\nSELECT 2;\n-- migrate:upgrade\nSELECT 1;\n",
                        "V.sql line 4: '-- migrate:downgrade' comes before '-- migrate:upgrade' (line 6)"),
                Arguments.of(HEADER + "-- migrate:up\n",
                        "V.sql line 4: unknown marker '-- migrate:up'; the markers are '-- migrate:upgrade' and"
                                + " '-- migrate:downgrade'"),
                Arguments.of(HEADER + "SELECT 0;\n-- migrate:upgrade\nSELECT 1;\n",
                        "V.sql line 4: SQL before '-- migrate:upgrade'; only the header comments may stand there"));
    }

    @ParameterizedTest
    @MethodSource("malformedScripts")
    void malformedScriptIsAnErrorNamingFileAndLine(String text, String message) {
        assertThatThrownBy(() -> SqlScriptParser.parse("V.sql", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ScriptException.class)
                .hasMessage(message);
    }

    @Test
    void misspeltKeyOnTheFirstLineIsTakenAsTheMessage() {
        assertThatThrownBy(() -> SqlScriptParser.parse("V.sql",
                "-- Revison ID: r1\n-- Revises:\n-- migrate:upgrade\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("V.sql: the header has no 'Revision ID:' line");
    }
}
