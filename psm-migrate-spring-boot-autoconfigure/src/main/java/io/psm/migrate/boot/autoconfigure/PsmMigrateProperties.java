package io.psm.migrate.boot.autoconfigure;

import java.util.LinkedHashMap;
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
