package io.psm.migrate.autogenerate;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.autogenerate.entities.Address;
import io.psm.migrate.autogenerate.entities.Customer;
import io.psm.migrate.testing.ScriptDirectory;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.psm.migrate.autogenerate.AutogenerateFixture.rows;
import static io.psm.migrate.autogenerate.AutogenerateFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLite's "move and copy": what its ALTER TABLE cannot do rebuilds the table, keeping its rows,
 * indexes and the views and rows that refer to it. The per-change tests run on SQLite too; this
 * class shows the statements and what survives them.
 */
class SqliteMoveAndCopyTest {

    private static final String MEMBER = "CREATE TABLE member (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(255),"
            + " phone VARCHAR(20))";

    @TempDir
    Path directory;

    @Entity
    @Table(name = "member", indexes = @Index(name = "ix_member_phone", columnList = "phone"))
    static class MemberWithLongPhone {
        @Id
        Long id;
        @Column(nullable = false)
        String name;
        @Column(length = 40)
        String phone;
    }

    @Entity
    @Table(name = "member", indexes = @Index(name = "ix_member_name", columnList = "name"))
    static class MemberWithoutPhone {
        @Id
        Long id;
        String name;
    }

    @Entity
    @Table(name = "owner")
    static class Owner {
        @Id
        Long id;
        @Column(length = 80)
        String name;
    }

