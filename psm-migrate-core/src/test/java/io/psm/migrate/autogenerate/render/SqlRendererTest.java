package io.psm.migrate.autogenerate.render;

import io.psm.migrate.autogenerate.diff.AddColumn;
import io.psm.migrate.autogenerate.diff.AddSequence;
import io.psm.migrate.autogenerate.diff.AddTable;
import io.psm.migrate.autogenerate.diff.AlterColumnType;
import io.psm.migrate.autogenerate.diff.RemoveForeignKey;
import io.psm.migrate.autogenerate.diff.RemoveIndex;
import io.psm.migrate.autogenerate.diff.RemoveTable;
import io.psm.migrate.autogenerate.schema.CheckConstraint;
import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.ForeignKey;
import io.psm.migrate.autogenerate.schema.Generation;
import io.psm.migrate.autogenerate.schema.IdentifierCase;
import io.psm.migrate.autogenerate.schema.Index;
import io.psm.migrate.autogenerate.schema.IndexColumn;
import io.psm.migrate.autogenerate.schema.Nullability;
import io.psm.migrate.autogenerate.schema.ReferentialAction;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.SortOrder;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;
import io.psm.migrate.autogenerate.schema.Uniqueness;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SqlRendererTest {

    private static final SqlRenderer POSTGRESQL =
            SqlRenderer.forDatabase(DatabaseKind.POSTGRESQL, IdentifierCase.LOWER, Optional.empty());
    private static final SqlRenderer H2 = SqlRenderer.forDatabase(DatabaseKind.H2, IdentifierCase.UPPER, Optional.empty());

    @Test
    void h2NamesThatFoldBackAreWrittenUnquotedInLowerCase() {
        AddColumn change = new AddColumn("USERS", Column.of("PHONE", DatabaseKind.H2.columnType("varchar(20)")));

        assertThat(sql(H2.render(List.of(change)))).containsExactly("ALTER TABLE users ADD COLUMN phone VARCHAR(20)");
    }

    @Test
    void mixedCaseNamesAndReservedWordsAreQuotedExactly() {
        AddColumn h2Change = new AddColumn("Users", Column.of("VALUE", DatabaseKind.H2.columnType("int")));
        AddColumn postgresChange = new AddColumn("order", Column.of("Phone", DatabaseKind.POSTGRESQL.columnType("int")));

        assertThat(sql(H2.render(List.of(h2Change)))).containsExactly("ALTER TABLE \"Users\" ADD COLUMN \"VALUE\" INTEGER");
        assertThat(sql(POSTGRESQL.render(List.of(postgresChange))))
                .containsExactly("ALTER TABLE \"order\" ADD COLUMN \"Phone\" INTEGER");
    }

    @Test
    void anExplicitSchemaQualifiesTablesIndexesAndSequences() {
        SqlRenderer renderer = SqlRenderer.forDatabase(DatabaseKind.POSTGRESQL, IdentifierCase.LOWER, Optional.of("app"));
        Index index = new Index("ix_users_email", List.of(IndexColumn.ascending("email")), Uniqueness.NON_UNIQUE);

        assertThat(sql(renderer.render(List.of(new RemoveIndex("users", index), new AddSequence(new Sequence("s", 1, 50))))))
                .containsExactly("DROP INDEX app.ix_users_email", "CREATE SEQUENCE app.s START WITH 1 INCREMENT BY 50");
    }

    @Test
    void postgresqlCastsWhenTheTypeFamilyChanges() {
        Column code = Column.of("code", DatabaseKind.POSTGRESQL.columnType("varchar(10)"));

        assertThat(sql(POSTGRESQL.render(List.of(new AlterColumnType("t", code, DatabaseKind.POSTGRESQL.columnType("int"))))))
                .containsExactly("ALTER TABLE t ALTER COLUMN code TYPE INTEGER USING code::INTEGER");
    }

    @Test
    void h2ChangesATypeWithSetDataType() {
        Column code = Column.of("CODE", DatabaseKind.H2.columnType("varchar(10)"));

        assertThat(sql(H2.render(List.of(new AlterColumnType("T", code, DatabaseKind.H2.columnType("varchar(20)"))))))
                .containsExactly("ALTER TABLE t ALTER COLUMN code SET DATA TYPE VARCHAR(20)");
    }

    @Test
    void tablesAndSequencesAreCreatedBeforeForeignKeysAndDroppedAfterThem() {
        Table pets = pets();
        List<String> statements = sql(POSTGRESQL.render(List.of(new AddTable(pets), new AddSequence(new Sequence("s", 1, 1)))));

        assertThat(statements).hasSize(4);
        assertThat(statements.get(0)).startsWith("CREATE SEQUENCE s");
        assertThat(statements.get(1)).startsWith("CREATE TABLE pets");
        assertThat(statements.get(2)).isEqualTo("CREATE INDEX ix_pets_owner ON pets (owner DESC)");
        assertThat(statements.get(3)).isEqualTo("ALTER TABLE pets ADD CONSTRAINT fk_pets_owner FOREIGN KEY (owner)"
                + " REFERENCES owners (id) ON DELETE CASCADE");
        assertThat(sql(POSTGRESQL.render(List.of(new RemoveTable(pets), new RemoveForeignKey("x", key())))))
                .containsExactly("ALTER TABLE pets DROP CONSTRAINT fk_pets_owner", "ALTER TABLE x DROP CONSTRAINT fk_pets_owner",
                        "DROP TABLE pets");
    }

    @Test
    void aCreatedTableCarriesItsKeyUniqueAndCheckConstraints() {
        assertThat(sql(POSTGRESQL.render(List.of(new AddTable(pets())))).get(0)).isEqualTo("""
                CREATE TABLE pets (
                    id BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
                    owner BIGINT,
                    PRIMARY KEY (id),
                    CONSTRAINT uq_pets_owner UNIQUE (owner, id),
                    CHECK (id > 0),
                    CONSTRAINT ck_owner CHECK (owner <> id)
                )""");
    }

    @Test
    void theWarningsOfAChangeAreCommentsOfItsMainStatement() {
        List<GeneratedStatement> statements = POSTGRESQL.render(List.of(new RemoveTable(pets())));

        assertThat(statements).extracting(GeneratedStatement::comments)
                .containsExactly(List.of(), List.of("Dropping table 'pets' deletes all its rows"));
        assertThat(statements.get(1).scriptText())
                .isEqualTo("-- Dropping table 'pets' deletes all its rows\nDROP TABLE pets;\n");
    }

    private static Table pets() {
        Column id = new Column("id", DatabaseKind.POSTGRESQL.columnType("bigint"),
                Nullability.NOT_NULL, Optional.empty(),
                Generation.IDENTITY);
        Index index = new Index("ix_pets_owner", List.of(new IndexColumn("owner", SortOrder.DESC)),
                Uniqueness.NON_UNIQUE);
        return new Table("pets", List.of(id, Column.of("owner", DatabaseKind.POSTGRESQL.columnType("int8"))), List.of("id"),
                List.of(new UniqueConstraint("uq_pets_owner", List.of("owner", "id"))), List.of(index), List.of(key()), List.of(new CheckConstraint(Optional.empty(), "id > 0"),
                new CheckConstraint(Optional.of("ck_owner"), "owner <> id")));
    }

    private static ForeignKey key() {
        return new ForeignKey("fk_pets_owner", List.of("owner"), "owners", List.of("id"), ReferentialAction.CASCADE);
    }

    private static List<String> sql(List<GeneratedStatement> statements) {
        return statements.stream().map(GeneratedStatement::sql).toList();
    }
}
