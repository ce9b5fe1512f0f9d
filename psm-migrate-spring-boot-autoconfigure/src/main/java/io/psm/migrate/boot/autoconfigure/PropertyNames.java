package io.psm.migrate.boot.autoconfigure;

/** The full names of an instance's properties, for messages. */
final class PropertyNames {

    private PropertyNames() {
    }

    /**
     * The property of an instance: {@code psm.migrate.mode} for the default instance,
     * {@code psm.migrate.instances.audit.mode} for another.
     */
    static String of(String instance, String property) {
        return prefix(instance) + "." + property;
    }

    /** The prefix of an instance's properties. */
    static String prefix(String instance) {
        return PsmMigrateInstances.DEFAULT.equals(instance) ? "psm.migrate" : "psm.migrate.instances." + instance;
    }
}
