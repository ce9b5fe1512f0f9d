package io.psm.migrate.cli;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseUrlTest {

    @Test
    void postgresqlUrlBecomesJdbcWithDecodedCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:p%40ss@db.example.com:5433/app?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/app?sslmode=require");
        assertThat(url.user()).contains("app");
        assertThat(url.password()).contains("p@ss");
        assertThat(url.masked()).isEqualTo("postgresql://app:****@db.example.com:5433/app?sslmode=require");
    }

    @Test
    void postgresSchemeIsTheSameAsPostgresql() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app@localhost/app");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/app");
        assertThat(url.user()).contains("app");
        assertThat(url.password()).isEmpty();
    }

    @Test
    void h2UrlGetsTheJdbcPrefixAndH2sDefaultUser() {
        DatabaseUrl url = DatabaseUrl.parse("h2:file:./data/app");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:h2:file:./data/app");
        assertThat(url.user()).contains("sa");
    }

    @Test
    void jdbcUrlIsKeptAndItsPasswordParameterMasked() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db/app?user=app&password=secret&ssl=true");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db/app?user=app&password=secret&ssl=true");
        assertThat(url.masked()).isEqualTo("jdbc:postgresql://db/app?user=app&password=****&ssl=true");
    }

    @Test
    void h2PasswordSettingIsMasked() {
        assertThat(DatabaseUrl.mask("jdbc:h2:file:./app;USER=sa;PASSWORD=secret;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:./app;USER=sa;PASSWORD=****;MODE=PostgreSQL");
    }

    @Test
    void separateCredentialsWinOverTheUrls() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:one@db/app")
                .withCredentials(Optional.of("admin"), Optional.of("two"));

        assertThat(url.user()).contains("admin");
        assertThat(url.password()).contains("two");
    }

    @Test
    void unsupportedSchemeIsRefusedWithThePasswordMasked() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("mysql://app:secret@db/app"))
                .withMessageStartingWith("Unsupported database URL 'mysql://app:****@db/app'")
                .withMessageNotContaining("secret");
    }

    @Test
    void postgresqlUrlWithoutHostIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("postgresql:///app"))
                .withMessage("Database URL 'postgresql:///app' names no host");
    }
}
