package io.psm.migrate.boot.autoconfigure.autogenerate;

import io.psm.migrate.boot.autoconfigure.DbCommandMode;
import io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstances;
import io.psm.migrate.boot.autogenerate.EntityModelAutogenerator;
import io.psm.migrate.boot.autogenerate.HibernateModelCapture;
import io.psm.migrate.boot.command.blog.User;
import io.psm.migrate.cli.Autogenerator;
import io.psm.migrate.cli.ModelChanges;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** When the application gets an {@link Autogenerator}, and that it reads the entities Hibernate maps. */
class PsmMigrateAutogenerateAutoConfigurationTest {

    @TempDir
    Path scripts;

    private final TestDatabase database = TestDatabases.h2();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, PsmMigrateAutoConfiguration.class,
                    PsmMigrateAutogenerateAutoConfiguration.class))
            .withUserConfiguration(BlogEntities.class)
            .withPropertyValues(dataSourceProperties(this.database))
            .withPropertyValues("spring.jpa.hibernate.ddl-auto=none");

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = User.class)
    static class BlogEntities {
    }

    @AfterEach
    void dropDatabase() {
        this.database.close();
    }

    @Test
    void providesTheAutogeneratorWhereSpringBootBuildsTheEntityManagerFactory() {
        this.contextRunner.run(context -> {
            assertThat(context).hasSingleBean(HibernateModelCapture.class);
            assertThat(context).getBean(Autogenerator.class).isInstanceOf(EntityModelAutogenerator.class);
            assertThat(context.getBean(HibernateModelCapture.class).metadata().getEntityBindings()).hasSize(3);
        });
    }

    /**
     * A {@code db} command's context creates beans lazily; Spring's EntityManagerFactory bean is a
     * {@code SmartInitializingSingleton}, which lazy initialisation leaves out, so it is still built
     * at start-up (with no schema work, see {@code DbCommandProperties}) and the model is there.
     */
    @Test
    void comparesTheEntitiesWithTheDatabaseInALazyCommandContext() {
        this.contextRunner.withInitializer(context -> context.addBeanFactoryPostProcessor(
                        new LazyInitializationBeanFactoryPostProcessor()))
                .withPropertyValues("psm.migrate.locations=filesystem:" + this.scripts)
                .withBean(DbCommandMode.class, () -> new DbCommandMode(Optional.empty(), List.of("check")))
                .run(context -> {
                    ModelChanges changes = context.getBean(Autogenerator.class)
                            .compare(context.getBean(PsmMigrateInstances.class).find("default").orElseThrow().migrate());

                    assertThat(changes.changes()).contains("Detected added table 'users'", "Detected added table 'posts'",
                            "Detected added sequence 'tags_seq'");
                    assertThat(changes.upgrade()).contains("CREATE TABLE users");
                    assertThat(changes.downgrade()).contains("DROP TABLE users");
                });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnAutogenerator() {
        Autogenerator own = migrate -> ModelChanges.none();
        this.contextRunner.withBean(Autogenerator.class, () -> own)
                .run(context -> assertThat(context).getBean(Autogenerator.class).isSameAs(own));
    }

    @Test
    void backsOffWithoutHibernate() {
        this.contextRunner.withClassLoader(new FilteredClassLoader("org.hibernate"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(PsmMigrateInstances.class)
                        .doesNotHaveBean(Autogenerator.class).doesNotHaveBean(HibernateModelCapture.class));
    }

    @Test
    void backsOffWithoutAnEntityManagerFactory() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        PsmMigrateAutoConfiguration.class, PsmMigrateAutogenerateAutoConfiguration.class))
                .withPropertyValues(dataSourceProperties(this.database))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(PsmMigrateInstances.class)
                        .doesNotHaveBean(Autogenerator.class));
    }
}
