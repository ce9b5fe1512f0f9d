package io.psm.migrate.autogenerate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableFilterTest {

    private final TableFilter filter = new TableFilter(List.of("psm_version", "audit_*", "*_tmp", "a*b"));

    @Test
    void anExactNameMatchesWhateverItsCase() {
        assertThat(filter.excludes("PSM_VERSION")).isTrue();
        assertThat(filter.excludes("psm_version_2")).isFalse();
    }

    @Test
    void aStarMatchesAnyRunOfCharacters() {
        assertThat(filter.excludes("audit_2026")).isTrue();
        assertThat(filter.excludes("orders_tmp")).isTrue();
        assertThat(filter.excludes("axxb")).isTrue();
        assertThat(filter.excludes("orders")).isFalse();
    }

    @Test
    void otherPatternCharactersAreLiteral() {
        assertThat(new TableFilter(List.of("a.c")).excludes("abc")).isFalse();
    }
}
