package io.psm.migrate.sample;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample's migrations themselves: portable SQL that upgrades and downgrades on H2 and PostgreSQL alike. */
class MigrationsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migrationsUpgradeDowngradeToBaseAndUpgradeAgain(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            PsmMigrate migrate = PsmMigrate.configure().dataSource(database.dataSource())
                    .locations(kind == TestDatabase.Kind.SQLITE ? SqliteMigrations.LOCATION : "classpath:db/migrations")
                    .load();

            migrate.upgrade("head");
            migrate.downgrade("base");
            assertThat(migrate.current()).isEmpty();
            migrate.upgrade("head");

            assertThat(migrate.current()).extracting(revision -> revision.id())
                    .containsExactly(RunningApplicationTest.PHONE_REVISION);
        }
    }
}
