package io.psm.migrate.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @Test
    void scanFindsThePasswordOptionInBothSpellings() {
        Secrets secrets = Secrets.scan(List.of("--password", "alpha1", "--password=beta22"), Map.of());

        assertThat(secrets.mask("alpha1 beta22")).isEqualTo("**** ****");
    }

    @Test
    void scanFindsPasswordsInUrlArgumentsAndInDatabaseUrl() {
        Secrets secrets = Secrets.scan(List.of("--url", "postgresql://app:gamma3@db/app"),
                Map.of("DATABASE_URL", "postgres://app:delta4@db/app"));

        assertThat(secrets.mask("failed: gamma3, delta4")).isEqualTo("failed: ****, ****");
    }

    @Test
    void maskReplacesThePercentEncodedFormToo() {
        Secrets secrets = Secrets.of(List.of("p@ss word"));

        assertThat(secrets.mask("p@ss word and p%40ss+word")).isEqualTo("**** and ****");
    }

    @Test
    void maskHidesUrlPasswordsItWasNotToldAbout() {
        assertThat(Secrets.of(List.of()).mask("cannot reach postgresql://app:epsilon5@db/app"))
                .isEqualTo("cannot reach postgresql://app:****@db/app");
    }

    @Test
    void withAddsAPromptedPassword() {
        assertThat(Secrets.of(List.of()).with("zeta66").mask("zeta66")).isEqualTo("****");
    }
}
