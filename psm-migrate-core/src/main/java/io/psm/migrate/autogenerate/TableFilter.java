package io.psm.migrate.autogenerate;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Matches table names against exact names and {@code *} patterns, ignoring case. */
final class TableFilter {

    private final List<Pattern> patterns;

    TableFilter(List<String> excludedTables) {
        this.patterns = excludedTables.stream().map(TableFilter::compile).toList();
    }

    boolean excludes(String table) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(table).matches());
    }

    boolean includes(String table) {
        return !excludes(table);
    }

    private static Pattern compile(String pattern) {
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
