package io.psm.migrate.adopt;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway records for a SQL migration: a CRC-32 over the file's lines, each as UTF-8
 * bytes without its line ending, a byte order mark at the start left out; stored as a signed
 * 32-bit number. Line endings therefore do not count, and neither do blank lines' breaks.
 */
public final class FlywayChecksum {

    private FlywayChecksum() {
    }

    /**
     * The checksum of a file as Flyway computes it (placeholders are not replaced in versioned
     * migrations' checksums, so none are here).
     *
     * @param content the file's bytes, in UTF-8 (Flyway's default encoding)
     * @return the checksum, as {@code flyway_schema_history.checksum} holds it
     */
    public static int of(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CRC32 crc = new CRC32();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            crc.update(text.substring(start, end).getBytes(StandardCharsets.UTF_8));
            // A line ends at \n, \r or \r\n, as BufferedReader.readLine reads them.
            if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return (int) crc.getValue();
    }
}
