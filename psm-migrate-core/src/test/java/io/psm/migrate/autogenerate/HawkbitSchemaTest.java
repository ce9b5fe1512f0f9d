package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads and rebuilds a real schema: hawkbit's, as its own Flyway history builds it. */
class HawkbitSchemaTest {

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void theSchemaReadFromTheDatabaseShowsNoChangeAgainstItself(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            HawkbitCorpus.apply(database);
            SchemaModel schema = AutogenerateFixture.read(database);

            AutogenerateResult result = AutogenerateFixture.compare(database, AutogenerateSettings.defaults(), schema);

            assertThat(schema.tables()).hasSizeGreaterThan(20);
            assertThat(result.isEmpty()).isTrue();
            assertThat(result.warnings()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "SQLITE")
    void droppingEverythingIsUndoneExactlyByTheDowngrade(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            HawkbitCorpus.apply(database);
            SchemaModel schema = AutogenerateFixture.read(database);
            SchemaModel nothing = new SchemaModel(schema.database(), schema.identifierCase(), List.of(), List.of());

            AutogenerateResult result = RoundTrip.run(database, AutogenerateSettings.defaults(), nothing);

            assertThat(result.changes()).hasSize(schema.tables().size() + schema.sequences().size());
        }
    }
}
