package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.diff.RemoveColumn;
import io.psm.migrate.autogenerate.render.GeneratedStatement;
import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.DatabaseKind;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AutogenerateResultTest {

    private final AutogenerateResult result = new AutogenerateResult(
            List.of(new RemoveColumn("users", Column.of("fax", DatabaseKind.POSTGRESQL.columnType("varchar(20)")))),
            List.of(new GeneratedStatement("ALTER TABLE users DROP COLUMN fax", List.of("Dropping column 'users.fax'"))),
            List.of(GeneratedStatement.of("ALTER TABLE users ADD COLUMN fax VARCHAR(20)")),
            List.of("Possible rename"));

    @Test
    void theUpgradeScriptStartsWithSchemaWarningsAndCommentsEachStatement() {
        assertThat(result.upgradeScript()).isEqualTo("""
                -- Possible rename
                -- Dropping column 'users.fax'
                ALTER TABLE users DROP COLUMN fax;
                """);
    }

    @Test
    void theDowngradeScriptHoldsItsOwnStatements() {
        assertThat(result.downgradeScript()).isEqualTo("ALTER TABLE users ADD COLUMN fax VARCHAR(20);\n");
    }

    @Test
    void warningsGatherSchemaWarningsAndStatementComments() {
        assertThat(result.warnings()).containsExactly("Possible rename", "Dropping column 'users.fax'");
    }

    @Test
    void reportLinesFollowTheChanges() {
        assertThat(result.reportLines()).containsExactly("Detected removed column 'users.fax'");
        assertThat(result.isEmpty()).isFalse();
    }
}
