package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.hibernate.EntityMetadata;
import io.psm.migrate.autogenerate.hibernate.HibernateSchemaReader;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.testing.TestDatabase;

import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared steps of the autogenerate tests: build a target model from entity classes the way a Spring
 * Boot application maps them, compare it with a test database, run generated SQL with plain JDBC.
 */
public final class AutogenerateFixture {

    /** Spring Boot's default physical naming strategy. */
    public static final String SPRING_NAMING = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

    private AutogenerateFixture() {
    }

    /** Hibernate settings for entities mapped against a test database, with Spring Boot's naming. */
    public static Map<String, Object> settings(TestDatabase database) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.nonJtaDataSource", database.dataSource());
        settings.put("hibernate.physical_naming_strategy", SPRING_NAMING);
        return settings;
    }

    /** The model the entities need, read from the Hibernate metamodel built against the database. */
    public static SchemaModel target(TestDatabase database, Class<?>... entities) {
        try (EntityMetadata metadata = EntityMetadata.build(Arrays.asList(entities), settings(database))) {
            return new HibernateSchemaReader().read(metadata.metadata());
        }
    }

    /** Compares the entities with the database using default settings. */
    public static AutogenerateResult compare(TestDatabase database, Class<?>... entities) {
        return compare(database, AutogenerateSettings.defaults(), target(database, entities));
    }

    /** Compares a target with the database. */
    public static AutogenerateResult compare(TestDatabase database, AutogenerateSettings settings, SchemaModel target) {
        try (Connection connection = database.dataSource().getConnection()) {
            return new Autogenerator(settings).compare(connection, target);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database's schema as autogenerate reads it. */
    public static SchemaModel read(TestDatabase database) {
        try (Connection connection = database.dataSource().getConnection()) {
            return new Autogenerator(AutogenerateSettings.defaults()).readDatabase(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements one by one with plain JDBC. */
    public static void execute(TestDatabase database, List<String> statements) {
        database.execute(statements.toArray(String[]::new));
    }

    /** Creates the schema exactly as Hibernate's own schema tool would ({@code ddl-auto=create}). */
    public static void createWithHibernate(TestDatabase database, Class<?>... entities) {
        try (EntityMetadata metadata = EntityMetadata.build(Arrays.asList(entities), settings(database))) {
            StringWriter script = new StringWriter();
            Map<String, Object> actions = new HashMap<>(settings(database));
            actions.put("jakarta.persistence.schema-generation.scripts.action", "create");
            actions.put("jakarta.persistence.schema-generation.scripts.create-target", script);
            actions.put("hibernate.hbm2ddl.delimiter", ";");
            SchemaManagementToolCoordinator.process(metadata.metadata(), metadata.registry(), actions, registry -> { });
            execute(database, Arrays.stream(script.toString().split(";\\s*\\n")).filter(sql -> !sql.isBlank()).toList());
        }
    }

    /** Runs one statement; for tests that arrange a schema by hand. */
    public static void sql(TestDatabase database, String... statements) {
        database.execute(statements);
    }

    /** Counts the rows of a table, to check that data survived. */
    public static long rows(TestDatabase database, String table) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
