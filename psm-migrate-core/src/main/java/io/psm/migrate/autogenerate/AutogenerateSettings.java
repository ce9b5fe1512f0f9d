package io.psm.migrate.autogenerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What autogenerate compares.
 *
 * @param schema         the schema to compare, as written in configuration (folded like an unquoted
 *                       identifier unless double-quoted); empty for the connection's current schema,
 *                       in which case generated SQL leaves names unqualified
 * @param excludedTables tables (and sequences) autogenerate leaves alone on both sides: exact names
 *                       or simple patterns with {@code *}, matched without regard to case, so that
 *                       {@code batch_*} also covers {@code batch_job_seq}; the caller adds its
 *                       version, history and lock tables here
 */
public record AutogenerateSettings(Optional<String> schema, List<String> excludedTables) {

    public AutogenerateSettings {
        excludedTables = List.copyOf(excludedTables);
    }

    /** The connection's current schema, nothing excluded. */
    public static AutogenerateSettings defaults() {
        return new AutogenerateSettings(Optional.empty(), List.of());
    }

    /** These settings for another schema. */
    public AutogenerateSettings withSchema(String name) {
        return new AutogenerateSettings(Optional.of(name), excludedTables);
    }

    /** These settings with more tables (names or {@code *} patterns) left alone. */
    public AutogenerateSettings excluding(String... tables) {
        List<String> all = new ArrayList<>(excludedTables);
        all.addAll(Arrays.asList(tables));
        return new AutogenerateSettings(schema, all);
    }
}
