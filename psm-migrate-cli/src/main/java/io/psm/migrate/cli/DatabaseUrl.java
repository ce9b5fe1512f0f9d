package io.psm.migrate.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A database named the way {@code DATABASE_URL} names it, turned into what JDBC needs.
 *
 * <p>Accepts {@code postgresql://user:password@host:5432/db?sslmode=require} (and
 * {@code postgres://}), {@code h2:mem:name}, {@code h2:file:./data/app} and any {@code jdbc:} URL.
 * User and password come from the URL, percent-decoded, unless given separately.
 *
 * @param jdbcUrl  the JDBC URL, without the credentials that were in the user-info part
 * @param user     the user, if any
 * @param password the password, if any
 * @param masked   the URL as given, with its password replaced by {@code ****}, for messages
 */
record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password, String masked) {

    private static final String MASK = "****";
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@\\s]*:)[^@/\\s]*(@)");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s]*");

    /**
     * Reads a URL.
     *
     * @throws IllegalArgumentException when the URL is of no supported kind; the message shows it masked
     */
    static DatabaseUrl parse(String url) {
        String text = url.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return new DatabaseUrl(text, Optional.empty(), Optional.empty(), mask(text));
        }
        if (lower.startsWith("h2:")) {
            return new DatabaseUrl("jdbc:" + text, Optional.of("sa"), Optional.empty(), mask(text));
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return postgres(text);
        }
        throw new IllegalArgumentException("Unsupported database URL '" + mask(text)
                + "': use postgresql://user:password@host:5432/db, h2:mem:name, h2:file:path or a jdbc: URL");
    }

    /** Replaces the password of every URL in {@code text} ({@code user:password@}, {@code password=}) by {@code ****}. */
    static String mask(String text) {
        String masked = USER_INFO_PASSWORD.matcher(text).replaceAll("$1" + MASK + "$2");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }

    /** This URL with the user and password given separately, which win over the URL's own. */
    DatabaseUrl withCredentials(Optional<String> otherUser, Optional<String> otherPassword) {
        return new DatabaseUrl(jdbcUrl, otherUser.or(this::user), otherPassword.or(this::password), masked);
    }

    private static DatabaseUrl postgres(String text) {
        URI uri;
        try {
            uri = new URI(text.replaceFirst("(?i)^postgres(ql)?://", "postgresql://"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Malformed database URL '" + mask(text) + "': " + e.getReason(), e);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Database URL '" + mask(text) + "' names no host");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0])).filter(name -> !name.isEmpty());
            password = parts.length > 1 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + port + path + query;
        return new DatabaseUrl(jdbcUrl, user, password, mask(text));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
