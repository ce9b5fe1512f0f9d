package io.psm.migrate.sample.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values that differ from run to run, bound to the values the guide printed in their place.
 *
 * <p>A new revision id, a {@code Create Date}, an instant, a checksum: the first time the guide's
 * value meets the actual one, the two are bound, one to one, for the rest of the section. From then
 * on the guide's value stands for the actual one: in later expected output it must be exactly that
 * value, and in later commands it is replaced by it. Ids already present in the project are bound to
 * themselves. A new revision id can only be bound by the output of a command that writes revisions
 * ({@code revision}, {@code migrate}, {@code merge}); elsewhere an id must be one already known.
 * Durations (milliseconds, and the seconds a lock holder has spent in its statement), process ids
 * and client addresses only have to be of their kind, wherever they appear.
 * Everything else must match character for character.
 */
final class Bindings {

    /** A kind of varying value. */
    private enum Kind {
        REVISION("(?<![0-9A-Za-z])[0-9a-f]{12}(?![0-9A-Za-z])", true),
        CHECKSUM("(?<![0-9A-Za-z])[0-9a-f]{64}(?![0-9A-Za-z])", true),
        CREATE_DATE("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}", true),
        INSTANT("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z", true),
        MILLIS("(?<=\"executionTimeMs\": )\\d+|\\d+(?= ms\\b)", false),
        SECONDS("(?<=(?:statement|idle|transaction) for )\\d+(?:\\.\\d)?(?= s\\b)", false),
        PID("(?<=backend pid )\\d+|(?<=pg_terminate_backend\\()\\d+", false),
        CLIENT("(?<=, client )[0-9a-fA-F.:]+(?=,)", false);

        private final Pattern pattern;
        private final boolean bound;

        Kind(String regex, boolean bound) {
            this.pattern = Pattern.compile(regex);
            this.bound = bound;
        }
    }

    private static final Pattern ANY_TOKEN;

    static {
        StringBuilder any = new StringBuilder();
        for (Kind kind : Kind.values()) {
            any.append(any.isEmpty() ? "" : "|").append("(?<").append(kind.name().replace("_", "")).append('>')
                    .append(kind.pattern.pattern()).append(')');
        }
        ANY_TOKEN = Pattern.compile(any.toString());
    }

    private static final Pattern ID_PREFIX = Pattern.compile("(?<![0-9A-Za-z])[0-9a-f]{4,11}(?![0-9A-Za-z])");

    private final Map<String, String> guideToActual = new HashMap<>();
    private final Map<String, String> actualToGuide = new HashMap<>();
    private final java.util.Set<String> guessed = new java.util.HashSet<>();

    /** Binds an id present before anything ran to itself. */
    void known(String id) {
        guideToActual.put(id, id);
        actualToGuide.put(id, id);
    }

    /**
     * A command of the guide as it must run: bound values replaced by the actual ones, and short
     * prefixes of bound revision ids ({@code db downgrade 3f2a}) by the same prefix of theirs.
     */
    String command(String text) {
        String replaced = replace(text, ANY_TOKEN, token -> guideToActual.getOrDefault(token, token));
        return replace(replaced, ID_PREFIX, prefix -> uniqueBoundPrefix(prefix).orElse(prefix));
    }

    private Optional<String> uniqueBoundPrefix(String prefix) {
        List<String> ids = guideToActual.keySet().stream()
                .filter(id -> id.length() == 12 && id.startsWith(prefix) && !id.equals(guideToActual.get(id)))
                .toList();
        return ids.size() == 1 ? Optional.of(guideToActual.get(ids.get(0)).substring(0, prefix.length())) : Optional.empty();
    }

    /** The guide's text with the values bound so far replaced by the actual ones. */
    String substituted(String text) {
        return replace(text, ANY_TOKEN, token -> guideToActual.getOrDefault(token, token));
    }

    /** Actual text with every bound value shown as the guide's, for a record of what ran. */
    String asGuide(String actual) {
        return replace(actual, ANY_TOKEN, token -> guessed.contains(token) ? token : actualToGuide.getOrDefault(token, token));
    }

