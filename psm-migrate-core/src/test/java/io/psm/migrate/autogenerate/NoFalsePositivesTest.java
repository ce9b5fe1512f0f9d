package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.entities.Address;
import io.psm.migrate.autogenerate.entities.Customer;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoFalsePositivesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSchemaHibernateCreatedFromTheEntitiesShowsNoChange(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            AutogenerateFixture.createWithHibernate(database, Customer.class, Address.class);

            AutogenerateResult result = AutogenerateFixture.compare(database, Customer.class, Address.class);

            assertThat(result.reportLines()).isEmpty();
            assertThat(result.warnings()).isEmpty();
        }
    }
}
