package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.diff.AddColumn;
import io.psm.migrate.autogenerate.diff.AlterColumnNullability;
import io.psm.migrate.autogenerate.diff.AlterColumnType;
import io.psm.migrate.autogenerate.diff.RemoveColumn;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.psm.migrate.autogenerate.AutogenerateFixture.rows;
import static io.psm.migrate.autogenerate.AutogenerateFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

class ColumnChangesTest {

    private static final String MEMBER = "CREATE TABLE member (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(255)";

    @Entity
    @Table(name = "member")
    static class MemberWithPhone {
        @Id
        Long id;
        String name;
        @Column(length = 20)
        String phone;
    }

    @Entity
    @Table(name = "member")
    static class MemberWithLongPhone {
        @Id
        Long id;
        String name;
        @Column(length = 40)
        String phone;
    }

    @Entity
    @Table(name = "member")
    static class MemberWithRequiredName {
        @Id
        Long id;
        @Column(nullable = false)
        String name;
    }

    @Entity
    @Table(name = "member")
    static class Member {
        @Id
        Long id;
        String name;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anAddedColumnIsDetectedAddedAndDroppedAgain(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, MEMBER + ")");

            AutogenerateResult result = RoundTrip.run(database, MemberWithPhone.class);

            assertThat(result.changes()).singleElement().isInstanceOf(AddColumn.class);
            assertThat(result.reportLines()).containsExactly("Detected added column 'member.phone'");
            assertThat(result.upgradeStatements()).containsExactly("ALTER TABLE member ADD COLUMN phone VARCHAR(20)");
            if (kind != TestDatabase.Kind.SQLITE) { // SQLite drops by move and copy: SqliteMoveAndCopyTest
                assertThat(result.downgradeStatements()).containsExactly("ALTER TABLE member DROP COLUMN phone");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRemovedColumnIsDroppedWithAWarningAndReAddedWithItsFullDefinition(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, MEMBER + ", fax VARCHAR(30) DEFAULT 'none' NOT NULL)");

            AutogenerateResult result = RoundTrip.run(database, Member.class);

            assertThat(result.changes()).singleElement().isInstanceOf(RemoveColumn.class);
            assertThat(result.reportLines()).containsExactly("Detected removed column 'member.fax'");
            assertThat(result.upgradeScript()).startsWith("-- Dropping column 'member.fax' deletes its data\n");
            assertThat(result.downgradeStatements()).singleElement().asString()
                    .startsWith("ALTER TABLE member ADD COLUMN fax VARCHAR(30) DEFAULT 'none'").endsWith(" NOT NULL");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aLongerVarcharIsATypeChangeThatKeepsTheRows(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, MEMBER + ", phone VARCHAR(20))", "INSERT INTO member (id, phone) VALUES (1, '555-0100')");

            AutogenerateResult result = RoundTrip.run(database, MemberWithLongPhone.class);

            assertThat(result.changes()).singleElement().isInstanceOf(AlterColumnType.class);
            assertThat(result.reportLines())
                    .containsExactly("Detected type change from VARCHAR(20) to VARCHAR(40) on 'member.phone'");
            assertThat(result.upgrade()).first().satisfies(statement -> assertThat(statement.comments()).isEmpty());
            assertThat(result.downgrade()).first().satisfies(statement -> assertThat(statement.comments())
                    .containsExactly("Changing 'member.phone' from VARCHAR(40) to VARCHAR(20) may lose data"
                            + " or fail on existing values"));
            assertThat(result.upgrade()).hasSize(kind == TestDatabase.Kind.SQLITE ? 6 : 1);
            assertThat(rows(database, "member")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aColumnThatBecomesRequiredIsSetNotNullWithAWarning(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, MEMBER + ")");

            AutogenerateResult result = RoundTrip.run(database, MemberWithRequiredName.class);

            assertThat(result.changes()).singleElement().isInstanceOf(AlterColumnNullability.class);
            assertThat(result.reportLines()).containsExactly("Detected NOT NULL on column 'member.name'");
            if (kind != TestDatabase.Kind.SQLITE) { // SQLite rebuilds the table: SqliteMoveAndCopyTest
                assertThat(result.upgradeStatements()).containsExactly("ALTER TABLE member ALTER COLUMN name SET NOT NULL");
            }
            assertThat(result.warnings())
                    .containsExactly("Setting NOT NULL on 'member.name' fails while any row holds NULL there");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aColumnThatBecomesOptionalDropsNotNull(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, "CREATE TABLE member (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL)");

            AutogenerateResult result = RoundTrip.run(database, Member.class);

            assertThat(result.reportLines()).containsExactly("Detected NULL on column 'member.name'");
            if (kind != TestDatabase.Kind.SQLITE) { // SQLite rebuilds the table: SqliteMoveAndCopyTest
                assertThat(result.upgradeStatements()).containsExactly("ALTER TABLE member ALTER COLUMN name DROP NOT NULL");
                assertThat(result.downgradeStatements()).containsExactly("ALTER TABLE member ALTER COLUMN name SET NOT NULL");
            }
        }
    }
}
