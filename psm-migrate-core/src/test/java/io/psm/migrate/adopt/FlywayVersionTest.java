package io.psm.migrate.adopt;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flyway's version order and checksum, as Flyway's own code defines them. */
class FlywayVersionTest {

    @Test
    void versionsCompareNumericallyPartByPartWithUnderscoresAsDotsAndLeadingZerosIgnored() {
        List<String> sorted = Stream.of("1.10", "1_9", "2", "1.2.3", "001.2", "1.2_10", "1.2.9", "10")
                .map(FlywayVersion::parse).sorted().map(FlywayVersion::text).toList();

        assertThat(sorted).containsExactly("001.2", "1.2.3", "1.2.9", "1.2_10", "1_9", "1.10", "2", "10");
    }

    @Test
    void trailingZeroPartsDoNotCountAndTheIdIsTheCanonicalVersion() {
        assertThat(FlywayVersion.parse("1.0").sameAs(FlywayVersion.parse("01"))).isTrue();
        assertThat(FlywayVersion.parse("1_12_0").revisionId()).isEqualTo("v1_12");
        assertThat(FlywayVersion.parse("2024_01_05_0930").revisionId()).isEqualTo("v2024_1_5_930");
        assertThat(FlywayVersion.parse("1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16").revisionId())
                .matches("v[0-9a-f]{20}");
    }

    @Test
    void aVersionThatIsNotNumbersIsRefused() {
        assertThatThrownBy(() -> FlywayVersion.parse("1.a")).hasMessageContaining("'1.a' is not a Flyway version");
    }

    @Test
    void checksumIsTheCrc32OfTheLinesWithoutTheirEndingsOrAByteOrderMark() {
        CRC32 crc = new CRC32();
        crc.update("CREATE TABLE t (id INT);".getBytes(StandardCharsets.UTF_8));
        crc.update("".getBytes(StandardCharsets.UTF_8));
        crc.update("-- é".getBytes(StandardCharsets.UTF_8));
        int expected = (int) crc.getValue();

        assertThat(FlywayChecksum.of("CREATE TABLE t (id INT);\n\n-- é\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(expected)
                .isEqualTo(FlywayChecksum.of("\uFEFFCREATE TABLE t (id INT);\r\n\r\n-- é".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FlywayChecksum.of("CREATE TABLE t (id INT);\r\r-- é\r".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(FlywayChecksum.of("CREATE TABLE t (id INT);\n-- e\n".getBytes(StandardCharsets.UTF_8)));
    }
}
