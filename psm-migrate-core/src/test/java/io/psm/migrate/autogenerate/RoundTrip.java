package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every change kind goes through: detect the difference, run the upgrade with plain JDBC,
 * find nothing left to do, run the downgrade and find the schema exactly as it was.
 */
final class RoundTrip {

    private RoundTrip() {
    }

    /** Runs the round trip against entity classes and returns the first comparison for assertions. */
    static AutogenerateResult run(TestDatabase database, Class<?>... entities) {
        return run(database, AutogenerateSettings.defaults(), AutogenerateFixture.target(database, entities));
    }

    /** Runs the round trip against a target model. */
    static AutogenerateResult run(TestDatabase database, AutogenerateSettings settings, SchemaModel target) {
        SchemaModel before = AutogenerateFixture.read(database);
        AutogenerateResult result = AutogenerateFixture.compare(database, settings, target);
        assertThat(result.isEmpty()).as("a difference is detected").isFalse();

        AutogenerateFixture.execute(database, result.upgradeStatements());
        assertThat(AutogenerateFixture.compare(database, settings, target).reportLines())
                .as("changes left after running the upgrade:\n%s", result.upgradeScript()).isEmpty();

        AutogenerateFixture.execute(database, result.downgradeStatements());
        assertThat(AutogenerateFixture.read(database)).as("schema after running the downgrade:\n%s",
                        result.downgradeScript())
                .usingRecursiveComparison().ignoringCollectionOrderInFields("tables.columns").isEqualTo(before);
        return result;
    }
}
