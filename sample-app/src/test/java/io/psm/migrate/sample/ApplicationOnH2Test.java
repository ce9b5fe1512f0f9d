package io.psm.migrate.sample;

import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on a fresh in-memory H2 database, the engine of its default database. */
class ApplicationOnH2Test extends RunningApplicationTest {

    @RegisterExtension
    static final ApplicationDatabase database = new ApplicationDatabase(TestDatabases::h2);

    @DynamicPropertySource
    static void useDatabase(DynamicPropertyRegistry registry) {
        database.register(registry);
    }
}
