package io.psm.migrate.autogenerate.diff;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as report lines and warnings show them. A plain upper-case name (what H2 stores for an
 * unquoted {@code users}) is shown in lower case, as SQLAlchemy shows names of databases that fold to
 * upper case; any other name is shown exactly as stored.
 */
final class Names {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Names() {
    }

    static String display(String name) {
        boolean caseInsensitive = PLAIN.matcher(name).matches() && name.equals(name.toUpperCase(Locale.ROOT));
        return caseInsensitive ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** {@code 'name'}. */
    static String quoted(String name) {
        return "'" + display(name) + "'";
    }

    /** {@code 'table.column'}. */
    static String column(String table, String column) {
        return "'" + display(table) + "." + display(column) + "'";
    }

    /** {@code a, b}. */
    static String list(List<String> names) {
        return String.join(", ", names.stream().map(Names::display).toList());
    }
}
