package io.psm.migrate.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The query of a server URL: {@code user} and {@code password} taken out (libpq accepts them
 * there), every other parameter carried over to the JDBC URL as written.
 *
 * @param user      the {@code user} parameter, decoded
 * @param password  the {@code password} parameter, decoded
 * @param carried   the other {@code name=value} pairs, as written
 */
record QueryParameters(Optional<String> user, Optional<String> password, List<String> carried) {

    QueryParameters {
        carried = List.copyOf(carried);
    }

    static QueryParameters parse(String query, UrlParser parser) {
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        List<String> carried = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (name.equals("user")) {
                user = Optional.of(parser.decode(value, "user parameter"));
            } else if (name.equals("password")) {
                password = Optional.of(parser.decode(value, "password parameter"));
            } else {
                carried.add(pair);
            }
        }
        return new QueryParameters(user, password, carried);
    }

    /** {@code ?a=1&b=2}, or nothing when no parameter is carried over. */
    String jdbcSuffix() {
        return carried.isEmpty() ? "" : "?" + String.join("&", carried);
    }
}
