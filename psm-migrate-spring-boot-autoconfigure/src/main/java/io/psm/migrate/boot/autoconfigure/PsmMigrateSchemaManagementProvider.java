package io.psm.migrate.boot.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Hibernate's auto-configuration that psm-migrate manages a DataSource's schema, so that its
 * default {@code ddl-auto} on an embedded database is {@code none} instead of {@code create-drop}.
 */
final class PsmMigrateSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<PsmMigrateInstances> instances;

    PsmMigrateSchemaManagementProvider(ObjectProvider<PsmMigrateInstances> instances) {
        this.instances = instances;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        PsmMigrateInstances managed = this.instances.getIfAvailable();
        return (managed != null && managed.manages(dataSource)) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
