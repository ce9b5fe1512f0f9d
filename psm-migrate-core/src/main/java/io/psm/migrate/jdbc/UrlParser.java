package io.psm.migrate.jdbc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one {@code DATABASE_URL}. The user part runs to the last {@code @}, so a password with an
 * unescaped {@code @} or {@code /} still works; everything after it (hosts, port, database,
 * parameters) cannot hold a password and may be quoted in messages. Nothing before it ever is.
 */
final class UrlParser {

    private static final Pattern JDBC = Pattern.compile("(?i)jdbc:[a-z0-9]+:.*", Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.%A-Za-z]+]");

    private final String text;

    private UrlParser(String text) {
        this.text = text;
    }

    /** Parses a URL; see {@link DatabaseUrl#parse(String)}. */
    static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new DatabaseUrlException("", "the URL is empty");
        }
        return new UrlParser(url.strip()).parse();
    }

    private DatabaseUrl parse() {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return jdbc();
        }
        if (lower.startsWith("h2:")) {
            return h2(text.substring(3));
        }
        if (lower.startsWith("sqlite:")) {
            return SqliteUrl.parse(text.substring(7), this);
        }
        int separator = text.indexOf("://");
        if (separator < 0) {
            throw fail(missingSeparator());
        }
        String scheme = text.substring(0, separator);
        ServerScheme server = ServerScheme.named(scheme).orElseThrow(() -> fail(
                "unsupported scheme '" + (SCHEME.matcher(scheme).matches() ? scheme : "?")
                        + "'; use postgresql://, postgres://, h2:mem:, h2:file: or a jdbc: URL"));
        return server(server, text.substring(separator + 3));
    }

    private String missingSeparator() {
        int colon = text.indexOf(':');
        String scheme = colon < 0 ? "" : text.substring(0, colon);
        if (colon > 0 && SCHEME.matcher(scheme).matches() && ServerScheme.named(scheme).isPresent()) {
            return "expected '//' after '" + scheme + ":', as in " + scheme + "://user:password@host:port/database";
        }
        return "no scheme: expected postgresql://user:password@host:port/database, h2:mem:name,"
                + " h2:file:./path or a jdbc: URL";
    }

    private DatabaseUrl jdbc() {
        if (!JDBC.matcher(text).matches()) {
            throw fail("a jdbc: URL needs a subprotocol, as in jdbc:postgresql://host:5432/database");
        }
        return new DatabaseUrl(text, Optional.empty(), Optional.empty());
    }

    private DatabaseUrl h2(String rest) {
        String lower = rest.toLowerCase(Locale.ROOT);
        if (rest.isBlank()) {
            throw fail("the H2 URL names no database, as in h2:mem:name or h2:file:./data/app");
        }
        if (lower.equals("mem:") || lower.startsWith("mem:;")) {
            throw fail("an in-memory H2 database needs a name (h2:mem:name): an unnamed one is private"
                    + " to each connection");
        }
        // A named in-memory database would vanish between the connections of one run without it.
        String keepOpen = lower.startsWith("mem:") && !lower.contains("db_close_delay") ? ";DB_CLOSE_DELAY=-1" : "";
        // Spring Boot's users: "sa" for an in-memory database, none (H2's empty user) for a file or a
        // server, so that h2:file:./data/app and spring.datasource.url=jdbc:h2:file:./data/app open one file.
        Optional<String> user = lower.startsWith("mem:") ? Optional.of("sa") : Optional.empty();
        return new DatabaseUrl("jdbc:h2:" + rest + keepOpen, user, user.map(name -> ""));
    }

    private DatabaseUrl server(ServerScheme scheme, String rest) {
        int at = rest.lastIndexOf('@');
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            int colon = userInfo.indexOf(':');
            String rawUser = colon < 0 ? userInfo : userInfo.substring(0, colon);
            user = rawUser.isEmpty() ? Optional.empty() : Optional.of(decode(rawUser, "user name"));
            password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1), "password"));
        }
        String location = rest.substring(at + 1);
        int pathStart = firstIndexOf(location, '/', '?');
        String authority = location.substring(0, pathStart);
        String remainder = location.substring(pathStart);
        int queryStart = firstIndexOf(remainder, '?', '?');
        String path = remainder.substring(0, queryStart);
        String database = path.isEmpty() ? "" : path.substring(1);
        if (database.contains("/")) {
            throw fail("the database name '" + database + "' contains '/'");
        }
        decode(database, "database name");
        QueryParameters query = QueryParameters.parse(
                queryStart < remainder.length() ? remainder.substring(queryStart + 1) : "", this);
        String jdbcUrl = scheme.jdbcPrefix() + hosts(authority, scheme.defaultPort()) + "/" + database
                + query.jdbcSuffix();
        return new DatabaseUrl(jdbcUrl, user.or(query::user), password.or(query::password));
    }

    private String hosts(String authority, int defaultPort) {
        if (authority.isEmpty()) {
            return "localhost:" + defaultPort;
        }
        List<String> hosts = new ArrayList<>();
        for (String each : authority.split(",", -1)) {
            hosts.add(host(each, defaultPort));
        }
        return String.join(",", hosts);
    }

    private String host(String spec, int defaultPort) {
        String host;
        String port;
        if (spec.startsWith("[")) {
            int close = spec.indexOf(']');
            if (close < 0) {
                throw fail("the IPv6 address '" + spec + "' is missing its closing ']'");
            }
            host = spec.substring(0, close + 1);
            String after = spec.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw fail("unexpected '" + after + "' after the IPv6 address " + host);
            }
            port = after.isEmpty() ? "" : after.substring(1);
        } else {
            int colon = spec.indexOf(':');
            if (colon >= 0 && spec.indexOf(':', colon + 1) >= 0) {
                throw fail("the host '" + spec + "' looks like an IPv6 address: enclose it in brackets,"
                        + " as in [::1]:5432");
            }
            host = colon < 0 ? spec : spec.substring(0, colon);
            port = colon < 0 ? "" : spec.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw fail("a host is empty in '" + spec + "'");
        }
        if (!HOST.matcher(host).matches()) {
            throw fail("the host '" + host + "' is not a host name or an IP address");
        }
        return host + ":" + (port.isEmpty() ? defaultPort : port(port));
    }

    private int port(String port) {
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw fail("the port '" + port + "' is not a number from 1 to 65535");
        }
        return Integer.parseInt(port);
    }

    /**
     * Percent-decodes one part (UTF-8; {@code +} stays a plus sign).
     *
     * @param raw  the part as written
     * @param what what it is, for the message; its value is never quoted
     */
    String decode(String raw, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (!isHex(raw, i + 1) || !isHex(raw, i + 2)) {
                    throw fail("the " + what + " has a malformed percent-escape: '%' must be followed by"
                            + " two hexadecimal digits (write %25 for a literal '%')");
                }
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    private static int firstIndexOf(String text, char first, char second) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == first || text.charAt(i) == second) {
                return i;
            }
        }
        return text.length();
    }

    /** A failure whose message shows the URL with its password masked. */
    DatabaseUrlException fail(String problem) {
        return new DatabaseUrlException(Redaction.redact(text), problem);
    }
}
