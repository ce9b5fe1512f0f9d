package io.psm.migrate.boot.command;

import io.psm.migrate.boot.autoconfigure.DbCommandMode;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Leaves out, while a {@code db} command runs, the auto-configurations the command does not need,
 * so that it starts as fast as the standalone command line allows: no web server, MVC, Actuator,
 * metrics, health, validation, Jackson, task executors or Spring Data repositories; Hibernate only
 * for the commands that compare the model. Spring Boot's own auto-configurations are kept only when
 * they can take part in making the application's DataSource (JDBC, JNDI, XA, JTA, SSL bundles,
 * service connections, property placeholders); those of other libraries are all kept, since any of
 * them may. Configuration classes that a kept auto-configuration imports are kept too (Spring Boot
 * asks the filter about them as well). Does nothing for a normal start. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class DbCommandAutoConfigurationFilter
        implements AutoConfigurationImportFilter, EnvironmentAware, BeanClassLoaderAware, Ordered {

    private static final String BOOT = "org.springframework.boot.";
    private static final String PSM = "io.psm.migrate.boot.autoconfigure.";

    /** Spring Boot's auto-configurations that may make or configure the DataSource. */
    private static final List<String> BOOT_DATABASE = List.of(
            BOOT + "autoconfigure.context.",
            BOOT + "autoconfigure.ssl.",
            BOOT + "jdbc.autoconfigure.DataSourceAutoConfiguration",
            BOOT + "jdbc.autoconfigure.JndiDataSourceAutoConfiguration",
            BOOT + "jdbc.autoconfigure.XADataSourceAutoConfiguration",
            BOOT + "transaction.jta.",
            BOOT + "docker.compose.",
            BOOT + "testcontainers.");

    /** Beside those, what reading the entity model takes. */
    private static final List<String> BOOT_MODEL = List.of(BOOT + "hibernate.autoconfigure.HibernateJpaAutoConfiguration");

    private static final List<String> PSM_DATABASE = List.of(PSM + "PsmMigrateAutoConfiguration");

    private static final List<String> PSM_MODEL = List.of(PSM + "autogenerate.PsmMigrateAutogenerateAutoConfiguration");

    private Optional<DbCommandScope> scope = Optional.empty();
    private ClassLoader classLoader;
    private Set<String> autoConfigurations;

    /** Creates the filter; Spring Boot instantiates it from {@code spring.factories}. */
    public DbCommandAutoConfigurationFilter() {
    }

    /** First, so that Spring Boot's class-presence filters look only at what a command keeps. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void setEnvironment(Environment environment) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            this.scope = DbCommandProperties.command(configurable).map(DbCommandMode::arguments).map(DbCommandScope::of);
        }
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String name = autoConfigurationClasses[i];
            matches[i] = name == null || this.scope.isEmpty() || needed(name, this.scope.get());
        }
        return matches;
    }

    private boolean needed(String name, DbCommandScope scope) {
        if (!isAutoConfiguration(name)) {
            return true;
        }
        if (name.startsWith(BOOT)) {
            return startsWithAny(name, BOOT_DATABASE) || (scope == DbCommandScope.MODEL && startsWithAny(name, BOOT_MODEL));
        }
        if (name.startsWith(PSM)) {
            return startsWithAny(name, PSM_DATABASE) || (scope == DbCommandScope.MODEL && startsWithAny(name, PSM_MODEL));
        }
        return true;
    }

    /** Whether the name is one of the auto-configurations listed on the classpath, not a class one imports. */
    private boolean isAutoConfiguration(String name) {
        if (this.autoConfigurations == null) {
            this.autoConfigurations = Set.copyOf(ImportCandidates.load(AutoConfiguration.class, this.classLoader)
                    .getCandidates());
        }
        return this.autoConfigurations.contains(name);
    }

    private static boolean startsWithAny(String name, List<String> prefixes) {
        return prefixes.stream().anyMatch(name::startsWith);
    }
}
