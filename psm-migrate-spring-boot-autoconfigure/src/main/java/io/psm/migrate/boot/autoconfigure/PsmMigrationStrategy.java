package io.psm.migrate.boot.autoconfigure;

/**
 * What start-up does with each instance whose mode is not {@link MigrationMode#OFF}. Define a bean
 * of this type to take over, for instance to back up first and then run the
 * {@linkplain #standard() standard strategy}.
 */
@FunctionalInterface
public interface PsmMigrationStrategy {

    /**
     * Migrates or checks one instance on start-up. Called once per instance, in order, before
     * anything that uses the database is created.
     *
     * @param instance the instance, with its mode and target
     */
    void migrate(PsmMigrateInstance instance);

    /**
     * The strategy used when no bean is defined: {@link MigrationMode#UPGRADE} upgrades to the
     * target, {@link MigrationMode#VALIDATE} throws {@link PendingRevisionsException} when
     * revisions are pending.
     *
     * @return the standard strategy
     */
    static PsmMigrationStrategy standard() {
        return StandardMigrationStrategy.INSTANCE;
    }
}
