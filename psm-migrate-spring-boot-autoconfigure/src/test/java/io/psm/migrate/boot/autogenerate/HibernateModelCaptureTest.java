package io.psm.migrate.boot.autogenerate;

import io.psm.migrate.autogenerate.hibernate.HibernateSchemaReader;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.boot.command.blog.Post;
import io.psm.migrate.boot.command.blog.Tag;
import io.psm.migrate.boot.command.blog.User;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The capture keeps the metamodel of each open SessionFactory built with it, and only those. */
class HibernateModelCaptureTest {

    private final TestDatabase database = TestDatabases.h2();

    private final HibernateModelCapture capture = new HibernateModelCapture();

    @AfterEach
    void dropDatabase() {
        this.database.close();
    }

    @Test
    void withoutASessionFactoryThereIsNoModelAndTheMessageSaysWhy() {
        assertThatThrownBy(this.capture::metadata).isInstanceOf(EntityModelUnavailableException.class)
                .hasMessageStartingWith("No Hibernate metamodel was captured: the application's EntityManagerFactory"
                        + " was not built by Spring Boot's Hibernate auto-configuration");
    }

    @Test
    void theMetamodelOfTheSessionFactoryIsTheApplicationsEntities() {
        try (SessionFactory ignored = sessionFactory("blog")) {
            List<String> tables = new HibernateSchemaReader().read(this.capture.metadata()).tables().stream()
                    .map(Table::name).map(name -> name.toLowerCase(Locale.ROOT)).toList();

            assertThat(tables).containsExactly("posts", "tags", "users");
        }
    }

    @Test
    void twoOpenSessionFactoriesAreAmbiguousUntilOneCloses() {
        try (SessionFactory first = sessionFactory("first"); SessionFactory ignored = sessionFactory("second")) {
            assertThatThrownBy(this.capture::metadata).isInstanceOf(EntityModelUnavailableException.class)
                    .hasMessageStartingWith("2 Hibernate metamodels were captured");

            first.close();

            assertThat(this.capture.metadata()).isNotNull();
        }
    }

    /** A SessionFactory of the blog's entities, with the capture registered as Spring Boot would register it. */
    private SessionFactory sessionFactory(String name) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.nonJtaDataSource", this.database.dataSource());
        new IntegratorRegistration(this.capture).customize(settings);
        return new HibernatePersistenceConfiguration(name).managedClasses(User.class, Post.class, Tag.class)
                .properties(settings).createEntityManagerFactory();
    }
}
