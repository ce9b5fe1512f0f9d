package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.diff.AddIndex;
import io.psm.migrate.autogenerate.diff.AddUniqueConstraint;
import io.psm.migrate.autogenerate.diff.RemoveIndex;
import io.psm.migrate.autogenerate.diff.RemoveUniqueConstraint;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.psm.migrate.autogenerate.AutogenerateFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

class IndexChangesTest {

    private static final String ITEM = "CREATE TABLE item (id BIGINT NOT NULL PRIMARY KEY, sku VARCHAR(255), label VARCHAR(255))";

    @Entity
    @Table(name = "item")
    static class Item {
        @Id
        Long id;
        String sku;
        String label;
    }

    @Entity
    @Table(name = "item", indexes = @Index(name = "ix_item_label_sku", columnList = "label, sku desc"))
    static class IndexedItem {
        @Id
        Long id;
        String sku;
        String label;
    }

    @Entity
    @Table(name = "item", uniqueConstraints = @UniqueConstraint(name = "uq_item_sku", columnNames = "sku"))
    static class UniqueItem {
        @Id
        Long id;
        String sku;
        String label;
    }

    @Entity
    @Table(name = "item")
    static class UniqueColumnItem {
        @Id
        Long id;
        @Column(unique = true)
        String sku;
        String label;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anAddedIndexIsCreatedWithItsColumnOrderAndDroppedAgain(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, ITEM);

            AutogenerateResult result = RoundTrip.run(database, IndexedItem.class);

            assertThat(result.changes()).singleElement().isInstanceOf(AddIndex.class);
            assertThat(result.reportLines()).containsExactly("Detected added index 'ix_item_label_sku' on '(label, sku)'");
            assertThat(result.upgradeStatements()).containsExactly("CREATE INDEX ix_item_label_sku ON item (label, sku DESC)");
            assertThat(result.downgradeStatements()).containsExactly("DROP INDEX ix_item_label_sku");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRemovedIndexIsDroppedAndReCreated(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, ITEM, "CREATE UNIQUE INDEX ux_item_label ON item (label)");

            AutogenerateResult result = RoundTrip.run(database, Item.class);

            assertThat(result.changes()).singleElement().isInstanceOf(RemoveIndex.class);
            assertThat(result.reportLines()).containsExactly("Detected removed index 'ux_item_label' on 'item'");
            assertThat(result.downgradeStatements()).containsExactly("CREATE UNIQUE INDEX ux_item_label ON item (label)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anAddedUniqueConstraintIsAddedAndDroppedAgain(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, ITEM);

            AutogenerateResult result = RoundTrip.run(database, UniqueItem.class);

            assertThat(result.changes()).singleElement().isInstanceOf(AddUniqueConstraint.class);
            assertThat(result.reportLines()).containsExactly("Detected added unique constraint 'uq_item_sku' on '(sku)'");
            if (kind != TestDatabase.Kind.SQLITE) { // SQLite rebuilds the table: SqliteMoveAndCopyTest
                assertThat(result.upgradeStatements())
                        .containsExactly("ALTER TABLE item ADD CONSTRAINT uq_item_sku UNIQUE (sku)");
                assertThat(result.downgradeStatements()).containsExactly("ALTER TABLE item DROP CONSTRAINT uq_item_sku");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRemovedUniqueConstraintIsDroppedAndReAddedUnderItsName(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            if (kind == TestDatabase.Kind.SQLITE) { // SQLite adds no constraint to a table: it is declared with it
                sql(database, ITEM.substring(0, ITEM.length() - 1) + ", CONSTRAINT uq_item_label UNIQUE (label))");
            } else {
                sql(database, ITEM, "ALTER TABLE item ADD CONSTRAINT uq_item_label UNIQUE (label)");
            }

            AutogenerateResult result = RoundTrip.run(database, Item.class);

            assertThat(result.changes()).singleElement().isInstanceOf(RemoveUniqueConstraint.class);
            assertThat(result.reportLines()).containsExactly("Detected removed unique constraint 'uq_item_label' on 'item'");
            if (kind != TestDatabase.Kind.SQLITE) { // SQLite rebuilds the table: SqliteMoveAndCopyTest
                assertThat(result.downgradeStatements())
                        .containsExactly("ALTER TABLE item ADD CONSTRAINT uq_item_label UNIQUE (label)");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anUnnamedUniqueConstraintMatchesTheColumnsWhateverTheDatabaseCalledIt(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, "CREATE TABLE item (id BIGINT NOT NULL PRIMARY KEY, sku VARCHAR(255) UNIQUE, label VARCHAR(255))");

            assertThat(AutogenerateFixture.compare(database, UniqueColumnItem.class).isEmpty()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aUniqueIndexStandsInForAUniqueConstraintOnTheSameColumns(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, ITEM, "CREATE UNIQUE INDEX ux_item_sku ON item (sku)");

            assertThat(AutogenerateFixture.compare(database, UniqueItem.class).isEmpty()).isTrue();
        }
    }
}
