package io.psm.migrate.jdbc;

import java.util.regex.Pattern;

/**
 * Masks the passwords a URL (or a message quoting one) may carry: the password of
 * {@code scheme://user:password@host} and the value of {@code password=}, {@code sslpassword=},
 * {@code pwd=} parameters (query or H2 settings).
 *
 * <p>It errs on the side of masking too much: the user part ends at the last {@code @}, as
 * {@link UrlParser} reads it, so a password holding an unescaped {@code /} or {@code @} is masked whole.
 */
final class Redaction {

    /** What a password is replaced by. */
    static final String MASK = "****";

    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)\\b((?:ssl)?password|passwd|pwd)=[^&;\\s]*");

    private Redaction() {
    }

    /**
     * The text with every password it shows replaced by {@link #MASK}.
     *
     * @param text a URL or a message quoting one; {@code null} gives {@code null}
     * @return the masked text
     */
    static String redact(String text) {
        if (text == null) {
            return null;
        }
        return SECRET_PARAMETER.matcher(maskUserInfo(text)).replaceAll("$1=" + MASK);
    }

    private static String maskUserInfo(String text) {
        int schemeEnd = text.indexOf("://");
        if (schemeEnd < 0) {
            return text;
        }
        int start = schemeEnd + 3;
        int at = text.lastIndexOf('@');
        int colon = text.indexOf(':', start);
        if (at < start || colon < 0 || colon > at) {
            return text;
        }
        return text.substring(0, colon + 1) + MASK + text.substring(at);
    }
}
