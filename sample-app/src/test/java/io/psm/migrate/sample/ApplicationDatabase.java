package io.psm.migrate.sample;

import io.psm.migrate.testing.TestDatabase;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database for one test class's application: created before the class (where PostgreSQL
 * is missing, {@code TestDatabases} skips the class there) and handed to the application as its
 * {@code spring.datasource.*} properties. JUnit drops it when it is done with the class, after
 * every after-all callback, so after {@code @DirtiesContext} has closed the application and its
 * connection pool. Register it with {@code @RegisterExtension}.
 */
final class ApplicationDatabase implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ApplicationDatabase.class);

    private final Supplier<TestDatabase> factory;
    private TestDatabase database;

    /**
     * @param factory makes the database, as {@code TestDatabases::h2}
     */
    ApplicationDatabase(Supplier<TestDatabase> factory) {
        this.factory = factory;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        this.database = this.factory.get();
        // The class's store closes what it holds once the class is finished.
        context.getStore(NAMESPACE).put(TestDatabase.class, this.database);
    }

    /** Points the application at the database, as a user's {@code spring.datasource.*} properties would. */
    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> this.database.jdbcUrl());
        registry.add("spring.datasource.username", () -> this.database.user());
        registry.add("spring.datasource.password", () -> this.database.password());
    }
}
