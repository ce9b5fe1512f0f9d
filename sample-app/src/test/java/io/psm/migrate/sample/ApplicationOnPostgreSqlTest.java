package io.psm.migrate.sample;

import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on a fresh PostgreSQL database; skipped, saying why, where there is no server. */
class ApplicationOnPostgreSqlTest extends RunningApplicationTest {

    @RegisterExtension
    static final ApplicationDatabase database = new ApplicationDatabase(TestDatabases::postgres);

    @DynamicPropertySource
    static void useDatabase(DynamicPropertyRegistry registry) {
        database.register(registry);
    }
}
