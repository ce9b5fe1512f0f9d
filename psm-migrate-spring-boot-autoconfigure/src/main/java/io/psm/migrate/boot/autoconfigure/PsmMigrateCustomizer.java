package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.PsmMigrate;

/**
 * Adjusts an instance's {@link PsmMigrate.Builder} after the properties are applied, for what
 * properties cannot say (Java migrations of a named instance, a clock, ...). Beans of this type
 * are applied in {@link org.springframework.core.annotation.Order order}, to every instance.
 */
@FunctionalInterface
public interface PsmMigrateCustomizer {

    /**
     * Customizes the builder of one instance.
     *
     * @param instance the instance's name ({@value PsmMigrateInstances#DEFAULT} for the application's database)
     * @param builder  the builder, already configured from the properties
     */
    void customize(String instance, PsmMigrate.Builder builder);
}
