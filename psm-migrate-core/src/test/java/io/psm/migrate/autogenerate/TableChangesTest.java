package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.diff.AddTable;
import io.psm.migrate.autogenerate.diff.RemoveTable;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.psm.migrate.autogenerate.AutogenerateFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

class TableChangesTest {

    private static final String GADGET = "CREATE TABLE gadget (id BIGINT NOT NULL PRIMARY KEY, label VARCHAR(255))";

    @Entity
    @Table(name = "gadget")
    static class Gadget {
        @Id
        Long id;
        String label;
    }

    @Entity
    @Table(name = "author")
    static class Author {
        @Id
        Long id;
        String name;
    }

    @Entity
    @Table(name = "book")
    static class Book {
        @Id
        Long id;
        @ManyToOne
        Author author;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anAddedTableIsCreatedAndDroppedAgain(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            AutogenerateResult result = RoundTrip.run(database, Gadget.class);

            assertThat(result.changes()).singleElement().isInstanceOf(AddTable.class);
            assertThat(result.reportLines()).containsExactly("Detected added table 'gadget'");
            assertThat(result.upgradeStatements()).containsExactly("CREATE TABLE gadget (\n    id BIGINT NOT NULL,\n"
                    + "    label VARCHAR(255),\n    PRIMARY KEY (id)\n)");
            assertThat(result.downgradeStatements()).containsExactly("DROP TABLE gadget");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRemovedTableIsDroppedAndReCreatedWithAllItsConstraints(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, GADGET, "CREATE TABLE legacy_log (id BIGINT NOT NULL PRIMARY KEY,"
                            + " gadget_id BIGINT NOT NULL, code VARCHAR(10) DEFAULT 'x', level INTEGER,"
                            + " message VARCHAR(100), CONSTRAINT uq_legacy_code UNIQUE (code),"
                            + " CONSTRAINT ck_legacy_level CHECK (level > 0),"
                            + " CONSTRAINT fk_legacy_gadget FOREIGN KEY (gadget_id) REFERENCES gadget (id) ON DELETE CASCADE)",
                    "CREATE INDEX ix_legacy_message ON legacy_log (message, level DESC)");

            AutogenerateResult result = RoundTrip.run(database, Gadget.class);

            assertThat(result.changes()).singleElement().isInstanceOf(RemoveTable.class);
            assertThat(result.reportLines()).containsExactly("Detected removed table 'legacy_log'");
            assertThat(result.warnings()).containsExactly("Dropping table 'legacy_log' deletes all its rows");
            assertThat(result.upgradeStatements()).containsExactly(kind == TestDatabase.Kind.SQLITE
                    ? new String[] {"DROP TABLE legacy_log"}
                    : new String[] {"ALTER TABLE legacy_log DROP CONSTRAINT fk_legacy_gadget", "DROP TABLE legacy_log"});
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoNewTablesAreCreatedBeforeTheForeignKeyBetweenThemAndDroppedAfterIt(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            AutogenerateResult result = RoundTrip.run(database, Book.class, Author.class);

            assertThat(result.reportLines())
                    .containsExactly("Detected added table 'author'", "Detected added table 'book'");
            List<String> upgrade = result.upgradeStatements();
            if (kind == TestDatabase.Kind.SQLITE) { // the key is declared inside CREATE TABLE
                assertThat(upgrade).hasSize(2).last().asString().contains("FOREIGN KEY (author_id) REFERENCES author (id)");
                return;
            }
            assertThat(upgrade).hasSize(3);
            assertThat(upgrade.get(0)).startsWith("CREATE TABLE author");
            assertThat(upgrade.get(1)).startsWith("CREATE TABLE book");
            assertThat(upgrade.get(2)).matches("ALTER TABLE book ADD CONSTRAINT \\w+ FOREIGN KEY \\(author_id\\)"
                    + " REFERENCES author \\(id\\)");
            assertThat(result.downgradeStatements()).hasSize(3).first().asString()
                    .matches("ALTER TABLE book DROP CONSTRAINT \\w+");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void excludedTablesAreLeftAloneOnBothSides(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, "CREATE TABLE psm_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                    "CREATE TABLE audit_2025 (id BIGINT)", "CREATE TABLE audit_2026 (id BIGINT)",
                    kind == TestDatabase.Kind.SQLITE ? "CREATE TABLE audit_seq (next_val BIGINT)" : "CREATE SEQUENCE audit_seq");
            AutogenerateSettings settings = AutogenerateSettings.defaults().excluding("psm_version", "AUDIT_*", "gadget");

            AutogenerateResult result = AutogenerateFixture.compare(database, settings,
                    AutogenerateFixture.target(database, Gadget.class));

            assertThat(result.isEmpty()).isTrue();
            assertThat(result.upgradeStatements()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aTableRemovedWhileAnotherIsAddedIsFlaggedAsAPossibleRename(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, "CREATE TABLE widget (id BIGINT NOT NULL PRIMARY KEY, label VARCHAR(255))");

            AutogenerateResult result = AutogenerateFixture.compare(database, Gadget.class);

            assertThat(result.reportLines())
                    .containsExactly("Detected added table 'gadget'", "Detected removed table 'widget'");
            assertThat(result.schemaWarnings()).singleElement().asString()
                    .startsWith("Table 'widget' is dropped while 'gadget' is created; a rename cannot be detected");
            assertThat(result.upgradeScript()).startsWith("-- Table 'widget' is dropped while 'gadget' is created");
        }
    }
}
