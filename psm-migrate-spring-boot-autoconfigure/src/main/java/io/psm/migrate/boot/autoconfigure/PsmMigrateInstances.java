package io.psm.migrate.boot.autoconfigure;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Every database psm-migrate manages in this application, by name: what the start-up migration,
 * the endpoint, the health indicator, the metrics and the {@code db} commands work on.
 */
public final class PsmMigrateInstances implements Iterable<PsmMigrateInstance> {

    /** The name of the instance of the application's own DataSource ({@code psm.migrate.*}). */
    public static final String DEFAULT = "default";

    private final Map<String, PsmMigrateInstance> instances;

    /**
     * The given instances, in order.
     *
     * @param instances the instances; their names must differ
     * @throws IllegalArgumentException when two share a name
     */
    PsmMigrateInstances(List<PsmMigrateInstance> instances) {
        Map<String, PsmMigrateInstance> byName = new LinkedHashMap<>();
        for (PsmMigrateInstance instance : instances) {
            if (byName.putIfAbsent(instance.name(), instance) != null) {
                throw new IllegalArgumentException("Two psm-migrate instances are named '" + instance.name() + "'");
            }
        }
        this.instances = Collections.unmodifiableMap(byName);
    }

    /** The instances, the default first. */
    public List<PsmMigrateInstance> all() {
        return List.copyOf(this.instances.values());
    }

    /** The names of the instances, the default first. */
    public List<String> names() {
        return List.copyOf(this.instances.keySet());
    }

    /** The instance of that name, if there is one. */
    public Optional<PsmMigrateInstance> find(String name) {
        return Optional.ofNullable(this.instances.get(name));
    }

    /** Whether one of the instances migrates exactly this DataSource. */
    public boolean manages(DataSource dataSource) {
        return this.instances.values().stream().anyMatch(instance -> instance.dataSource().equals(dataSource));
    }

    @Override
    public Iterator<PsmMigrateInstance> iterator() {
        return this.instances.values().iterator();
    }
}
