package io.psm.migrate.dialect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifierQuotingTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void lowerCaseNameStaysBare(String dialect) {
        assertThat(Dialect.named(dialect).quote("alembic_version")).isEqualTo("alembic_version");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgresql | MyVersions    | \"MyVersions\"",
            "postgresql | user          | \"user\"",
            "postgresql | with space    | \"with space\"",
            "postgresql | 1st           | \"1st\"",
            "postgresql | a\"b          | \"a\"\"b\"",
            "h2         | value         | \"value\"",
            "h2         | Versions      | \"Versions\"",
    })
    void nameThatIsNotBareIsDoubleQuoted(String dialect, String identifier, String quoted) {
        assertThat(Dialect.named(dialect).quote(identifier)).isEqualTo(quoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void qualifyJoinsSchemaAndTableEachQuotedWhereNeeded(String dialect) {
        assertThat(Dialect.named(dialect).qualify(new TableName(Optional.of("App"), "psm_version")))
                .isEqualTo("\"App\".psm_version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void tableWithoutSchemaIsNotQualified(String dialect) {
        assertThat(Dialect.named(dialect).qualify(TableName.of("psm_history"))).isEqualTo("psm_history");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void blankTableNameIsRejected(String name) {
        assertThatThrownBy(() -> TableName.of(name)).isInstanceOf(IllegalArgumentException.class);
    }
}
