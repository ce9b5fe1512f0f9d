package io.psm.migrate.autogenerate.render;

import io.psm.migrate.autogenerate.schema.IdentifierCase;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes catalog-form names as SQL: unquoted and in lower case where the database would fold the
 * written name back to the catalog form, in double quotes otherwise (mixed case, reserved words,
 * unusual characters).
 */
final class Identifiers {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final IdentifierCase identifierCase;
    private final Set<String> reservedWords;
    private final Optional<String> schema;

    Identifiers(IdentifierCase identifierCase, Set<String> reservedWords, Optional<String> schema) {
        this.identifierCase = identifierCase;
        this.reservedWords = Set.copyOf(reservedWords);
        this.schema = schema;
    }

    /** A name as SQL. */
    String name(String catalogName) {
        String lower = catalogName.toLowerCase(Locale.ROOT);
        boolean plain = PLAIN.matcher(catalogName).matches() && identifierCase.fold(lower).equals(catalogName)
                && !reservedWords.contains(catalogName.toUpperCase(Locale.ROOT));
        return plain ? lower : '"' + catalogName.replace("\"", "\"\"") + '"';
    }

    /** A table, index or sequence name, qualified with the schema when one was chosen explicitly. */
    String qualified(String catalogName) {
        return schema.map(name -> name(name) + ".").orElse("") + name(catalogName);
    }

    /** A comma-separated list of names. */
    String list(List<String> catalogNames) {
        return catalogNames.stream().map(this::name).collect(Collectors.joining(", "));
    }
}
