package io.psm.migrate.script;

import io.psm.migrate.graph.RevisionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses a SQL migration script: header, {@code -- migrate:upgrade} and {@code -- migrate:downgrade}.
 *
 * <p>A marker is a line that reads {@code -- migrate:upgrade} or {@code -- migrate:downgrade}, with any
 * whitespace before, after and between {@code --} and {@code migrate:}; any other
 * {@code -- migrate:…} line is an error, as it is most likely a misspelt marker. Before the upgrade
 * marker only comments and blank lines may stand: the comment lines there are the header. The
 * upgrade section may be empty (a merge revision usually is) and then runs nothing. Without a
 * downgrade marker the revision cannot be downgraded; with an empty downgrade section it downgrades
 * by running nothing, as Alembic's {@code def downgrade(): pass} does. Markers are found line by line,
 * so a marker line inside a multi-line string literal would still count as a marker.
 */
final class SqlScriptParser {

    private static final String UPGRADE = "migrate:upgrade";
    private static final String DOWNGRADE = "migrate:downgrade";

    private final String location;
    private final String text;
    private final List<ScriptHeader.Line> header = new ArrayList<>();
    private Marker upgrade;
    private Marker downgrade;
    private int firstSqlLine;

    /** A marker line: its number, where it starts and where the line after it starts. */
    private record Marker(int line, int start, int next) {
    }

    private SqlScriptParser(String location, String text) {
        this.location = location;
        this.text = text;
    }

    /**
     * Parses one file.
     *
     * @param location the file as it should be named in errors and in {@link MigrationScript#location()}
     * @param content  the file's bytes
     * @return the script, with its checksum
     * @throws ScriptException when the file is malformed, naming the file and, where it helps, the line
     */
    static MigrationScript parse(String location, byte[] content) {
        String text = ScriptText.decode(location, content);
        if (text.isBlank()) {
            throw new ScriptException(location, "the file is empty", null);
        }
        return new SqlScriptParser(location, text).read(Checksums.sha256(content, text));
    }

    private MigrationScript read(String checksum) {
        scanLines();
        if (header.isEmpty()) {
            throw new ScriptException(location, "the file has no header: a migration script starts with a"
                    + " comment block giving its 'Revision ID:' and 'Revises:'", null);
        }
        ScriptHeader parsed = HeaderParser.parse(location, header);
        checkSections();
        RevisionNode node = new RevisionNode(parsed.revisionId(), parsed.revises(), parsed.dependsOn(),
                parsed.branchLabels(), parsed.message(), location);
        ScriptBody upgradeBody = section(upgrade, downgrade == null ? text.length() : downgrade.start());
        Optional<ScriptBody> downgradeBody = downgrade == null
                ? Optional.empty() : Optional.of(section(downgrade, text.length()));
        return new MigrationScript(node, parsed.createDate(), parsed.transactional(), upgradeBody, downgradeBody,
                Optional.of(checksum), location, parsed.replaces());
    }

    private void scanLines() {
        int offset = 0;
        int number = 1;
        while (offset < text.length()) {
            int newline = text.indexOf('\n', offset);
            int end = newline < 0 ? text.length() : newline;
            int next = newline < 0 ? text.length() : newline + 1;
            int first = firstNonBlank(offset, end);
            if (text.startsWith("--", first)) {
                comment(text.substring(first + 2, end).strip(), new Marker(number, offset, next));
            } else if (first < end && upgrade == null && firstSqlLine == 0) {
                firstSqlLine = number;
            }
            offset = next;
            number++;
        }
    }

    private void comment(String comment, Marker line) {
        if (comment.startsWith("migrate:")) {
            marker(comment.strip(), line);
        } else if (upgrade == null && firstSqlLine == 0) {
            header.add(new ScriptHeader.Line(line.line(), comment));
        }
    }

    private void marker(String marker, Marker line) {
        if (marker.equals(UPGRADE)) {
            upgrade = once(upgrade, line, UPGRADE);
        } else if (marker.equals(DOWNGRADE)) {
            downgrade = once(downgrade, line, DOWNGRADE);
        } else {
            throw new ScriptException(location, line.line(), "unknown marker '-- " + marker
                    + "'; the markers are '-- " + UPGRADE + "' and '-- " + DOWNGRADE + "'");
        }
    }

    private Marker once(Marker earlier, Marker line, String marker) {
        if (earlier != null) {
            throw new ScriptException(location, line.line(), "a second '-- " + marker
                    + "' line (the first is on line " + earlier.line() + ")");
        }
        return line;
    }

    private void checkSections() {
        if (upgrade == null) {
            throw new ScriptException(location, "the file has no '-- " + UPGRADE + "' line;"
                    + " the upgrade statements follow that line", null);
        }
        if (downgrade != null && downgrade.line() < upgrade.line()) {
            throw new ScriptException(location, downgrade.line(), "'-- " + DOWNGRADE
                    + "' comes before '-- " + UPGRADE + "' (line " + upgrade.line() + ")");
        }
        if (firstSqlLine > 0) {
            throw new ScriptException(location, firstSqlLine, "SQL before '-- " + UPGRADE
                    + "'; only the header comments may stand there");
        }
    }

    private ScriptBody.SqlBody section(Marker marker, int end) {
        return new ScriptBody.SqlBody(text.substring(marker.next(), end), marker.line() + 1, location);
    }

    private int firstNonBlank(int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
