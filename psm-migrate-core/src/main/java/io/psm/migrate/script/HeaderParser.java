package io.psm.migrate.script;

import io.psm.migrate.graph.RevisionNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a script header from its comment lines.
 *
 * <p>The first line is the message, unless it already is a known key. Then each line of the form
 * {@code Key: value} with a known key (case ignored) sets that key; a key given twice is an error.
 * Other lines are free text and ignored, so headers may carry notes and keys of other tools; but
 * after the first line a key within two letters of a known one ({@code Revison ID},
 * {@code Depend On}) is an error rather than silently ignored, because a misspelt {@code Revises}
 * would turn a revision into a root.
 */
final class HeaderParser {

    private static final Pattern LABEL = Pattern.compile("[^\\s@,]+");

    private final String location;
    private final Map<HeaderKey, ScriptHeader.Line> values = new EnumMap<>(HeaderKey.class);

    private HeaderParser(String location) {
        this.location = location;
    }

    /**
     * Parses a header.
     *
     * @param location the file, for error messages
     * @param lines    the header's comment lines, at least one
     * @return the header
     * @throws ScriptException when a required key is missing or a value is malformed
     */
    static ScriptHeader parse(String location, List<ScriptHeader.Line> lines) {
        return new HeaderParser(location).read(lines);
    }

    private ScriptHeader read(List<ScriptHeader.Line> lines) {
        String message = "";
        for (int i = 0; i < lines.size(); i++) {
            ScriptHeader.Line line = lines.get(i);
            boolean isKey = readKey(line, i > 0);
            if (i == 0 && !isKey) {
                message = line.content();
            }
        }
        ScriptHeader.Line id = values.get(HeaderKey.REVISION_ID);
        if (id == null) {
            throw new ScriptException(location, "the header has no 'Revision ID:' line", null);
        }
        if (!RevisionNode.isValidId(id.content())) {
            throw badId(id, HeaderKey.REVISION_ID, id.content());
        }
        ScriptHeader.Line revises = values.get(HeaderKey.REVISES);
        if (revises == null) {
            throw new ScriptException(location, id.number(), "the header has no 'Revises:' line"
                    + " (write 'Revises:' with nothing after it for a root revision)");
        }
        return new ScriptHeader(message, id.content(), ids(HeaderKey.REVISES), value(HeaderKey.CREATE_DATE),
                labels(), ids(HeaderKey.DEPENDS_ON), transactional(), ids(HeaderKey.REPLACES));
    }

    /**
     * Records {@code line} when it is {@code Key: value} with a known key; returns whether it was.
     * The first line may be a message that happens to contain a colon, so it is not checked for typos.
     */
    private boolean readKey(ScriptHeader.Line line, boolean rejectTypos) {
        int colon = line.content().indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String key = line.content().substring(0, colon).strip();
        if (!looksLikeKey(key)) {
            return false;
        }
        Optional<HeaderKey> known = HeaderKey.of(key);
        if (known.isEmpty()) {
            Optional<HeaderKey> meant = HeaderKey.misspelled(key);
            if (rejectTypos && meant.isPresent()) {
                throw new ScriptException(location, line.number(),
                        "unknown header key '" + key + "'; did you mean '" + meant.get().label() + "'?");
            }
            return false;
        }
        ScriptHeader.Line value = new ScriptHeader.Line(line.number(), line.content().substring(colon + 1).strip());
        ScriptHeader.Line earlier = values.putIfAbsent(known.get(), value);
        if (earlier != null) {
            throw new ScriptException(location, line.number(), "'" + known.get().label()
                    + ":' appears twice in the header (first on line " + earlier.number() + ")");
        }
        return true;
    }

    /** Whether the text before a colon could be a key: a letter, then up to 23 letters or spaces. */
    private static boolean looksLikeKey(String text) {
        if (text.isEmpty() || text.length() > 24 || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && c != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private Optional<String> value(HeaderKey key) {
        ScriptHeader.Line line = values.get(key);
        return line == null || line.content().isEmpty() ? Optional.empty() : Optional.of(line.content());
    }

    private List<String> ids(HeaderKey key) {
        List<String> ids = new ArrayList<>();
        for (String id : items(key)) {
            if (!RevisionNode.isValidId(id)) {
                throw badId(values.get(key), key, id);
            }
            if (ids.contains(id)) {
                throw new ScriptException(location, values.get(key).number(),
                        "'" + key.label() + ":' names revision '" + id + "' twice");
            }
            ids.add(id);
        }
        return ids;
    }

    private List<String> labels() {
        List<String> labels = items(HeaderKey.BRANCH_LABELS);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new ScriptException(location, values.get(HeaderKey.BRANCH_LABELS).number(), "branch label '"
                        + label + "' is not valid: labels are separated by commas and contain no spaces or '@'");
            }
        }
        return labels;
    }

    private List<String> items(HeaderKey key) {
        Optional<String> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : value.get().split(",", -1)) {
            items.add(item.strip());
        }
        return items;
    }

    private boolean transactional() {
        Optional<String> value = value(HeaderKey.TRANSACTIONAL);
        if (value.isEmpty()) {
            return true;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ScriptException(location, values.get(HeaderKey.TRANSACTIONAL).number(),
                    "'Transactional: " + value.get() + "' is not understood; write 'Transactional: false'"
                            + " to run the revision outside a transaction");
        };
    }

    private ScriptException badId(ScriptHeader.Line line, HeaderKey key, String id) {
        return new ScriptException(location, line.number(), "'" + key.label() + ":' has '" + id
                + "', which is not a revision id (1 to 32 letters, digits or underscores)");
    }
}
