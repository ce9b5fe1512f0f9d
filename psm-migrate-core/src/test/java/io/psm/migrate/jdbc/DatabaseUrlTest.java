package io.psm.migrate.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void postgresqlUrlGivesJdbcUrlUserAndPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:secret@db.example.com:6543/orders?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/orders?sslmode=require");
        assertThat(url.user()).contains("app");
        assertThat(url.password()).contains("secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://app@host/orders", "postgresql://app@host/orders", "postgresql+psycopg2://app@host/orders"})
    void everyPostgresqlSchemeSpellingMeansTheSameDatabase(String text) {
        assertThat(DatabaseUrl.parse(text).jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/orders");
    }

    @Test
    void missingPortBecomesTheDefaultPort() {
        assertThat(DatabaseUrl.parse("postgresql://host/db").jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/db");
    }

    @Test
    void missingHostBecomesLocalhost() {
        assertThat(DatabaseUrl.parse("postgresql:///db").jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db");
    }

    @Test
    void urlWithoutUserInfoHasNoUserAndNoPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://host/db");

        assertThat(url.user()).isEmpty();
        assertThat(url.password()).isEmpty();
    }

    @Test
    void userWithoutPasswordHasNoPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app@host/db");

        assertThat(url.user()).contains("app");
        assertThat(url.password()).isEmpty();
    }

    @Test
    void userAndPasswordArePercentDecoded() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://me%40corp:p%40ss%3Aw%2Frd%25+x@host/db");

        assertThat(url.user()).contains("me@corp");
        assertThat(url.password()).contains("p@ss:w/rd%+x");
    }

    @Test
    void percentDecodingReadsUtf8() {
        assertThat(DatabaseUrl.parse("postgresql://u:gr%C3%BC%C3%9Fe@host/db").password()).contains("grüße");
    }

    @Test
    void passwordWithUnescapedAtSignAndSlashStillWorks() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:p@ss/w@host:5432/db");

        assertThat(url.password()).contains("p@ss/w");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/db");
    }

    @Test
    void ipv6HostKeepsItsBrackets() {
        assertThat(DatabaseUrl.parse("postgresql://u:p@[::1]:5433/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5433/db");
    }

    @Test
    void ipv6HostWithoutPortGetsTheDefaultPort() {
        assertThat(DatabaseUrl.parse("postgresql://[2001:db8::7]/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[2001:db8::7]:5432/db");
    }

    @Test
    void severalHostsAreCarriedOverEachWithItsPort() {
        assertThat(DatabaseUrl.parse("postgresql://u@h1,h2:5433/db?targetServerType=primary").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/db?targetServerType=primary");
    }

    @Test
    void queryParametersAreCarriedOverAsWritten() {
        assertThat(DatabaseUrl.parse("postgresql://h/db?sslmode=verify-full&options=-c%20search_path%3Dapp").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h:5432/db?sslmode=verify-full&options=-c%20search_path%3Dapp");
    }

    @Test
    void userAndPasswordQueryParametersBecomeCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://h/db?user=app&password=s%26cret&sslmode=require");

        assertThat(url.user()).contains("app");
        assertThat(url.password()).contains("s&cret");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
    }

    @Test
    void namedInMemoryH2DatabaseIsKeptOpenBetweenConnections() {
        assertThat(DatabaseUrl.parse("h2:mem:app").jdbcUrl()).isEqualTo("jdbc:h2:mem:app;DB_CLOSE_DELAY=-1");
    }

    @Test
    void inMemoryH2DatabaseKeepsAnExplicitCloseDelay() {
        assertThat(DatabaseUrl.parse("h2:mem:app;DB_CLOSE_DELAY=5").jdbcUrl()).isEqualTo("jdbc:h2:mem:app;DB_CLOSE_DELAY=5");
    }

    @Test
    void h2FileUrlBecomesJdbcUrl() {
        DatabaseUrl url = DatabaseUrl.parse("h2:file:./data/app");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:h2:file:./data/app");
    }

    @Test
    void h2FileUrlConnectsWithNoUserAsSpringBootDoesForAFileUrl() {
        DatabaseUrl url = DatabaseUrl.parse("h2:file:./data/app");

        assertThat(url.user()).isEmpty();
        assertThat(url.password()).isEmpty();
    }

    @Test
    void h2MemoryUrlConnectsAsSpringBootsEmbeddedDatabaseUser() {
        DatabaseUrl url = DatabaseUrl.parse("h2:mem:app");

        assertThat(url.user()).contains("sa");
        assertThat(url.password()).contains("");
    }

    @Test
    void jdbcUrlIsPassedThroughWithCredentialsGivenSeparately() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://host/db?ssl=true").withUser("app").withPassword("pw");

        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://host/db?ssl=true", Optional.of("app"), Optional.of("pw")));
    }

    @Test
    void separateUserOverridesTheOneInTheUrl() {
        assertThat(DatabaseUrl.parse("postgresql://old:pw@host/db").withUser("new").user()).contains("new");
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(DatabaseUrl.parse("  h2:mem:x \n").jdbcUrl()).startsWith("jdbc:h2:mem:x;");
    }

    @Test
    void toStringMasksThePassword() {
        String text = DatabaseUrl.parse("postgresql://app:hunter2@host/db").toString();

        assertThat(text).doesNotContain("hunter2").contains("password=****").contains("user=app");
    }

    @Test
    void toStringMasksAPasswordInsideAJdbcUrl() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://host/db?user=a&password=hunter2").toString())
                .doesNotContain("hunter2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                        | the URL is empty",
            "localhost/db                              | no scheme",
            "postgresql:host/db                        | expected '//' after 'postgresql:'",
            "oracle://u:hunter2@host/db                | unsupported scheme 'oracle'",
            "postgresql://u:hunter2@host:54x2/db       | the port '54x2' is not a number",
            "postgresql://u:hunter2@host:70000/db      | the port '70000' is not a number from 1 to 65535",
            "postgresql://u:hunter2@[::1:5432/db       | is missing its closing ']'",
            "postgresql://u:hunter2@::1/db             | enclose it in brackets",
            "postgresql://u:hunter2@h1,,h2/db          | a host is empty",
            "postgresql://u:hunter2@ho st/db           | the host 'ho st' is not a host name",
            "postgresql://u:hunter2@host/db/x          | the database name 'db/x' contains '/'",
            "postgresql://u:hunter2%zz@host/db         | the password has a malformed percent-escape",
            "postgresql://u%2:hunter2@host/db          | the user name has a malformed percent-escape",
            "h2:                                       | the H2 URL names no database",
            "h2:mem:                                   | an in-memory H2 database needs a name",
            "jdbc:                                     | a jdbc: URL needs a subprotocol",
    })
    void malformedUrlIsRejectedSayingWhatIsWrong(String text, String problem) {
        assertThatThrownBy(() -> DatabaseUrl.parse(text))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining(problem)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void malformedUrlMessageShowsTheUrlWithThePasswordMasked() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:hunter2@host:x/db"))
                .isInstanceOfSatisfying(DatabaseUrlException.class, e -> {
                    assertThat(e.redactedUrl()).isEqualTo("postgresql://app:****@host:x/db");
                    assertThat(e.getMessage()).contains("'postgresql://app:****@host:x/db'");
                });
    }

    @Test
    void malformedEscapeInPasswordDoesNotQuoteAnyOfIt() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:hun%ter2@host/db"))
                .hasMessageNotContaining("hun")
                .hasMessageNotContaining("ter2");
    }
}
