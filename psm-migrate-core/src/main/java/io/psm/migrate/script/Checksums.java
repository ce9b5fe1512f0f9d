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
     * Checksums a decoded, normalized script.
     *
     * @param normalized the file's text, as {@link ScriptText#decode} returns it
     * @return 64 lower-case hex digits
     */
    static String sha256(String normalized) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
