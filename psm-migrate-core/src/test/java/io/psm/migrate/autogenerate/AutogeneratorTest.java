package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.IdentifierCase;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.psm.migrate.autogenerate.AutogenerateFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutogeneratorTest {

    @Test
    void aModelBuiltForAnotherDatabaseIsRejectedWithTheReason() {
        SchemaModel postgresModel = new SchemaModel(DatabaseKind.POSTGRESQL, IdentifierCase.LOWER, List.of(), List.of());
        try (TestDatabase database = TestDatabases.h2()) {
            assertThatThrownBy(() -> AutogenerateFixture.compare(database, AutogenerateSettings.defaults(), postgresModel))
                    .isInstanceOf(AutogenerateException.class)
                    .hasMessage("The entity model was built for PostgreSQL but the database is H2;"
                            + " build the model with the database's dialect");
        }
    }

    @Test
    void anExplicitSchemaIsReadAndQualifiesTheGeneratedSql() {
        try (TestDatabase database = TestDatabases.postgres()) {
            sql(database, "CREATE SCHEMA app", "CREATE TABLE app.users (id BIGINT)", "CREATE TABLE public.other (id BIGINT)");
            Table users = new Table("users", List.of(Column.of("id", DatabaseKind.POSTGRESQL.columnType("bigint")),
                    Column.of("email", DatabaseKind.POSTGRESQL.columnType("text"))), List.of(), List.of(), List.of(),
                    List.of(), List.of());
            SchemaModel target = new SchemaModel(DatabaseKind.POSTGRESQL, IdentifierCase.LOWER, List.of(users), List.of());

            AutogenerateResult result = AutogenerateFixture.compare(database,
                    AutogenerateSettings.defaults().withSchema("APP"), target);

            assertThat(result.reportLines()).containsExactly("Detected added column 'users.email'");
            assertThat(result.upgradeStatements()).containsExactly("ALTER TABLE app.users ADD COLUMN email TEXT");
        }
    }
}
