package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.diff.AddForeignKey;
import io.psm.migrate.autogenerate.diff.RemoveForeignKey;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.psm.migrate.autogenerate.AutogenerateFixture.sql;
import static org.assertj.core.api.Assertions.assertThat;

class ForeignKeyChangesTest {

    private static final String[] SCHEMA = {
            "CREATE TABLE owner (id BIGINT NOT NULL PRIMARY KEY)",
            "CREATE TABLE pet (id BIGINT NOT NULL PRIMARY KEY, owner_id BIGINT)"};

    @Entity
    @Table(name = "owner")
    static class Owner {
        @Id
        Long id;
    }

    @Entity
    @Table(name = "pet")
    static class Pet {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "fk_pet_owner"))
        Owner owner;
    }

    @Entity
    @Table(name = "pet")
    static class CascadingPet {
        @Id
        Long id;
        @ManyToOne
        @OnDelete(action = OnDeleteAction.CASCADE)
        @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "fk_pet_owner"))
        Owner owner;
    }

    @Entity
    @Table(name = "pet")
    static class UnlinkedPet {
        @Id
        Long id;
        @Column(name = "owner_id")
        Long ownerId;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anAddedForeignKeyIsAddedAndDroppedAgain(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            sql(database, SCHEMA);

            AutogenerateResult result = RoundTrip.run(database, Pet.class, Owner.class);

            assertThat(result.changes()).singleElement().isInstanceOf(AddForeignKey.class);
            assertThat(result.reportLines()).containsExactly("Detected added foreign key (owner_id)(id) on table pet");
            if (kind != TestDatabase.Kind.SQLITE) { // SQLite rebuilds the table: SqliteMoveAndCopyTest
                assertThat(result.upgradeStatements()).containsExactly(
                        "ALTER TABLE pet ADD CONSTRAINT fk_pet_owner FOREIGN KEY (owner_id) REFERENCES owner (id)");
                assertThat(result.downgradeStatements()).containsExactly("ALTER TABLE pet DROP CONSTRAINT fk_pet_owner");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRemovedForeignKeyIsDroppedAndReAddedWithItsDeleteRule(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            withForeignKey(database, " ON DELETE SET NULL");

            AutogenerateResult result = RoundTrip.run(database, UnlinkedPet.class, Owner.class);

            assertThat(result.changes()).singleElement().isInstanceOf(RemoveForeignKey.class);
            assertThat(result.reportLines()).containsExactly("Detected removed foreign key (owner_id)(id) on table pet");
            if (kind != TestDatabase.Kind.SQLITE) { // SQLite rebuilds the table: SqliteMoveAndCopyTest
                assertThat(result.downgradeStatements()).containsExactly("ALTER TABLE pet ADD CONSTRAINT fk_pet_owner"
                        + " FOREIGN KEY (owner_id) REFERENCES owner (id) ON DELETE SET NULL");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aChangedDeleteRuleReplacesTheForeignKey(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            withForeignKey(database, "");

            AutogenerateResult result = RoundTrip.run(database, CascadingPet.class, Owner.class);

            assertThat(result.reportLines()).containsExactly("Detected removed foreign key (owner_id)(id) on table pet",
                    "Detected added foreign key (owner_id)(id) on table pet");
            if (kind != TestDatabase.Kind.SQLITE) { // SQLite rebuilds the table: SqliteMoveAndCopyTest
                assertThat(result.upgradeStatements()).containsExactly("ALTER TABLE pet DROP CONSTRAINT fk_pet_owner",
                        "ALTER TABLE pet ADD CONSTRAINT fk_pet_owner FOREIGN KEY (owner_id) REFERENCES owner (id)"
                                + " ON DELETE CASCADE");
            }
        }
    }

    /** Owner and pet with the key from pet to owner: inside SQLite's CREATE TABLE, added afterwards elsewhere. */
    private static void withForeignKey(TestDatabase database, String onDelete) {
        String key = "CONSTRAINT fk_pet_owner FOREIGN KEY (owner_id) REFERENCES owner (id)" + onDelete;
        if (database.kind() == TestDatabase.Kind.SQLITE) {
            sql(database, SCHEMA[0], SCHEMA[1].substring(0, SCHEMA[1].length() - 1) + ", " + key + ")");
        } else {
            sql(database, SCHEMA);
            sql(database, "ALTER TABLE pet ADD " + key);
        }
    }
}
