package io.psm.migrate.boot.command;

import io.psm.migrate.boot.autoconfigure.DbCommandMode;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** A {@code db} command keeps the auto-configurations that make the DataSource, and Hibernate's when it compares. */
class DbCommandAutoConfigurationFilterTest {

    private static final String[] CANDIDATES = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
            "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
            "io.psm.migrate.boot.autoconfigure.PsmMigrateAutoConfiguration",
            "io.psm.migrate.boot.autoconfigure.health.MigrationsHealthContributorAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaConfiguration",
            "com.example.secrets.VaultDataSourceAutoConfiguration",
            null};

    @Test
    void aCommandThatDoesNotCompareKeepsTheDataSourceAndPsmMigrateOnly() {
        assertThat(match("current")).containsExactly(true, false, false, false, true, false, true, true, true);
    }

    @Test
    void aCommandThatComparesAlsoKeepsHibernate() {
        assertThat(match("migrate", "-m", "Add year")).containsExactly(true, true, false, false, true, false, true, true,
                true);
    }

    @Test
    void aNormalStartKeepsEverything() {
        DbCommandAutoConfigurationFilter filter = new DbCommandAutoConfigurationFilter();
        filter.setBeanClassLoader(getClass().getClassLoader());
        filter.setEnvironment(new StandardEnvironment());

        assertThat(filter.match(CANDIDATES, null)).containsOnly(true);
    }

    private boolean[] match(String... command) {
        StandardEnvironment environment = new StandardEnvironment();
        DbCommandProperties.apply(environment, new DbCommandMode(Optional.empty(), List.of(command)));
        DbCommandAutoConfigurationFilter filter = new DbCommandAutoConfigurationFilter();
        filter.setBeanClassLoader(getClass().getClassLoader());
        filter.setEnvironment(environment);
        return filter.match(CANDIDATES, null);
    }
}
