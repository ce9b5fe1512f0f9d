package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.CheckConstraint;
import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.ColumnType;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.ForeignKey;
import io.psm.migrate.autogenerate.schema.Generation;
import io.psm.migrate.autogenerate.schema.IdentifierCase;
import io.psm.migrate.autogenerate.schema.Index;
import io.psm.migrate.autogenerate.schema.IndexColumn;
import io.psm.migrate.autogenerate.schema.Nullability;
import io.psm.migrate.autogenerate.schema.ReferentialAction;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;
import io.psm.migrate.autogenerate.schema.Uniqueness;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaDiffTest {

    private static final ColumnType BIGINT = DatabaseKind.H2.columnType("bigint");
    private static final ColumnType TEXT = DatabaseKind.H2.columnType("varchar(255)");
    private static final Column ID = Column.of("ID", BIGINT).withNullability(Nullability.NOT_NULL);

    private final SchemaDiff diff = new SchemaDiff();

    @Test
    void identicalModelsHaveNoChangesAndNoWarnings() {
        SchemaModel model = schema(table("USERS", List.of(ID, Column.of("EMAIL", TEXT))));

        DiffResult result = diff.compare(model, model);

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void reportLinesShowCaseInsensitiveUpperCaseNamesInLowerCase() {
        SchemaModel database = schema(table("USERS", List.of(ID)));
        SchemaModel target = schema(table("USERS", List.of(ID, Column.of("EMAIL", TEXT))),
                table("\"Mixed\"", List.of(ID)));

        DiffResult result = diff.compare(target, database);

        assertThat(result.changes()).extracting(SchemaChange::reportLine)
                .containsExactly("Detected added table '\"Mixed\"'", "Detected added column 'users.email'");
    }

    @Test
    void aColumnDroppedNextToAnAddedOneIsFlaggedAsAPossibleRename() {
        DiffResult result = diff.compare(schema(table("USERS", List.of(ID, Column.of("MAIL", TEXT)))),
                schema(table("USERS", List.of(ID, Column.of("EMAIL", TEXT)))));

        assertThat(result.changes()).extracting(SchemaChange::reportLine).containsExactly(
                "Detected added column 'users.mail'", "Detected removed column 'users.email'");
        assertThat(result.warnings()).singleElement().asString()
                .startsWith("Column 'users.email' is dropped while 'mail' is added; a rename cannot be detected");
    }

    @Test
    void aDifferentDefaultIsAWarningNotAChange() {
        Column model = new Column("STATUS", TEXT, Nullability.NULL, Optional.of("'new'"), Generation.NONE);
        Column database = new Column("STATUS", TEXT, Nullability.NULL, Optional.of("'old'"), Generation.NONE);

        DiffResult result = diff.compare(schema(table("ORDERS", List.of(ID, model))),
                schema(table("ORDERS", List.of(ID, database))));

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.warnings()).containsExactly("Column 'orders.status' has default 'old' in the database but"
                + " 'new' in the model; default changes are not generated");
    }

    @Test
    void aDefaultSpelledWithAPostgresqlCastIsTheSameDefault() {
        Column model = new Column("STATUS", TEXT, Nullability.NULL, Optional.of("'new'"), Generation.NONE);
        Column database = new Column("STATUS", TEXT, Nullability.NULL, Optional.of("('new'::character varying)"),
                Generation.NONE);

        assertThat(diff.compare(schema(table("ORDERS", List.of(ID, model))),
                schema(table("ORDERS", List.of(ID, database)))).warnings()).isEmpty();
    }

    @Test
    void checkConstraintsAreNotComparedButAMissingOneIsAWarning() {
        Table model = new Table("ORDERS", List.of(ID), List.of("ID"), List.of(), List.of(), List.of(),
                List.of(new CheckConstraint(Optional.empty(), "id > 0")));

        DiffResult result = diff.compare(schema(model), schema(table("ORDERS", List.of(ID))));

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.warnings()).containsExactly("Table 'orders' has 0 check constraint(s) in the database but 1"
                + " in the model; check constraints are not compared");
    }

    @Test
    void foreignKeysMatchWhateverTheirNames() {
        ForeignKey modelKey = new ForeignKey("FK_1", List.of("OWNER"), "OWNERS", List.of("ID"), ReferentialAction.NO_ACTION);
        ForeignKey databaseKey = new ForeignKey("OTHER", List.of("OWNER"), "OWNERS", List.of("ID"),
                ReferentialAction.NO_ACTION);

        assertThat(diff.compare(schema(withKey(modelKey)), schema(withKey(databaseKey))).isEmpty()).isTrue();
    }

    @Test
    void anIndexWhoseColumnsChangedIsDroppedAndCreatedAgain() {
        Index model = new Index("IX_PETS", List.of(IndexColumn.ascending("OWNER")), Uniqueness.NON_UNIQUE);
        Index database = new Index("IX_PETS", List.of(IndexColumn.ascending("ID")), Uniqueness.NON_UNIQUE);

        DiffResult result = diff.compare(schema(withIndex(model)), schema(withIndex(database)));

        assertThat(result.changes()).containsExactly(new RemoveIndex("PETS", database), new AddIndex("PETS", model));
    }

    @Test
    void aUniqueConstraintInTheModelMatchesAUniqueIndexInTheDatabase() {
        Table model = new Table("PETS", List.of(ID, Column.of("OWNER", BIGINT)), List.of("ID"),
                List.of(new UniqueConstraint("UK_X", List.of("ID"))), List.of(), List.of(), List.of());
        Index unique = new Index("UX_PETS_ID", List.of(IndexColumn.ascending("ID")), Uniqueness.UNIQUE);

        assertThat(diff.compare(schema(model), schema(withIndex(unique))).isEmpty()).isTrue();
    }

    @Test
    void aDifferentPrimaryKeyIsAWarning() {
        Table model = new Table("PETS", List.of(ID), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(diff.compare(schema(model), schema(table("PETS", List.of(ID)))).warnings()).containsExactly(
                "The primary key of 'pets' is (id) in the database but () in the model;"
                        + " primary-key changes are not generated");
    }

    @Test
    void aSequenceOnlyADroppedTableUsesIsDroppedWithIt() {
        Column id = new Column("ID", BIGINT, Nullability.NOT_NULL, Optional.of("NEXT VALUE FOR \"PUBLIC\".\"OLD_SEQ\""),
                Generation.NONE);
        SchemaModel database = new SchemaModel(DatabaseKind.H2, IdentifierCase.UPPER, List.of(table("OLD", List.of(id))),
                List.of(new Sequence("OLD_SEQ", 1, 1)));

        DiffResult result = diff.compare(schema(), database);

        assertThat(result.changes()).extracting(SchemaChange::reportLine)
                .containsExactly("Detected removed table 'old'", "Detected removed sequence 'old_seq'");
    }

    @Test
    void everyChangeIsUndoneByItsInverse() {
        SchemaModel database = schema(table("USERS", List.of(ID, Column.of("FAX", TEXT))));
        SchemaModel target = schema(table("USERS", List.of(ID, Column.of("PHONE", TEXT))), table("PETS", List.of(ID)));

        DiffResult forward = diff.compare(target, database);
        DiffResult backward = diff.compare(database, target);

        assertThat(forward.changes()).extracting(SchemaChange::inverse)
                .containsExactlyInAnyOrderElementsOf(backward.changes());
    }

    private static SchemaModel schema(Table... tables) {
        return new SchemaModel(DatabaseKind.H2, IdentifierCase.UPPER, List.of(tables), List.of());
    }

    private static Table table(String name, List<Column> columns) {
        return new Table(name, columns, List.of("ID"), List.of(), List.of(), List.of(), List.of());
    }

    private static Table withKey(ForeignKey key) {
        return new Table("PETS", List.of(ID, Column.of("OWNER", BIGINT)), List.of("ID"), List.of(), List.of(),
                List.of(key), List.of());
    }

    private static Table withIndex(Index index) {
        return new Table("PETS", List.of(ID, Column.of("OWNER", BIGINT)), List.of("ID"), List.of(), List.of(index),
                List.of(), List.of());
    }
}
