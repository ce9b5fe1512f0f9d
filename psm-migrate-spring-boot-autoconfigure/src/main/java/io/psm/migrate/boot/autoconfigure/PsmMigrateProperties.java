package io.psm.migrate.boot.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of psm-migrate ({@code psm.migrate.*}): the application's database,
 * and further databases under {@code psm.migrate.instances.<name>.*}.
 */
@ConfigurationProperties("psm.migrate")
public class PsmMigrateProperties extends MigrationProperties {

    /**
     * Whether to enable psm-migrate's auto-configuration.
     */
    private boolean enabled = true;

    /**
     * Further databases to migrate, by name, each with its own DataSource bean or url and its
     * own settings. They take nothing from the psm.migrate.* settings of the application's
     * database: each has the defaults.
     */
    private Map<String, Instance> instances = new LinkedHashMap<>();

    /**
     * Autogenerate ("db migrate", "db check") of the application's database.
     */
    private final Autogenerate autogenerate = new Autogenerate();

    /** Whether the auto-configuration is enabled. */
    public boolean isEnabled() {
        return this.enabled;
    }

    /** Sets whether the auto-configuration is enabled. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The further databases, by name. */
    public Map<String, Instance> getInstances() {
        return this.instances;
    }

    /** Sets the further databases, by name. */
    public void setInstances(Map<String, Instance> instances) {
        this.instances = instances;
    }

    /** The autogenerate settings. */
    public Autogenerate getAutogenerate() {
        return this.autogenerate;
    }

    @Override
    List<String> autogenerateExclusions() {
        return this.autogenerate.getExcludeTables();
    }

    /**
     * Autogenerate of the application's database: {@code psm.migrate.autogenerate.*}.
     */
    public static class Autogenerate {

        /**
         * Tables (and sequences) that autogenerate leaves alone, besides the version, history and
         * lock tables: exact names or patterns with "*" ("batch_*"), matched without regard to case.
         */
        private List<String> excludeTables = new ArrayList<>();

        /** The tables autogenerate leaves alone. */
        public List<String> getExcludeTables() {
            return this.excludeTables;
        }

        /** Sets the tables autogenerate leaves alone. */
        public void setExcludeTables(List<String> excludeTables) {
            this.excludeTables = excludeTables;
        }
    }

    /**
     * One further database: {@code psm.migrate.instances.<name>.*}.
     */
    public static class Instance extends MigrationProperties {

        /**
         * Name of the DataSource bean to migrate. The url is used instead when not set.
         */
        private String dataSource;

        /** The name of the DataSource bean to migrate. */
        public String getDataSource() {
            return this.dataSource;
        }

        /** Sets the name of the DataSource bean to migrate. */
        public void setDataSource(String dataSource) {
            this.dataSource = dataSource;
        }
    }
}
