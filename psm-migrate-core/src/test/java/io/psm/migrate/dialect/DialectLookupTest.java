package io.psm.migrate.dialect;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DialectLookupTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void detectFindsTheDialectOfALiveDatabase(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection()) {
            assertThat(Dialect.detect(connection).name()).isEqualTo(kind.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void unknownProductIsAnErrorNamingItAndTheSupportedOnes() {
        assertThatThrownBy(() -> KnownDialects.forProduct("Oracle", "19.3"))
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessage("psm-migrate has no dialect for Oracle 19.3 (supported: PostgreSQL, H2, SQLite)");
    }

    @ParameterizedTest
    @CsvSource({
            "postgresql://u:p@host/db, postgresql",
            "postgres://host/db, postgresql",
            "jdbc:postgresql://host/db, postgresql",
            "h2:mem:x, h2",
            "jdbc:h2:file:./data/app, h2",
            "sqlite:///app.db, sqlite",
            "sqlite://, sqlite",
            "jdbc:sqlite:/tmp/app.db, sqlite",
    })
    void forUrlChoosesTheDialectOfEveryUrlForm(String url, String dialect) {
        assertThat(Dialect.forUrl(url).name()).isEqualTo(dialect);
    }

    @Test
    void forUrlOfAnUnsupportedDatabaseNamesTheUrlWithoutItsPassword() {
        assertThatThrownBy(() -> Dialect.forUrl("jdbc:oracle:thin:@host:1521/db?password=hunter2"))
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("jdbc:oracle:thin:@host:1521/db?password=****")
                .hasMessageNotContaining("hunter2");
    }

    @ParameterizedTest
    @CsvSource({"postgresql, postgresql", "POSTGRES, postgresql", "h2, h2", "SQLite, sqlite"})
    void namedFindsADialectIgnoringCase(String name, String dialect) {
        assertThat(Dialect.named(name).name()).isEqualTo(dialect);
    }

    @Test
    void unknownNameIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> Dialect.named("oracle"))
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessage("psm-migrate has no dialect named 'oracle' (supported: postgresql, h2, sqlite)");
    }

    @Test
    void postgresqlAndSqliteDdlIsTransactionalAndH2DdlIsNot() {
        assertThat(Dialect.named("postgresql").transactionalDdl()).isTrue();
        assertThat(Dialect.named("sqlite").transactionalDdl()).isTrue();
        assertThat(Dialect.named("h2").transactionalDdl()).isFalse();
    }
}