    /**
     * Matches a command's actual output against the guide's, binding new values on success.
     *
     * @param expected   the guide's output
     * @param actual     the actual output, normalized
     * @param generating whether the command writes revisions, so that new revision ids may appear
     * @return empty on a match, else why not
     */
    Optional<String> match(String expected, String actual, boolean generating) {
        Map<String, String> groups = new LinkedHashMap<>();
        Map<String, Kind> kinds = new HashMap<>();
        Pattern pattern = Pattern.compile(regex(expected, groups, kinds), Pattern.DOTALL);
        Matcher matcher = pattern.matcher(actual);
        if (!matcher.matches()) {
            return Optional.of("the output differs");
        }
        Map<String, String> fresh = new LinkedHashMap<>();
        for (Map.Entry<String, String> group : groups.entrySet()) {
            String guide = group.getValue();
            String value = matcher.group(group.getKey());
            Kind kind = kinds.get(guide);
            if (actualToGuide.containsKey(value) || fresh.containsValue(value)) {
                return Optional.of("'" + value + "' is already what '" + actualToGuide.getOrDefault(value, "another value")
                        + "' of the guide stands for, not '" + guide + "'");
            }
            if (kind == Kind.REVISION && !generating && !value.equals(guide)) {
                return Optional.of("revision id '" + value + "' (the guide's '" + guide
                        + "') appears without a command that writes revisions");
            }
            fresh.put(guide, value);
        }
        fresh.forEach((guide, value) -> {
            guideToActual.put(guide, value);
            actualToGuide.put(value, guide);
        });
        return Optional.empty();
    }

    /**
     * After a mismatch, while recording: binds the revision ids of the actual output to the guide's
     * unbound ones in the order they appear, so that later commands can still run.
     */
    void bindInOrder(String expected, String actual) {
        List<String> guideIds = tokens(expected, Kind.REVISION);
        List<String> actualIds = tokens(actual, Kind.REVISION);
        for (int i = 0; i < Math.min(guideIds.size(), actualIds.size()); i++) {
            String guide = guideIds.get(i);
            String value = actualIds.get(i);
            if (!guideToActual.containsKey(guide) && !actualToGuide.containsKey(value)) {
                guideToActual.put(guide, value);
                actualToGuide.put(value, guide);
                guessed.add(value);
            }
        }
    }

    private static List<String> tokens(String text, Kind kind) {
        List<String> found = new ArrayList<>();
        Matcher matcher = kind.pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** The expected text as a regular expression: literal text, bound values, and groups for new ones. */
    private String regex(String expected, Map<String, String> groups, Map<String, Kind> kinds) {
        StringBuilder regex = new StringBuilder();
        Map<String, String> groupOf = new HashMap<>();
        Matcher token = ANY_TOKEN.matcher(expected);
        int at = 0;
        while (token.find()) {
            regex.append(Pattern.quote(expected.substring(at, token.start())));
            Kind kind = kindOf(token);
            String value = token.group();
            if (!kind.bound) {
                regex.append("(?:").append(kind.pattern.pattern()).append(')');
            } else if (guideToActual.containsKey(value)) {
                regex.append(Pattern.quote(guideToActual.get(value)));
            } else if (groupOf.containsKey(value)) {
                regex.append("\\k<").append(groupOf.get(value)).append('>');
            } else {
                String name = "g" + groupOf.size();
                groupOf.put(value, name);
                groups.put(name, value);
                kinds.put(value, kind);
                regex.append("(?<").append(name).append('>').append(kind.pattern.pattern()).append(')');
            }
            at = token.end();
        }
        regex.append(Pattern.quote(expected.substring(at)));
        return regex.toString();
    }

    private static Kind kindOf(Matcher token) {
        for (Kind kind : Kind.values()) {
            if (token.group(kind.name().replace("_", "")) != null) {
                return kind;
            }
        }
        throw new IllegalStateException("no kind for " + token.group());
    }

    private static String replace(String text, Pattern pattern, java.util.function.UnaryOperator<String> by) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(by.apply(match.group())));
    }

    /** The guide's values bound so far, for messages. */
    Set<Map.Entry<String, String>> bound() {
        return Map.copyOf(guideToActual).entrySet();
    }
}
