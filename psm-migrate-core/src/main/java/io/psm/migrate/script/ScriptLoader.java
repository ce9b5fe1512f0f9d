package io.psm.migrate.script;

import io.psm.migrate.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Loads the migration scripts of one or more locations: SQL files and Java migrations.
 *
 * <p>Locations are {@code classpath:db/migrations} (the default), {@code filesystem:/path} or a plain
 * filesystem path, each scanned recursively. A classpath location is looked up in every classpath
 * root that has it (class folders, jars, Spring Boot executable jars); its package
 * ({@code db.migrations}) is searched for classes that implement {@link JavaMigration} and carry
 * {@link io.psm.migrate.Revision @Revision}. A filesystem location holds SQL files only.
 *
 * <p>Loading reads and parses everything up front, so every malformed file is found before anything
 * touches a database, and reports them all in one {@link InvalidScriptsException}. A missing
 * filesystem location is one of those problems; a missing classpath location is not an error and is
 * listed in {@link LoadedScripts#missingLocations()}. SQL statements are split later, lazily, by
 * {@link ScriptBody.SqlBody#statements()}. Instances are immutable and thread-safe.
 */
public final class ScriptLoader {

    /** The location used when none is configured. */
    public static final String DEFAULT_LOCATION = "classpath:db/migrations";

    private static final Logger LOG = LoggerFactory.getLogger(ScriptLoader.class);

    private final ClassLoader classLoader;

    /** A loader that searches the thread's context class loader, or this library's when there is none. */
    public ScriptLoader() {
        this(defaultClassLoader());
    }

    /**
     * A loader that searches a given class loader.
     *
     * @param classLoader the loader whose classpath {@code classpath:} locations are searched, and that
     *                    loads the Java migrations found there
     */
    public ScriptLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /**
     * Loads the scripts of some locations.
     *
     * @param locations the locations, in order; a location given twice is scanned once
     * @return the scripts, and the classpath locations that were missing
     * @throws InvalidScriptsException listing every malformed file and missing filesystem location
     */
    public LoadedScripts load(List<String> locations) {
        return load(locations, List.of());
    }

    /**
     * Loads the scripts of some locations, plus Java migrations created by the caller (a Spring
     * application passes its beans). A class found by scanning that is also passed as an instance is
     * taken once, as the instance.
     *
     * @param locations  the locations, in order
     * @param migrations Java migrations already created, each carrying {@code @Revision}
     * @return the scripts, and the classpath locations that were missing
     * @throws InvalidScriptsException listing every malformed file, class and missing filesystem location
     */
    public LoadedScripts load(List<String> locations, List<? extends JavaMigration> migrations) {
        long start = System.nanoTime();
        List<MigrationScript> scripts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<ScriptException> problems = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (JavaMigration migration : migrations) {
            for (Class<?> type = migration.getClass(); type != null; type = type.getSuperclass()) {
                given.add(type.getName());
            }
        }
        LocationScanner scanner = new LocationScanner(classLoader);
        for (String text : new LinkedHashSet<>(locations)) {
            try {
                Location location = Location.parse(text);
                Scan scan = scanner.scan(location);
                if (!scan.found()) {
                    missing(location, missing, problems);
                }
                parseFiles(scan, scripts, problems);
                loadClasses(scan, given, scripts, problems);
            } catch (ScriptException e) {
                problems.add(e);
            }
        }
        for (JavaMigration migration : migrations) {
            attempt(() -> scripts.add(JavaMigrations.fromInstance(migration)), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidScriptsException(problems);
        }
        LOG.debug("Loaded {} migration scripts from {} in {} ms", scripts.size(), locations,
                (System.nanoTime() - start) / 1_000_000);
        return new LoadedScripts(scripts, missing);
    }

    private static void missing(Location location, List<String> missing, List<ScriptException> problems) {
        if (location.kind() == Location.Kind.CLASSPATH) {
            missing.add(location.text());
        } else {
            problems.add(new ScriptException(location.text(), "the migration folder does not exist"
                    + " (create it with 'init', or point the location elsewhere)", null));
        }
    }

    /** Reads and parses every SQL file, in the files' order. */
    private static void parseFiles(Scan scan, List<MigrationScript> scripts, List<ScriptException> problems) {
        for (Scan.SqlFile file : scan.sqlFiles()) {
            attempt(() -> scripts.add(SqlScriptParser.parse(file.location(), file.read())), problems);
        }
    }

    private void loadClasses(Scan scan, Set<String> given, List<MigrationScript> scripts,
                             List<ScriptException> problems) {
        for (String className : scan.classNames()) {
            if (!given.contains(className)) {
                attempt(() -> JavaMigrations.fromClass(loadClass(className)).ifPresent(scripts::add), problems);
            }
        }
    }

    private Class<?> loadClass(String className) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ScriptException(className, "the class cannot be loaded: " + e, e);
        }
    }

    private static void attempt(Runnable action, List<ScriptException> problems) {
        try {
            action.run();
        } catch (ScriptException e) {
            problems.add(e);
        }
    }

    private static ClassLoader defaultClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ScriptLoader.class.getClassLoader();
    }
}
