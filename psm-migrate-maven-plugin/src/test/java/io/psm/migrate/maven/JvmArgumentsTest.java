package io.psm.migrate.maven;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@code psm.jvmArguments} is split into options. */
class JvmArgumentsTest {

    @Test
    void splitsAtBlanksOutsideQuotes() {
        assertThat(JvmArguments.split("  -Xmx1g \"-Dgreeting=hello world\" '-Dempty=' -ea "))
                .containsExactly("-Xmx1g", "-Dgreeting=hello world", "-Dempty=", "-ea");
    }

    @Test
    void nothingGivesNoOptions() {
        assertThat(JvmArguments.split(null)).isEmpty();
        assertThat(JvmArguments.split("   ")).isEmpty();
    }
}
