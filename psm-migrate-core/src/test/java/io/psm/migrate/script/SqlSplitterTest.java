package io.psm.migrate.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SqlSplitterTest {

    private static List<SqlStatement> split(String sql) {
        return new ScriptBody.SqlBody(sql, 1, "test.sql").statements();
    }

    private static List<String> texts(String sql) {
        return split(sql).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void semicolonsEndStatements() {
        assertThat(texts("CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n"))
                .containsExactly("CREATE TABLE a (id INT)", "INSERT INTO a VALUES (1)");
    }

    @Test
    void trailingStatementWithoutSemicolonCounts() {
        assertThat(texts("SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void commentOnlyChunksAndEmptyStatementsAreDropped() {
        assertThat(texts("-- only a comment;\n/* another; */\n;\n;SELECT 1;\n-- trailing\n")).containsExactly("SELECT 1");
    }

    @Test
    void emptySectionHasNoStatements() {
        assertThat(split("\n  \n-- nothing here\n")).isEmpty();
    }

    @Test
    void semicolonInsideStringWithDoubledQuoteDoesNotSplit() {
        assertThat(texts("INSERT INTO t VALUES ('it''s; fine');SELECT 2"))
                .containsExactly("INSERT INTO t VALUES ('it''s; fine')", "SELECT 2");
    }

    @Test
    void backslashQuoteInsideEscapeStringDoesNotCloseIt() {
        assertThat(texts("SELECT E'it\\'s; fine', e'\\\\';SELECT 2"))
                .containsExactly("SELECT E'it\\'s; fine', e'\\\\'", "SELECT 2");
    }

    @Test
    void backslashInsidePlainStringIsAnOrdinaryCharacter() {
        assertThat(texts("SELECT 'C:\\';SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void semicolonInsideQuotedIdentifierDoesNotSplit() {
        assertThat(texts("CREATE TABLE \"odd;\"\"name\" (id INT);SELECT 2"))
                .containsExactly("CREATE TABLE \"odd;\"\"name\" (id INT)", "SELECT 2");
    }

    @Test
    void quotesAndSemicolonsInsideLineCommentsAreIgnored() {
        assertThat(texts("SELECT 1 -- it's; a comment\n, 2;\nSELECT 3"))
                .containsExactly("SELECT 1 -- it's; a comment\n, 2", "SELECT 3");
    }

    @Test
    void nestedBlockCommentsCloseOnlyAtTheOuterEnd() {
        assertThat(texts("SELECT /* outer /* inner; */ still comment; ' */ 1;SELECT 2"))
                .containsExactly("SELECT /* outer /* inner; */ still comment; ' */ 1", "SELECT 2");
    }

    @Test
    void commentsAfterTheLastTokenAreNotPartOfTheStatement() {
        assertThat(texts("SELECT 1 -- done\n /* really */ ;")).containsExactly("SELECT 1");
    }

    @Test
    void dollarQuotedDoBlockIsOneStatement() {
        String block = "DO $$\nBEGIN\n  PERFORM 1;\nEND $$";
        assertThat(split(block + ";\nSELECT 2;"))
                .extracting(SqlStatement::sql, SqlStatement::transactionControl)
                .containsExactly(tuple(block, false), tuple("SELECT 2", false));
    }

    @Test
    void taggedDollarQuoteMayContainPlainDollarQuotes() {
        String function = "CREATE FUNCTION f() RETURNS text AS $body$ SELECT $$a;b$$; $body$ LANGUAGE sql";
        assertThat(texts(function + ";SELECT 2")).containsExactly(function, "SELECT 2");
    }

    @Test
    void positionalParameterIsNotADollarQuote() {
        assertThat(texts("PREPARE p (int) AS SELECT $1;SELECT 2;SELECT $2")).containsExactly(
                "PREPARE p (int) AS SELECT $1", "SELECT 2", "SELECT $2");
    }

    @Test
    void dollarInsideAnIdentifierIsNotADollarQuote() {
        assertThat(texts("SELECT a$b$ FROM t;SELECT 2")).containsExactly("SELECT a$b$ FROM t", "SELECT 2");
    }

    @Test
    void beginAtomicBodyWithCaseIsOneStatement() {
        String function = """
                CREATE OR REPLACE FUNCTION grade(score int) RETURNS text LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN score > 5 THEN 'high' ELSE 'low' END;
                  SELECT 'done';
                END""";
        assertThat(split(function + ";\nCOMMIT;"))
                .extracting(SqlStatement::sql, SqlStatement::transactionControl)
                .containsExactly(tuple(function, false), tuple("COMMIT", true));
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplit() {
        String rule = "CREATE RULE log AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))";
        assertThat(texts(rule + ";SELECT 2")).containsExactly(rule, "SELECT 2");
    }

    @Test
    void unclosedParenthesisNamesTheLineWhereItOpened() {
        assertThatThrownBy(() -> split("SELECT 1;\nCREATE TABLE t (id INT;\nSELECT 2;\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("test.sql line 2: parenthesis opened here is not closed");
    }

    @Test
    void strayClosingParenthesisDoesNotSwallowLaterStatements() {
        assertThat(texts("SELECT 1);SELECT 2")).containsExactly("SELECT 1)", "SELECT 2");
    }

    @Test
    void unclosedBeginAtomicBodyNamesItsLine() {
        assertThatThrownBy(() -> split("SELECT 1;\nCREATE PROCEDURE p() BEGIN ATOMIC\nSELECT 1;\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("test.sql line 2: BEGIN ATOMIC body is not closed by END");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BEGIN", "begin", "BEGIN TRANSACTION", "Begin Work", "START TRANSACTION",
            "COMMIT", "commit work", "END", "end transaction", "ROLLBACK", "ROLLBACK WORK", "BEGIN -- go\n"})
    void transactionControlStatementsAreFlagged(String statement) {
        assertThat(split("SELECT 1;\n" + statement + ";\nSELECT 2")).extracting(SqlStatement::transactionControl)
                .containsExactly(false, true, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROLLBACK TO SAVEPOINT s", "BEGIN ISOLATION LEVEL SERIALIZABLE", "COMMIT PREPARED 'x'",
            "SELECT begin FROM t", "END_DATE", "\"BEGIN\""})
    void statementsThatOnlyStartLikeTransactionControlAreNotFlagged(String statement) {
        assertThat(split(statement)).singleElement().extracting(SqlStatement::transactionControl).isEqualTo(false);
    }

    @Test
    void lineIsTheFileLineOfTheFirstCharacterAfterLeadingComments() {
        List<SqlStatement> statements = new ScriptBody.SqlBody(
                "\n-- about a\n/* more\n   about a */\n  SELECT 'a\nb';\n\nSELECT 2;", 10, "test.sql").statements();
        assertThat(statements).extracting(SqlStatement::line).containsExactly(14, 17);
    }

    @Test
    void crlfAndLoneCarriageReturnsEachCountOneLine() {
        assertThat(split("SELECT 1;\r\n\r\nSELECT 2;\rSELECT 3;")).extracting(SqlStatement::line).containsExactly(1, 3, 4);
    }

    static Stream<Arguments> unclosedBodies() {
        return Stream.of(
                Arguments.of("SELECT 1;\nSELECT 'open;\n;", 2, "string literal opened here is not closed"),
                Arguments.of("SELECT 1;\n\nSELECT E'open\\';", 3, "escape string literal opened here is not closed"),
                Arguments.of("SELECT \"open;", 1, "quoted identifier opened here is not closed"),
                Arguments.of("SELECT 1;\n/* open /* nested */ ;", 2, "block comment opened here is not closed"),
                Arguments.of("SELECT 1;\nDO $body$ BEGIN END $$;", 2, "dollar-quoted body $body$ opened here is not closed"));
    }

    @ParameterizedTest
    @MethodSource("unclosedBodies")
    void unclosedQuoteOrCommentNamesTheFileAndTheLineWhereItOpened(String sql, int line, String problem) {
        assertThatThrownBy(() -> split(sql))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.location()).contains("test.sql");
                    assertThat(e.line()).hasValue(line);
                })
                .hasMessage("test.sql line " + line + ": " + problem);
    }
}
