package io.psm.migrate.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
