package io.psm.migrate.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a script file: SHA-256, in lower-case hex, of its bytes with a leading UTF-8 byte
 * order mark removed and {@code \r\n} and lone {@code \r} folded to {@code \n}, so a checkout on
 * another operating system does not change an applied revision.
 *
 * <p>It is computed from the text {@link ScriptText#decode} returns, which is exactly that
 * normalization; as the file is valid UTF-8, encoding the text again gives the normalized bytes.
 */
final class Checksums {

    private Checksums() {
    }

    /**
     * Checksums a script.
     *
     * @param content    the file's bytes as read
     * @param normalized the file's text, as {@link ScriptText#decode} returns it
     * @return 64 lower-case hex digits
     */
    static String sha256(byte[] content, String normalized) {
        // Without a byte order mark or a carriage return the bytes read are the normalized bytes:
        // no need to encode the text again.
        boolean asRead = !ScriptText.startsWithBom(content) && !containsCarriageReturn(content);
        return sha256(asRead ? content : normalized.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean containsCarriageReturn(byte[] content) {
        for (byte b : content) {
            if (b == '\r') {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
