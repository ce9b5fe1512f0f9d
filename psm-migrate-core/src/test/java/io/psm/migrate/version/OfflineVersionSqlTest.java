package io.psm.migrate.version;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.dialect.TableName;
import io.psm.migrate.plan.VersionChange;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfflineVersionSqlTest {

    private final VersionTables tables = new VersionTables(Dialect.named("postgresql"),
            new TableName(Optional.of("app"), "alembic_version"), TableName.of("psm_history"));

    @Test
    void insertIsRenderedWithALiteralId() {
        assertThat(tables.literalSql(new VersionChange.Insert("ae1027a6acf")))
                .isEqualTo("INSERT INTO app.alembic_version (version_num) VALUES ('ae1027a6acf')");
    }

    @Test
    void updateIsRenderedWithBothIds() {
        assertThat(tables.literalSql(new VersionChange.Update("a1", "b2")))
                .isEqualTo("UPDATE app.alembic_version SET version_num = 'b2' WHERE version_num = 'a1'");
    }

    @Test
    void deleteIsRenderedWithALiteralId() {
        assertThat(tables.literalSql(new VersionChange.Delete("a1")))
                .isEqualTo("DELETE FROM app.alembic_version WHERE version_num = 'a1'");
    }

    @Test
    void idThatIsNotARevisionIdIsNeverWrittenAsALiteral() {
        assertThatThrownBy(() -> tables.literalSql(new VersionChange.Insert("x'); DROP TABLE t; --")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createVersionTableSqlHasAlembicsShape() {
        assertThat(tables.createVersionTableSql()).isEqualTo("""
                CREATE TABLE app.alembic_version (
                    version_num VARCHAR(32) NOT NULL,
                    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
                )""");
    }
}
