package io.psm.migrate.autogenerate.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.psm.migrate.autogenerate.schema.DatabaseKind.H2;
import static io.psm.migrate.autogenerate.schema.DatabaseKind.POSTGRESQL;
import static org.assertj.core.api.Assertions.assertThat;

class DatabaseKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int4|INTEGER", "integer|INTEGER", "INT|INTEGER", "serial|INTEGER", "int8|BIGINT", "bigserial|BIGINT",
            "bool|BOOLEAN", "character varying(40)|VARCHAR(40)", "varchar|VARCHAR", "bpchar|CHAR(1)",
            "timestamp|TIMESTAMP(6)", "timestamp(3) without time zone|TIMESTAMP(3)",
            "timestamptz|TIMESTAMP(6) WITH TIME ZONE", "timestamp(6) with time zone|TIMESTAMP(6) WITH TIME ZONE",
            "time|TIME(6)", "decimal(10, 2)|NUMERIC(10,2)", "numeric(5)|NUMERIC(5,0)", "float8|DOUBLE PRECISION",
            "float(53)|DOUBLE PRECISION", "float(24)|REAL", "float4|REAL", "interval second(6)|INTERVAL",
            "_int4|INTEGER[]", "text|TEXT", "oid|OID"})
    void postgresqlSpellingsOfATypeShareOneCanonicalForm(String declared, String canonical) {
        assertThat(POSTGRESQL.columnType(declared).sql()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHARACTER VARYING(40)|VARCHAR(40)", "INT|INTEGER", "BIGINT|BIGINT", "BOOLEAN|BOOLEAN",
            "TIME|TIME(0)", "TIMESTAMP|TIMESTAMP(6)", "TIMESTAMP WITH TIME ZONE|TIMESTAMP(6) WITH TIME ZONE",
            "BINARY VARYING(255)|VARBINARY(255)", "CHARACTER LARGE OBJECT|CLOB", "BINARY LARGE OBJECT|BLOB",
            "DOUBLE|DOUBLE PRECISION", "DECIMAL(12,3)|NUMERIC(12,3)"})
    void h2SpellingsOfATypeShareOneCanonicalForm(String declared, String canonical) {
        assertThat(H2.columnType(declared).sql()).isEqualTo(canonical);
    }

    @Test
    void h2EnumValuesKeepTheirCaseAndLoseTheSpacing() {
        assertThat(H2.columnType("ENUM('Active', 'blocked')")).isEqualTo(H2.columnType("enum ('Active','blocked')"));
        assertThat(H2.columnType("enum ('Active','blocked')").sql()).isEqualTo("ENUM('Active','blocked')");
    }

    @Test
    void postgresqlMetadataWithoutLengthOrPrecisionMeansUnbounded() {
        assertThat(POSTGRESQL.columnType("varchar", Integer.MAX_VALUE, 0).sql()).isEqualTo("VARCHAR");
        assertThat(POSTGRESQL.columnType("numeric", 0, 0).sql()).isEqualTo("NUMERIC");
        assertThat(POSTGRESQL.columnType("varchar", 40, 0).sql()).isEqualTo("VARCHAR(40)");
    }

    @Test
    void h2MetadataWithItsMaximumLengthOrPrecisionMeansUnbounded() {
        assertThat(H2.columnType("CHARACTER VARYING", 1_000_000_000, 0).sql()).isEqualTo("VARCHAR");
        assertThat(H2.columnType("NUMERIC", 100_000, 0).sql()).isEqualTo("NUMERIC");
    }

    @Test
    void metadataTemporalPrecisionComesFromTheDecimalDigits() {
        assertThat(POSTGRESQL.columnType("timestamptz", 35, 3).sql()).isEqualTo("TIMESTAMP(3) WITH TIME ZONE");
        assertThat(H2.columnType("TIME", 8, 0)).isEqualTo(H2.columnType("time"));
    }

    @Test
    void metadataNumericPrecisionAndScaleComeFromSizeAndDecimalDigits() {
        assertThat(POSTGRESQL.columnType("numeric", 10, 2)).isEqualTo(POSTGRESQL.columnType("decimal(10,2)"));
    }

    @Test
    void productNamesMapToTheSupportedDatabases() {
        assertThat(DatabaseKind.ofProductName("PostgreSQL")).contains(POSTGRESQL);
        assertThat(DatabaseKind.ofProductName("H2")).contains(H2);
        assertThat(DatabaseKind.ofProductName("MySQL")).isEmpty();
    }

    @Test
    void identifierCaseFoldsAnUnquotedName() {
        assertThat(IdentifierCase.UPPER.fold("users")).isEqualTo("USERS");
        assertThat(IdentifierCase.LOWER.fold("Users")).isEqualTo("users");
    }
}
