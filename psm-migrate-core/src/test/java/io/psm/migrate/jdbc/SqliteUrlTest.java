package io.psm.migrate.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQLite URLs read with SQLAlchemy's slash rules, for the xerial JDBC driver. */
class SqliteUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sqlite:///app.db                     | jdbc:sqlite:app.db?foreign_keys=on",
            "sqlite:///data/app.db                | jdbc:sqlite:data/app.db?foreign_keys=on",
            "sqlite:////var/lib/app/app.db        | jdbc:sqlite:/var/lib/app/app.db?foreign_keys=on",
            "sqlite:///my%20data/app.db           | jdbc:sqlite:my data/app.db?foreign_keys=on",
            "SQLite:///app.db                     | jdbc:sqlite:app.db?foreign_keys=on",
            "sqlite://                            | jdbc:sqlite:file::memory:?cache=shared&foreign_keys=on",
            "sqlite:///                           | jdbc:sqlite:file::memory:?cache=shared&foreign_keys=on",
            "sqlite:///:memory:                   | jdbc:sqlite:file::memory:?cache=shared&foreign_keys=on",
    })
    void threeSlashesAreRelativeFourAbsoluteAndNoPathIsInMemory(String url, String jdbcUrl) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);

        assertThat(parsed.jdbcUrl()).isEqualTo(jdbcUrl);
        assertThat(parsed.user()).isEmpty();
        assertThat(parsed.password()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sqlite:///app.db?journal_mode=WAL&foreign_keys=on | jdbc:sqlite:app.db?journal_mode=WAL&foreign_keys=on",
            "sqlite:///app.db?foreign_keys=off                 | jdbc:sqlite:app.db?foreign_keys=off",
            "sqlite:///app.db?timeout=20                       | jdbc:sqlite:app.db?foreign_keys=on&busy_timeout=20000",
            "sqlite:///app.db?timeout=0.5                      | jdbc:sqlite:app.db?foreign_keys=on&busy_timeout=500",
            "sqlite:///app.db?check_same_thread=false          | jdbc:sqlite:app.db?foreign_keys=on",
            "sqlite://?foreign_keys=false                      | jdbc:sqlite:file::memory:?cache=shared&foreign_keys=false",
            "sqlite:///file:app.db?mode=ro&uri=true            | jdbc:sqlite:file:app.db?foreign_keys=on&mode=ro",
    })
    void foreignKeysAreEnforcedUnlessTheUrlSaysAndOtherSettingsAreCarriedOverTranslatedOrDropped(String url, String jdbcUrl) {
        assertThat(DatabaseUrl.parse(url).jdbcUrl()).isEqualTo(jdbcUrl);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sqlite:app.db                  | a SQLite URL is sqlite:///relative/path.db, sqlite:////absolute/path.db or sqlite://",
            "sqlite://host/app.db           | a SQLite URL names no host: write sqlite:///host/app.db",
            "sqlite:///app.db?cache_mb=20   | the SQLite driver has no setting 'cache_mb' (it would become part of the file name)",
            "sqlite:///app.db?timeout=soon  | the timeout 'soon' is not a number of seconds",
            "sqlite:///app.db?mode=ro       | the parameter 'mode=ro' belongs to a SQLite file: URI",
    })
    void malformedSqliteUrlIsRejectedSayingWhatIsWrong(String url, String problem) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void anEncryptionPasswordInTheQueryIsMasked() {
        DatabaseUrl parsed = DatabaseUrl.parse("sqlite:///secret.db?password=hunter2");

        assertThat(parsed.redactedJdbcUrl()).isEqualTo("jdbc:sqlite:secret.db?foreign_keys=on&password=****");
        assertThat(parsed.toString()).doesNotContain("hunter2");
    }
}