    @Entity
    @Table(name = "pet")
    static class Pet {
        @Id
        Long id;
        @ManyToOne
        @OnDelete(action = OnDeleteAction.CASCADE)
        @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "fk_pet_owner"))
        Owner owner;
    }

    @Test
    void allChangesToOneTableAreOneMoveAndCopyThatKeepsItsRowsAndRebuildsItsIndexes() {
        try (TestDatabase database = TestDatabases.sqlite()) {
            sql(database, MEMBER, "INSERT INTO member VALUES (1, 'Ada', '555-0100')");

            AutogenerateResult result = RoundTrip.run(database, MemberWithLongPhone.class);

            assertThat(result.reportLines()).containsExactly("Detected NOT NULL on column 'member.name'",
                    "Detected type change from VARCHAR(20) to VARCHAR(40) on 'member.phone'",
                    "Detected added index 'ix_member_phone' on '(phone)'");
            assertThat(result.upgradeStatements()).containsExactly("""
                    CREATE TABLE _psm_tmp_member (
                        id BIGINT NOT NULL,
                        name VARCHAR(255) NOT NULL,
                        phone VARCHAR(40),
                        PRIMARY KEY (id)
                    )""",
                    "INSERT INTO _psm_tmp_member (id, name, phone) SELECT id, name, phone FROM member",
                    "DROP TABLE member",
                    "PRAGMA legacy_alter_table = ON",
                    "ALTER TABLE _psm_tmp_member RENAME TO member",
                    "PRAGMA legacy_alter_table = OFF",
                    "CREATE INDEX ix_member_phone ON member (phone)");
            assertThat(result.upgrade().get(0).comments()).containsExactly(
                    "Setting NOT NULL on 'member.name' fails while any row holds NULL there");
            assertThat(result.downgradeStatements()).first().asString().contains("phone VARCHAR(20)")
                    .doesNotContain("NOT NULL,\n    phone");
            assertThat(rows(database, "member WHERE name = 'Ada' AND phone = '555-0100'")).isEqualTo(1);
        }
    }

    @Test
    void aDroppedColumnIsMovedAndCopiedAwayAndComesBackEmptyInTheDowngrade() {
        try (TestDatabase database = TestDatabases.sqlite()) {
            sql(database, MEMBER, "CREATE INDEX ix_member_name ON member (name)",
                    "INSERT INTO member VALUES (1, 'Ada', '555-0100')");

            AutogenerateResult result = AutogenerateFixture.compare(database, MemberWithoutPhone.class);
            AutogenerateFixture.execute(database, result.upgradeStatements());

            assertThat(result.upgradeScript()).startsWith("-- Dropping column 'member.phone' deletes its data\n"
                    + "CREATE TABLE _psm_tmp_member (");
            assertThat(result.upgradeStatements()).last().isEqualTo("CREATE INDEX ix_member_name ON member (name)");
            assertThat(rows(database, "member WHERE name = 'Ada'")).isEqualTo(1);
            assertThat(AutogenerateFixture.compare(database, MemberWithoutPhone.class).isEmpty()).isTrue();

            AutogenerateFixture.execute(database, result.downgradeStatements());
            assertThat(rows(database, "member WHERE name = 'Ada' AND phone IS NULL")).isEqualTo(1);
        }
    }

    @Test
    void aViewOnTheRebuiltTableStillWorksAfterwards() {
        try (TestDatabase database = TestDatabases.sqlite()) {
            sql(database, MEMBER, "CREATE VIEW member_names AS SELECT name FROM member",
                    "INSERT INTO member VALUES (1, 'Ada', NULL)");

            AutogenerateFixture.execute(database,
                    AutogenerateFixture.compare(database, MemberWithoutPhone.class).upgradeStatements());

            assertThat(rows(database, "member_names")).isEqualTo(1);
        }
    }

    @Test
    void aRevisionRebuildingAReferencedTableKeepsTheReferringRowsWhereKeysAreEnforcedAndCascade() {
        try (TestDatabase database = TestDatabases.sqlite()) {
            ScriptDirectory scripts = new ScriptDirectory(directory);
            scripts.write("a1", "", "owners and pets", """
                    CREATE TABLE owner (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40));
                    CREATE TABLE pet (id BIGINT NOT NULL PRIMARY KEY, owner_id BIGINT,
                        CONSTRAINT fk_pet_owner FOREIGN KEY (owner_id) REFERENCES owner (id) ON DELETE CASCADE);
                    INSERT INTO owner VALUES (1, 'Ada');
                    INSERT INTO pet VALUES (10, 1);""", "DROP TABLE pet;\nDROP TABLE owner;");
            PsmMigrate migrate = PsmMigrate.configure().url(database.databaseUrl() + "?foreign_keys=on")
                    .locations(scripts.location()).autogenerateExclusions(java.util.List.of("psm_*")).load();
            migrate.upgrade("head");
            AutogenerateResult result = migrate.compare(AutogenerateFixture.target(database, Pet.class, Owner.class));
            scripts.write("b2", "a1", "longer owner names", result.upgradeScript(), result.downgradeScript());
            PsmMigrate withB2 = PsmMigrate.configure().url(database.databaseUrl() + "?foreign_keys=on")
                    .locations(scripts.location()).load();

            withB2.upgrade("head");
            assertThat(rows(database, "pet WHERE owner_id = 1")).isEqualTo(1);
            withB2.downgrade("-1");

            assertThat(result.reportLines()).containsExactly(
                    "Detected type change from VARCHAR(40) to VARCHAR(80) on 'owner.name'");
            assertThat(rows(database, "pet WHERE owner_id = 1")).isEqualTo(1);
            assertThat(rows(database, "owner WHERE name = 'Ada'")).isEqualTo(1);
        }
    }

    @Test
    void hibernatesOwnSqliteSchemaLacksItsKeysAndAutogenerateAddsThemWithNothingLeftAfterwards() {
        try (TestDatabase database = TestDatabases.sqlite()) {
            AutogenerateFixture.createWithHibernate(database, Customer.class, Address.class);

            AutogenerateResult result = RoundTrip.run(database, Customer.class, Address.class);

            assertThat(result.reportLines()).containsExactlyInAnyOrder(
                    "Detected added foreign key (customer_ref)(id) on table address",
                    "Detected added foreign key (owner_id)(id) on table address",
                    "Detected added unique constraint 'uq_customer_name' on '(first_name, last_name)'");
            assertThat(result.warnings()).isEmpty();
            assertThat(AutogenerateFixture.read(database).tables()).extracting(io.psm.migrate.autogenerate.schema.Table::name)
                    .containsExactly("address", "address_seq", "customer");
        }
    }

    @Test
    void aSchemaAutogenerateCreatedFromTheEntitiesShowsNoChange() {
        try (TestDatabase database = TestDatabases.sqlite()) {
            AutogenerateFixture.execute(database,
                    AutogenerateFixture.compare(database, Customer.class, Address.class).upgradeStatements());

            AutogenerateResult again = AutogenerateFixture.compare(database, Customer.class, Address.class);

            assertThat(again.reportLines()).isEmpty();
            assertThat(again.warnings()).isEmpty();
        }
    }
}
