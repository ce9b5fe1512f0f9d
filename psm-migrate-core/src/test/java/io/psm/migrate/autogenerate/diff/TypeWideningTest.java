package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.DatabaseKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TypeWideningTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "varchar(20)|varchar(40)|true", "varchar(40)|varchar(20)|false", "varchar(40)|varchar|true",
            "varchar|varchar(40)|false", "integer|bigint|true", "bigint|integer|false", "varchar(20)|text|true",
            "numeric(10,2)|numeric(12,2)|true", "numeric(10,2)|numeric(10,3)|false", "numeric(10,2)|numeric|true",
            "timestamp(3)|timestamp(6)|true", "real|double precision|true", "varchar(20)|integer|false",
            "char(5)|varchar(10)|true", "char(5)|varchar(3)|false"})
    void aTypeChangeKeepsEveryValueOnlyWhenItWidens(String from, String to, boolean widening) {
        assertThat(TypeWidening.isWidening(DatabaseKind.POSTGRESQL.columnType(from),
                DatabaseKind.POSTGRESQL.columnType(to))).isEqualTo(widening);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"enum('A','B')|enum('A','B','C')|true", "enum('A','B')|enum('A')|false"})
    void anEnumWidensWhenItKeepsEveryValue(String from, String to, boolean widening) {
        assertThat(TypeWidening.isWidening(DatabaseKind.H2.columnType(from), DatabaseKind.H2.columnType(to)))
                .isEqualTo(widening);
    }
}
