package io.psm.migrate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @Test
    void scanFindsThePasswordOptionInBothSpellings() {
        Secrets secrets = Secrets.scan(List.of("--password", "alpha1", "--password=beta22"), Map.of());

        assertThat(secrets.values()).contains("alpha1", "beta22");
        assertThat(secrets.mask("--password alpha1 --password=beta22")).isEqualTo("--password **** --password=****");
    }

    @Test
    void scanFindsPasswordsInUrlArgumentsAndInDatabaseUrl() {
        Secrets secrets = Secrets.scan(List.of("--url", "postgresql://app:gamma3@db/app"),
                Map.of("DATABASE_URL", "postgres://app:delta4@db/app"));

        assertThat(secrets.values()).contains("gamma3", "delta4");
    }

    @Test
    void aKnownPasswordWithUrlCharactersIsMaskedExactlyInAUrl() {
        Secrets secrets = Secrets.of(List.of("p@:/%"));

        assertThat(secrets.mask("cannot reach postgresql://app:p@:/%@db/app as app@db"))
                .isEqualTo("cannot reach postgresql://app:****@db/app as app@db");
        assertThat(secrets.mask("postgresql://app:p%40%3A%2F%25@db/app")).isEqualTo("postgresql://app:****@db/app");
    }

    @ParameterizedTest
    @ValueSource(strings = {"p", "sa", "postgres"})
    void aPasswordThatIsAlsoAWordIsMaskedOnlyWhereItStandsAsACredential(String password) {
        Secrets secrets = Secrets.of(List.of(password));

        assertThat(secrets.mask("Current revision(s) for postgresql://postgres:" + password + "@db:5432/postgres"
                + " (io.psm.migrate, user sa)")).isEqualTo("Current revision(s) for postgresql://postgres:****@db:5432/postgres"
                + " (io.psm.migrate, user sa)");
        assertThat(secrets.mask("psm.migrate.password=" + password)).isEqualTo("psm.migrate.password=****");
    }

    @Test
    void maskHidesUrlPasswordsItWasNotToldAbout() {
        assertThat(Secrets.of(List.of()).mask("cannot reach postgresql://app:epsilon5@db/app"))
                .isEqualTo("cannot reach postgresql://app:****@db/app");
    }

    @Test
    void withAddsAPromptedPassword() {
        assertThat(Secrets.of(List.of()).with("zeta66").values()).contains("zeta66");
    }
}
