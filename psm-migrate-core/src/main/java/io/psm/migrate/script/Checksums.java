package io.psm.migrate.script;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a script file: SHA-256, in lower-case hex, of its bytes with a leading UTF-8 byte
 * order mark removed and {@code \r\n} and lone {@code \r} folded to {@code \n}, so a checkout on
 * another operating system does not change an applied revision.
 */
final class Checksums {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Checksums() {
    }

    /**
     * Checksums a file's raw bytes.
     *
     * @param content the file as read
     * @return 64 lower-case hex digits
     */
    static String sha256(byte[] content) {
        MessageDigest digest = newDigest();
        byte[] normalized = new byte[content.length];
        int length = 0;
        int from = startsWithBom(content) ? BOM.length : 0;
        for (int i = from; i < content.length; i++) {
            byte b = content[i];
            if (b == '\r') {
                normalized[length++] = '\n';
                if (i + 1 < content.length && content[i + 1] == '\n') {
                    i++;
                }
            } else {
                normalized[length++] = b;
            }
        }
        digest.update(normalized, 0, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether {@code content} starts with the UTF-8 byte order mark. */
    static boolean startsWithBom(byte[] content) {
        return content.length >= BOM.length && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
