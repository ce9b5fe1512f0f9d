package io.psm.migrate.script;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How new scripts are named, in the syntax of Alembic's {@code file_template}: tokens
 * {@code %(rev)s}, {@code %(slug)s}, {@code %(year)d}, {@code %(month).2d}, {@code %(day).2d},
 * {@code %(hour).2d}, {@code %(minute).2d}, {@code %(second).2d} and {@code %(epoch)d}, with
 * {@code %%} for a percent sign; {@code .sql} is appended. The default,
 * {@value #DEFAULT_PATTERN}, gives DESIGN.md's {@code <rev>_<slug>.sql};
 * {@code %(year)d%(month).2d%(day).2d_%(rev)s_%(slug)s} makes files sort in the order they were
 * written. A number token takes a width or precision ({@code .2d}, {@code 02d}: zero-padded to two
 * digits). The pattern must contain {@code %(rev)s}, so that two revisions never share a name, and
 * no path separator.
 *
 * @param pattern the template as configured
 */
public record FileTemplate(String pattern) {

    /** Alembic's default: the revision id, an underscore, the slug. */
    public static final String DEFAULT_PATTERN = "%(rev)s_%(slug)s";

    private static final Pattern TOKEN = Pattern.compile("%(?:%|\\((\\w+)\\)(0?\\d*|\\.\\d+)([sd]))");
    private static final String NO_SLUG = "\u0000";
    private static final List<String> NAMES = List.of("rev", "slug", "year", "month", "day", "hour", "minute",
            "second", "epoch");

    /**
     * Checks the pattern.
     *
     * @throws ScriptException naming the pattern and what is wrong with it
     */
    public FileTemplate {
        Objects.requireNonNull(pattern, "pattern");
        List<String> names = new ArrayList<>();
        Matcher token = TOKEN.matcher(pattern);
        int end = 0;
        while (token.find()) {
            requireNoStrayPercent(pattern, pattern.substring(end, token.start()));
            end = token.end();
            if (token.group(1) == null) {
                continue;
            }
            String name = token.group(1);
            if (!NAMES.contains(name)) {
                throw invalid(pattern, "unknown token %(" + name + ")" + token.group(2) + token.group(3)
                        + "; the tokens are " + String.join(", ", NAMES.stream().map(n -> "%(" + n + ")").toList()));
            }
            boolean text = name.equals("rev") || name.equals("slug");
            if (text != token.group(3).equals("s") || (text && !token.group(2).isEmpty())) {
                throw invalid(pattern, "%(" + name + ") takes " + (text ? "'s'" : "'d' (a number), optionally"
                        + " with a width such as '.2d'") + ", not '" + token.group(2) + token.group(3) + "'");
            }
            names.add(name);
        }
        requireNoStrayPercent(pattern, pattern.substring(end));
        if (!names.contains("rev")) {
            throw invalid(pattern, "it must contain %(rev)s, so that every revision gets a file name of its own");
        }
        if (pattern.contains("/") || pattern.contains("\\")) {
            throw invalid(pattern, "it names a file, not a path: no '/' or '\\'");
        }
    }

    /** The default template, {@value #DEFAULT_PATTERN}. */
    public static FileTemplate defaults() {
        return new FileTemplate(DEFAULT_PATTERN);
    }

    /**
     * The file name of a new revision.
     *
     * @param revision the revision id
     * @param slug     the message's slug, possibly empty
     * @param written  when the file is written, in the zone of its {@code Create Date}
     * @param zone     that zone, for {@code %(epoch)d}
     * @return the name, ending in {@code .sql}; an empty slug takes one {@code _} or {@code -} beside it along
     */
    public String fileName(String revision, String slug, LocalDateTime written, ZoneId zone) {
        Matcher token = TOKEN.matcher(pattern);
        StringBuilder name = new StringBuilder();
        while (token.find()) {
            String value = token.group(1) == null ? "%" : switch (token.group(1)) {
                case "rev" -> revision;
                case "slug" -> slug.isEmpty() ? NO_SLUG : slug;
                default -> number(token.group(1), token.group(2), written, zone);
            };
            token.appendReplacement(name, Matcher.quoteReplacement(value));
        }
        token.appendTail(name);
        // An empty slug takes one separator before it along, as "<rev>_" would otherwise end in "_".
        return name.toString().replaceAll("[_-]" + NO_SLUG + "|" + NO_SLUG + "[_-]?", "") + ".sql";
    }

    private static String number(String name, String format, LocalDateTime written, ZoneId zone) {
        long number = switch (name) {
            case "year" -> written.getYear();
            case "month" -> written.getMonthValue();
            case "day" -> written.getDayOfMonth();
            case "hour" -> written.getHour();
            case "minute" -> written.getMinute();
            case "second" -> written.getSecond();
            default -> written.atZone(zone).toEpochSecond();
        };
        String digits = format.replace(".", "");
        int width = digits.isEmpty() ? 0 : Integer.parseInt(digits);
        return width == 0 ? Long.toString(number) : String.format(Locale.ROOT, "%0" + width + "d", number);
    }

    private static void requireNoStrayPercent(String pattern, String literal) {
        if (literal.contains("%")) {
            throw invalid(pattern, "a '%' that starts no token; write %% for a percent sign, tokens as %(rev)s");
        }
    }

    private static ScriptException invalid(String pattern, String problem) {
        return new ScriptException("The file template '" + pattern + "' is not valid: " + problem);
    }
}
