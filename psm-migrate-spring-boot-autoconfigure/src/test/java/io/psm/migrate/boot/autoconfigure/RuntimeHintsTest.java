package io.psm.migrate.boot.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import static org.assertj.core.api.Assertions.assertThat;

/** Native images keep the default location's scripts. */
class RuntimeHintsTest {

    @Test
    void keepsTheScriptsOfTheDefaultLocation() {
        RuntimeHints hints = new RuntimeHints();

        new PsmMigrateAutoConfiguration.MigrationScriptsRuntimeHints().registerHints(hints, getClass().getClassLoader());

        assertThat(RuntimeHintsPredicates.resource().forResource("db/migrations/a1b2c3d4e5f6_create_book.sql"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/migrations/nested/b2c3d4e5f6a7_add.sql"))
                .accepts(hints);
    }
}
