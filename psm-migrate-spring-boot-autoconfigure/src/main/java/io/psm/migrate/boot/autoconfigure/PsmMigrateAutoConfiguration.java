package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.JavaMigration;
import io.psm.migrate.PsmMigrate;
import io.psm.migrate.execute.MigrationListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Auto-configuration of psm-migrate: upgrades the application's database (and each of
 * {@code psm.migrate.instances}) on start-up, before JPA, JdbcTemplate and everything else that
 * uses it. Backs off when the application defines its own {@link PsmMigrate} bean.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({PsmMigrate.class, JdbcUtils.class})
@ConditionalOnBooleanProperty(name = "psm.migrate.enabled", matchIfMissing = true)
@Conditional(PsmMigrateAutoConfiguration.MigrationDataSourceCondition.class)
@EnableConfigurationProperties(PsmMigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
@ImportRuntimeHints(PsmMigrateAutoConfiguration.MigrationScriptsRuntimeHints.class)
public final class PsmMigrateAutoConfiguration {

    @Bean
    PsmMigrateSchemaManagementProvider psmMigrateSchemaManagementProvider(ObjectProvider<PsmMigrateInstances> instances) {
        return new PsmMigrateSchemaManagementProvider(instances);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(PsmMigrate.class)
    static class PsmMigrateConfiguration {

        @Bean
        @ConditionalOnMissingBean(PsmMigrateConnectionDetails.class)
        PropertiesPsmMigrateConnectionDetails psmMigrateConnectionDetails(PsmMigrateProperties properties) {
            return new PropertiesPsmMigrateConnectionDetails(PsmMigrateInstances.DEFAULT, properties);
        }

        @Bean
        PsmMigrateInstances psmMigrateInstances(PsmMigrateProperties properties,
                PsmMigrateConnectionDetails connectionDetails, ObjectProvider<DataSource> dataSource,
                @PsmMigrateDataSource ObjectProvider<DataSource> migrationDataSource, ListableBeanFactory beanFactory,
                ResourceLoader resourceLoader, ObjectProvider<PsmMigrateCustomizer> customizers,
                ObjectProvider<MigrationListener> listeners, ObjectProvider<MigrationListenerProvider> listenerProviders,
                ObjectProvider<JavaMigration> javaMigrations, Environment environment,
                ObjectProvider<JdbcConnectionDetails> jdbcConnectionDetails) {
            ClassLoader classLoader = resourceLoader.getClassLoader();
            InstanceFactory factory = new InstanceFactory(classLoader, customizers.orderedStream().toList(),
                    listeners.orderedStream().toList(), listenerProviders.orderedStream().toList());
            MigrationDataSources dataSources = new MigrationDataSources(classLoader, environment, jdbcConnectionDetails);
            List<PsmMigrateInstance> instances = new ArrayList<>();
            MigrationDataSource application = dataSources.forApplication(connectionDetails,
                    migrationDataSource.getIfAvailable(), dataSource.getIfUnique());
            instances.add(factory.create(PsmMigrateInstances.DEFAULT, application, properties,
                    javaMigrations.orderedStream().toList()));
            for (Map.Entry<String, PsmMigrateProperties.Instance> entry : properties.getInstances().entrySet()) {
                String name = entry.getKey();
                if (PsmMigrateInstances.DEFAULT.equals(name)) {
                    throw new InvalidPropertyException("psm.migrate.instances." + name, "the name '" + name
                            + "' is the application's own instance (psm.migrate.*); choose another name");
                }
                MigrationDataSource source = dataSources.forInstance(name, entry.getValue(), beanFactory);
                instances.add(factory.create(name, source, entry.getValue(), List.of()));
            }
            return new PsmMigrateInstances(instances);
        }

        @Bean
        PsmMigrate psmMigrate(PsmMigrateInstances instances) {
            return instances.find(PsmMigrateInstances.DEFAULT).orElseThrow().migrate();
        }

        @Bean
        MigratorConflictWarning psmMigrateConflictWarning(ListableBeanFactory beanFactory,
                ObjectProvider<PsmMigrateInstances> instances) {
            return new MigratorConflictWarning(beanFactory, instances);
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnMissingBean(DbCommandMode.class)
        static class StartupMigrationConfiguration {

            @Bean
            @ConditionalOnMissingBean
            PsmMigrateInitializer psmMigrateInitializer(PsmMigrateInstances instances,
                    ObjectProvider<PsmMigrationStrategy> strategy) {
                return new PsmMigrateInitializer(instances, strategy.getIfAvailable(PsmMigrationStrategy::standard));
            }
        }
    }

    /** Matches when there is a database to migrate: a DataSource, JDBC connection details or {@code psm.migrate.url}. */
    static final class MigrationDataSourceCondition extends AnyNestedCondition {

        MigrationDataSourceCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBeanCondition {
        }

        @ConditionalOnBean(JdbcConnectionDetails.class)
        private static final class JdbcConnectionDetailsCondition {
        }

        @ConditionalOnProperty("psm.migrate.url")
        private static final class MigrationUrlCondition {
        }
    }

    /** Native images: the default location's scripts are resources to keep. */
    static final class MigrationScriptsRuntimeHints implements RuntimeHintsRegistrar {

        @Override
        public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
            hints.resources().registerPattern("db/migrations/**");
        }
    }
}
