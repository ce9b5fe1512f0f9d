package io.psm.migrate.autogenerate.schema;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnTypeTest {

    @Test
    void argumentsFollowTheName() {
        assertThat(new ColumnType("NUMERIC", List.of("10", "2")).sql()).isEqualTo("NUMERIC(10,2)");
    }

    @Test
    void argumentsOfAZonedTypeGoBeforeTheZone() {
        assertThat(new ColumnType("TIMESTAMP WITH TIME ZONE", List.of("3")).sql())
                .isEqualTo("TIMESTAMP(3) WITH TIME ZONE");
    }

    @Test
    void argumentsOfAnArrayTypeGoBeforeTheBrackets() {
        assertThat(new ColumnType("VARCHAR[]", List.of("10")).sql()).isEqualTo("VARCHAR(10)[]");
    }

    @Test
    void aTypeWithoutArgumentsIsItsName() {
        assertThat(new ColumnType("UUID", List.of())).hasToString("UUID");
    }
}
