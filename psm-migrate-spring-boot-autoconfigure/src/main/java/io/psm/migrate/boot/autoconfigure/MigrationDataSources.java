package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.boot.env.ConfiguredDatabase;

import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Finds or builds the DataSource of each instance, the way spring-boot-flyway does for Flyway, and
 * says which database the configuration names for it ({@link ConfiguredDatabase}).
 */
final class MigrationDataSources {

    private final ClassLoader classLoader;
    private final Optional<ConfigurableEnvironment> environment;
    private final ObjectProvider<JdbcConnectionDetails> jdbcConnectionDetails;

    MigrationDataSources(ClassLoader classLoader, Environment environment,
            ObjectProvider<JdbcConnectionDetails> jdbcConnectionDetails) {
        this.classLoader = classLoader;
        this.environment = (environment instanceof ConfigurableEnvironment configurable) ? Optional.of(configurable)
                : Optional.empty();
        this.jdbcConnectionDetails = jdbcConnectionDetails;
    }

    /**
     * The DataSource of the application's instance: the {@link PsmMigrateDataSource} one, else one
     * built from the connection details' URL, else the application's with the details' user,
     * else the application's.
     *
     * @param details    {@code psm.migrate.url}/{@code user}/{@code password} or a service connection
     * @param qualified  the {@code @PsmMigrateDataSource} bean, if any
     * @param primary    the application's unique or primary DataSource, if any
     * @return the DataSource to migrate
     * @throws InvalidPropertyException when there is none to choose
     */
    MigrationDataSource forApplication(PsmMigrateConnectionDetails details, DataSource qualified, DataSource primary) {
        if (qualified != null) {
            return MigrationDataSource.bean(qualified, "the @PsmMigrateDataSource DataSource", Optional.empty());
        }
        if (details.getJdbcUrl() != null) {
            return fromUrl(details, configured("psm.migrate.url"));
        }
        if (primary == null) {
            throw new InvalidPropertyException("psm.migrate.url", "there is no DataSource to migrate: the"
                    + " application has several DataSource beans and none is @Primary. Mark one @Primary or"
                    + " @PsmMigrateDataSource, or set psm.migrate.url.");
        }
        Optional<ConfiguredDatabase> configured = applicationDatabase();
        if (details.getUsername() != null) {
            return withUser(primary, details, "the application's DataSource", configured);
        }
        return MigrationDataSource.bean(primary, "the application's DataSource", configured);
    }

    /**
     * The database the application's DataSource is configured with, when Spring Boot built it from
     * its properties: {@code spring.datasource.url} (or {@code DATABASE_URL}), or nothing at all,
     * in which case Spring Boot makes up an in-memory database. Empty when a service connection
     * (Docker Compose, Testcontainers) or the application's own bean defines it.
     */
    private Optional<ConfiguredDatabase> applicationDatabase() {
        JdbcConnectionDetails details = this.jdbcConnectionDetails.getIfUnique();
        if (this.environment.isEmpty() || details == null || !isFromProperties(details)) {
            return Optional.empty();
        }
        Optional<ConfiguredDatabase> configured = ConfiguredDatabase.of(this.environment.get());
        if (configured.isPresent()) {
            return configured;
        }
        try {
            String url = details.getJdbcUrl();
            return EmbeddedDatabaseConnection.isEmbedded(details.getDriverClassName(), url)
                    ? Optional.of(ConfiguredDatabase.embeddedFallback(url)) : Optional.empty();
        } catch (RuntimeException noEmbeddedDatabase) {
            return Optional.empty();
        }
    }

    /** Spring Boot's connection details of {@code spring.datasource.*}, not those of a service connection. */
    private static boolean isFromProperties(JdbcConnectionDetails details) {
        return details.getClass().getSimpleName().equals("PropertiesJdbcConnectionDetails");
    }

    private Optional<ConfiguredDatabase> configured(String property) {
        return this.environment.flatMap(environment -> ConfiguredDatabase.of(environment, property));
    }

    /**
     * The DataSource of a named instance: the bean its {@code data-source} names, or one built from
     * its {@code url}.
     *
     * @param name        the instance's name
     * @param properties  its properties
     * @param beanFactory where DataSource beans are looked up
     * @return the DataSource to migrate
     * @throws InvalidPropertyException when neither or both are set, or the bean does not exist
     */
    MigrationDataSource forInstance(String name, PsmMigrateProperties.Instance properties,
            ListableBeanFactory beanFactory) {
        boolean hasBean = StringUtils.hasText(properties.getDataSource());
        boolean hasUrl = StringUtils.hasText(properties.getUrl());
        if (hasBean == hasUrl) {
            throw new InvalidPropertyException(PropertyNames.prefix(name), "set exactly one of data-source"
                    + " (the name of a DataSource bean) and url (the database's URL)");
        }
        PsmMigrateConnectionDetails details = new PropertiesPsmMigrateConnectionDetails(name, properties);
        if (hasUrl) {
            return fromUrl(details, configured(PropertyNames.of(name, "url")));
        }
        DataSource bean = dataSourceBean(name, properties.getDataSource(), beanFactory);
        String origin = "DataSource bean '" + properties.getDataSource() + "'";
        return (details.getUsername() != null) ? withUser(bean, details, origin, Optional.empty())
                : MigrationDataSource.bean(bean, origin, Optional.empty());
    }

    private static DataSource dataSourceBean(String instance, String beanName, ListableBeanFactory beanFactory) {
        try {
            return beanFactory.getBean(beanName, DataSource.class);
        } catch (NoSuchBeanDefinitionException ex) {
            throw new InvalidPropertyException(PropertyNames.of(instance, "data-source"), "there is no"
                    + " DataSource bean named '" + beanName + "'; the DataSource beans are "
                    + String.join(", ", beanFactory.getBeanNamesForType(DataSource.class)), ex);
        }
    }

    private MigrationDataSource fromUrl(PsmMigrateConnectionDetails details, Optional<ConfiguredDatabase> configured) {
        DataSourceBuilder<?> builder = DataSourceBuilder.create(this.classLoader).type(SimpleDriverDataSource.class)
                .url(details.getJdbcUrl());
        applyCredentials(builder, details);
        return new MigrationDataSource(builder.build(), Optional.of(details.getJdbcUrl()), "psm.migrate url",
                configured);
    }

    private static MigrationDataSource withUser(DataSource dataSource, PsmMigrateConnectionDetails details,
            String origin, Optional<ConfiguredDatabase> configured) {
        DataSourceBuilder<?> builder = DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class);
        applyCredentials(builder, details);
        return MigrationDataSource.bean(builder.build(), origin + " as user " + details.getUsername(), configured);
    }

    private static void applyCredentials(DataSourceBuilder<?> builder, PsmMigrateConnectionDetails details) {
        builder.username(details.getUsername());
        builder.password(details.getPassword());
        if (StringUtils.hasText(details.getDriverClassName())) {
            builder.driverClassName(details.getDriverClassName());
        }
    }
}
