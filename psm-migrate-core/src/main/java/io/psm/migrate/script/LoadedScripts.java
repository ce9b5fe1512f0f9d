package io.psm.migrate.script;

import java.util.List;
import java.util.Optional;

/**
 * Everything a {@link ScriptLoader} found, parsed and checked for form (not yet for graph consistency).
 *
 * @param scripts          the scripts: per location SQL files by path, then Java classes by name; then
 *                         the Java migration instances passed in, in their order
 * @param missingLocations the {@code classpath:} locations that exist nowhere on the classpath, as
 *                         written; the caller decides whether that matters (a missing filesystem
 *                         location is an error instead)
 */
public record LoadedScripts(List<MigrationScript> scripts, List<String> missingLocations) {

    /** Copies both lists. */
    public LoadedScripts {
        scripts = List.copyOf(scripts);
        missingLocations = List.copyOf(missingLocations);
    }

    /**
     * Whether no script was found at all.
     *
     * @return true when there are no scripts
     */
    public boolean isEmpty() {
        return scripts.isEmpty();
    }

    /**
     * The script with exactly this revision id.
     *
     * @param revisionId the full id
     * @return the first script with that id, if any
     */
    public Optional<MigrationScript> find(String revisionId) {
        return scripts.stream().filter(script -> script.id().equals(revisionId)).findFirst();
    }
}
