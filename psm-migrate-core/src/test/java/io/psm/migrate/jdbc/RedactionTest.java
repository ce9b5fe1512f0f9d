package io.psm.migrate.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgresql://app:hunter2@host/db                    | postgresql://app:****@host/db",
            "postgresql://app@host/db                            | postgresql://app@host/db",
            "postgresql://host:5432/db                           | postgresql://host:5432/db",
            "postgresql://app:p@ss/w@host/db                     | postgresql://app:****@host/db",
            "jdbc:postgresql://host/db?user=a&password=hunter2   | jdbc:postgresql://host/db?user=a&password=****",
            "jdbc:postgresql://host/db?sslpassword=x&ssl=true    | jdbc:postgresql://host/db?sslpassword=****&ssl=true",
            "jdbc:h2:mem:x;USER=sa;PASSWORD=hunter2;MODE=MySQL   | jdbc:h2:mem:x;USER=sa;PASSWORD=****;MODE=MySQL",
            "No suitable driver found for jdbc:x://u:pw@h/d      | No suitable driver found for jdbc:x://u:****@h/d",
    })
    void redactMasksEveryPasswordAUrlShows(String url, String expected) {
        assertThat(DatabaseUrl.redact(url)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "p        | Current revision(s) for postgresql://postgres:p@127.0.0.1:5432/app (io.psm.migrate.cli)"
                    + " | Current revision(s) for postgresql://postgres:****@127.0.0.1:5432/app (io.psm.migrate.cli)",
            "sa       | jdbc:h2:mem:app;USER=sa;PASSWORD=sa as user sa"
                    + " | jdbc:h2:mem:app;USER=sa;PASSWORD=**** as user sa",
            "postgres | FATAL: password authentication failed for user \"postgres\" at postgres://postgres:postgres@db/postgres"
                    + " | FATAL: password authentication failed for user \"postgres\" at postgres://postgres:****@db/postgres",
            "postgres | --password postgres --user postgres | --password **** --user postgres",
            "postgres | --psm.migrate.password=postgres --psm.migrate.user=postgres"
                    + " | --psm.migrate.password=**** --psm.migrate.user=postgres",
            "p@:/%    | postgresql://app:p@:/%@db:5432/app?sslmode=require failed; app@example.org"
                    + " | postgresql://app:****@db:5432/app?sslmode=require failed; app@example.org",
            "p@:/%    | password=p@:/%&user=app | password=****&user=app",
            "p@:/%    | postgresql://app:p%40%3A%2F%25@db/app | postgresql://app:****@db/app",
    })
    void aKnownPasswordIsMaskedOnlyWhereItStandsAsACredential(String password, String text, String expected) {
        assertThat(DatabaseUrl.redact(text, List.of(password, java.net.URLEncoder.encode(password,
                java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Could not reach postgresql://u:pw@h1/d or postgresql://u:pw2@h2/d | Could not reach postgresql://u:****@h1/d or postgresql://u:****@h2/d",
            "postgresql://u:pw@h/d (mail admin@example.org) | postgresql://u:****@h/d (mail admin@example.org)",
            "Can't locate revision identified by 'nope1234' | Can't locate revision identified by 'nope1234'",
            "Caused by: java.lang.IllegalStateException: bad | Caused by: java.lang.IllegalStateException: bad",
    })
    void withoutKnownPasswordsEachUrlIsMaskedOnItsOwn(String text, String expected) {
        assertThat(DatabaseUrl.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREATE USER app PASSWORD = 'x''y' | CREATE USER app PASSWORD = '****'",
            "ALTER USER sa SET PASSWORD 'sa' | ALTER USER sa SET PASSWORD '****'",
            "CREATE USER app IDENTIFIED BY 'hunter2' | CREATE USER app IDENTIFIED BY '****'",
    })
    void statementsHaveThePasswordsTheySetMasked(String sql, String expected) {
        assertThat(DatabaseUrl.redactStatement(sql)).isEqualTo(expected);
    }
}
