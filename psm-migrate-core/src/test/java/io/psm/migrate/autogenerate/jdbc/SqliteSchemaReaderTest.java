package io.psm.migrate.autogenerate.jdbc;

import io.psm.migrate.autogenerate.schema.CheckConstraint;
import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.ForeignKey;
import io.psm.migrate.autogenerate.schema.Generation;
import io.psm.migrate.autogenerate.schema.ReferentialAction;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What SQLite's pragmas do not tell, read from the text of its CREATE TABLE statements. */
class SqliteSchemaReaderTest {

    @Test
    void constraintNamesAndChecksComeFromTheTableTextWhateverItsQuotesAndComments() {
        try (TestDatabase database = TestDatabases.sqlite()) {
            database.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, code VARCHAR(10))",
                    """
                    CREATE TABLE "Child" ( -- a comment with a , comma
                        id BIGINT NOT NULL PRIMARY KEY,
                        [parent id] BIGINT CONSTRAINT `fk child, parent` REFERENCES parent ON DELETE SET NULL,
                        code VARCHAR(10) UNIQUE,
                        qty INTEGER DEFAULT (1 + 1) CONSTRAINT ck_qty CHECK (qty > (0)),
                        /* a constraint of the table: */ CONSTRAINT "uq code,qty" UNIQUE (code, qty),
                        CHECK (length(code) < 9)
                    )""");

            Table child = table(read(database), "Child");

            assertThat(child.foreignKeys()).containsExactly(new ForeignKey("fk child, parent", List.of("parent id"),
                    "parent", List.of("id"), ReferentialAction.SET_NULL));
            assertThat(child.uniqueConstraints()).containsExactlyInAnyOrder(
                    new UniqueConstraint("sqlite_autoindex_Child_2", List.of("code")),
                    new UniqueConstraint("uq code,qty", List.of("code", "qty")));
            assertThat(child.checks()).containsExactly(new CheckConstraint(Optional.of("ck_qty"), "qty > (0)"),
                    new CheckConstraint(Optional.empty(), "length(code) < 9"));
            assertThat(child.column("qty")).map(Column::defaultValue).contains(Optional.of("1 + 1"));
        }
    }

    @Test
    void onlyAnIntegerKeyOfItsOwnIsTheRowIdAndSoAnIdentity() {
        try (TestDatabase database = TestDatabases.sqlite()) {
            database.execute("CREATE TABLE a (id INTEGER PRIMARY KEY)", "CREATE TABLE b (id INT PRIMARY KEY)",
                    "CREATE TABLE c (id integer NOT NULL, x INTEGER, PRIMARY KEY (id))",
                    "CREATE TABLE d (id INTEGER, x INTEGER, PRIMARY KEY (id, x))");

            DatabaseSnapshot snapshot = read(database);

            assertThat(identity(snapshot, "a")).isEqualTo(Generation.IDENTITY);
            assertThat(identity(snapshot, "b")).isEqualTo(Generation.NONE);
            assertThat(identity(snapshot, "c")).isEqualTo(Generation.IDENTITY);
            assertThat(identity(snapshot, "d")).isEqualTo(Generation.NONE);
            assertThat(table(snapshot, "b").columns()).singleElement().extracting(Column::isNotNull).isEqualTo(true);
        }
    }

    @Test
    void whatAMoveAndCopyWouldLeaveOutIsAWarning() {
        try (TestDatabase database = TestDatabases.sqlite()) {
            database.execute("CREATE TABLE log (id INTEGER PRIMARY KEY AUTOINCREMENT, tag TEXT COLLATE NOCASE)",
                    "CREATE TABLE log_copy (id INTEGER PRIMARY KEY, tag TEXT)",
                    "CREATE INDEX ix_log_upper ON log (upper(tag))",
                    "CREATE TRIGGER log_copied AFTER INSERT ON log BEGIN INSERT INTO log_copy VALUES (new.id, new.tag); END");

            DatabaseSnapshot snapshot = read(database);

            assertThat(snapshot.warnings()).containsExactly(
                    "Table 'log' uses AUTOINCREMENT, COLLATE, which autogenerate does not model: a move and copy of"
                            + " the table would leave it out",
                    "Index 'ix_log_upper' on 'log' uses expressions or a filter; it is not compared",
                    "Trigger 'log_copied' on 'log' is not modelled: a move and copy of the table drops it;"
                            + " create it again in the revision");
            assertThat(table(snapshot, "log").indexes()).isEmpty();
        }
    }

    @Test
    void theWorkTablesHibernateCreatesOnSqliteAreNotTheApplicationsSchema() {
        try (TestDatabase database = TestDatabases.sqlite()) {
            database.execute("CREATE TABLE tags (id BIGINT PRIMARY KEY)", "CREATE TABLE HTE_tags (id BIGINT)",
                    "CREATE TABLE HT_tags (id BIGINT)");

            assertThat(read(database).model().tables()).extracting(Table::name).containsExactly("tags");
        }
    }

    @Test
    void aSchemaIsAnErrorNamingTheSetting() throws SQLException {
        try (TestDatabase database = TestDatabases.sqlite();
             Connection connection = database.dataSource().getConnection()) {
            assertThatThrownBy(() -> new DatabaseSchemaReader().read(connection, Optional.of("app"), name -> true))
                    .isInstanceOf(SchemaReadException.class)
                    .hasMessage("SQLite has no schemas: leave the schema setting (psm.migrate.schema, --schema) unset"
                            + " to compare a SQLite database");
        }
    }

    private static DatabaseSnapshot read(TestDatabase database) {
        try (Connection connection = database.dataSource().getConnection()) {
            return new DatabaseSchemaReader().read(connection, Optional.empty(), name -> true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Table table(DatabaseSnapshot snapshot, String name) {
        return snapshot.model().table(name).orElseThrow();
    }

    private static Generation identity(DatabaseSnapshot snapshot, String table) {
        return table(snapshot, table).columns().get(0).generation();
    }
}
