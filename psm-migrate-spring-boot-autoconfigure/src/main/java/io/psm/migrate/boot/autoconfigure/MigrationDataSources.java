package io.psm.migrate.boot.autoconfigure;

import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/** Finds or builds the DataSource of each instance, the way spring-boot-flyway does for Flyway. */
final class MigrationDataSources {

    private final ClassLoader classLoader;

    MigrationDataSources(ClassLoader classLoader) {
        this.classLoader = classLoader;
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
            return MigrationDataSource.bean(qualified, "the @PsmMigrateDataSource DataSource");
        }
        if (details.getJdbcUrl() != null) {
            return fromUrl(details);
        }
        if (primary == null) {
            throw new InvalidPropertyException("psm.migrate.url", "there is no DataSource to migrate: the"
                    + " application has several DataSource beans and none is @Primary. Mark one @Primary or"
                    + " @PsmMigrateDataSource, or set psm.migrate.url.");
        }
        if (details.getUsername() != null) {
            return withUser(primary, details, "the application's DataSource");
        }
        return MigrationDataSource.bean(primary, "the application's DataSource");
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
            return fromUrl(details);
        }
        DataSource bean = dataSourceBean(name, properties.getDataSource(), beanFactory);
        String origin = "DataSource bean '" + properties.getDataSource() + "'";
        return (details.getUsername() != null) ? withUser(bean, details, origin) : MigrationDataSource.bean(bean, origin);
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

    private MigrationDataSource fromUrl(PsmMigrateConnectionDetails details) {
        DataSourceBuilder<?> builder = DataSourceBuilder.create(this.classLoader).type(SimpleDriverDataSource.class)
                .url(details.getJdbcUrl());
        applyCredentials(builder, details);
        return new MigrationDataSource(builder.build(), Optional.of(details.getJdbcUrl()), "psm.migrate url");
    }

    private static MigrationDataSource withUser(DataSource dataSource, PsmMigrateConnectionDetails details,
            String origin) {
        DataSourceBuilder<?> builder = DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class);
        applyCredentials(builder, details);
        return MigrationDataSource.bean(builder.build(), origin + " as user " + details.getUsername());
    }

    private static void applyCredentials(DataSourceBuilder<?> builder, PsmMigrateConnectionDetails details) {
        builder.username(details.getUsername());
        builder.password(details.getPassword());
        if (StringUtils.hasText(details.getDriverClassName())) {
            builder.driverClassName(details.getDriverClassName());
        }
    }
}
