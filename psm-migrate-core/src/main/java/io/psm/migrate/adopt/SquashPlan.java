package io.psm.migrate.adopt;

import io.psm.migrate.autogenerate.render.GeneratedStatement;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.NewRevision;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.script.SqlStatement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A checked squash: the revisions of the range, oldest first, and the new revision made of them.
 *
 * @param range     the scripts of the range, oldest first; the last is B, whose id the new revision keeps
 * @param dependsOn the revisions outside the range that revisions inside it depend on
 * @param labels    the branch labels of the revisions inside it
 */
public record SquashPlan(List<MigrationScript> range, List<String> dependsOn, List<String> labels) {

    private static final Pattern DATA = Pattern.compile(
            "(?is)(INSERT|UPDATE|DELETE|MERGE|UPSERT|REPLACE|COPY|TRUNCATE|CALL)\\b.*"
                    + "|WITH\\b.*\\b(INSERT|UPDATE|DELETE)\\b.*");
    private static final Pattern UNREAD = Pattern.compile(
            "(?is)(CREATE|ALTER)\\s+(OR\\s+REPLACE\\s+)?(MATERIALIZED\\s+VIEW|VIEW|FUNCTION|PROCEDURE|TRIGGER|TYPE|DOMAIN"
                    + "|EXTENSION|RULE|POLICY|AGGREGATE|ALIAS|CONSTANT)\\b.*");
    private static final Pattern LEADING_COMMENTS = Pattern.compile("(?s)^(\\s*(--[^\\n]*\\n|/\\*.*?\\*/))*\\s*");

    /** Copies the lists. */
    public SquashPlan {
        range = List.copyOf(range);
        dependsOn = List.copyOf(dependsOn);
        labels = List.copyOf(labels);
    }

    /** The id the new revision keeps: B's. */
    public String id() {
        return range.get(range.size() - 1).id();
    }

    /** The ids it replaces, oldest first: all of the range but B. */
    public List<String> replaces() {
        return range.subList(0, range.size() - 1).stream().map(MigrationScript::id).toList();
    }

    /** The revisions the new revision revises: A's parents. */
    public List<String> parents() {
        return range.get(0).revision().downRevisions();
    }

    /**
     * The new revision with the range's upgrades in order and their downgrades in reverse order,
     * each under a comment naming its revision; without a downgrade section when one of the range
     * has none.
     *
     * @param message the new revision's message
     * @return the revision to write
     */
    public NewRevision statements(String message) {
        StringBuilder upgrade = new StringBuilder();
        for (MigrationScript script : range) {
            upgrade.append(part(script, script.upgrade()));
        }
        return revision(message).withSql(upgrade.toString(), downgrade());
    }

    /**
     * The new revision with the schema built by the range as its upgrade (one statement per object,
     * as autogenerate writes them) and the range's data-changing statements after it; its downgrade
     * is the range's downgrades in reverse, as in {@link #statements(String)}.
     *
     * @param message the new revision's message
     * @param schema  the statements that create the schema at B
     * @return the revision to write
     */
    public NewRevision fromSchema(String message, List<GeneratedStatement> schema) {
        StringBuilder upgrade = new StringBuilder("-- The schema at " + id() + ", read back from a database.\n");
        schema.forEach(statement -> upgrade.append(statement.scriptText()));
        List<String> data = dataStatements();
        if (!data.isEmpty()) {
            upgrade.append("\n-- Statements of the squashed revisions that change data, in their order:\n");
            data.forEach(statement -> upgrade.append(statement).append(";\n"));
        }
        return revision(message).withSql(upgrade.toString(), downgrade());
    }

    /** The statements of the range's upgrades that change data rather than the schema, in order. */
    public List<String> dataStatements() {
        return statementsMatching(DATA);
    }

    /**
     * The statements that create what the schema reader does not read back (views, functions,
     * triggers, types, ...), which {@link #fromSchema} would lose.
     */
    public List<String> unreadStatements() {
        return statementsMatching(UNREAD);
    }

    /** The files of the range, to be removed: each must be a file, not a classpath resource. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (MigrationScript script : range) {
            Path file = Path.of(script.location());
            if (script.location().startsWith("classpath:") || !Files.isRegularFile(file)) {
                throw new SquashException(script.id() + " comes from " + script.location() + ", which is not a file"
                        + " the squash can remove: run it where the scripts are files (the project directory, -d)");
            }
            files.add(file);
        }
        return List.copyOf(files);
    }

    private NewRevision revision(String message) {
        return NewRevision.of(message, parents())
                .withRevisionId(id())
                .withBranchLabels(labels)
                .withDependsOn(dependsOn)
                .withReplaces(replaces());
    }

    private NewRevision.Downgrade downgrade() {
        StringBuilder downgrade = new StringBuilder();
        for (int i = range.size() - 1; i >= 0; i--) {
            MigrationScript script = range.get(i);
            if (script.downgrade().isEmpty()) {
                return NewRevision.Downgrade.none("No downgrade section: " + script.id() + " (" + script.location()
                        + "), one of the\nrevisions squashed here, had none, so this revision cannot be downgraded.");
            }
            downgrade.append(part(script, script.downgrade().get()));
        }
        return NewRevision.Downgrade.of(downgrade.toString());
    }

    /**
     * One revision's part of a section: a comment naming it, then its statements, each ended by a
     * semicolon (a script's last statement may lack one, and the next part must not run into it).
     */
    private static String part(MigrationScript script, ScriptBody body) {
        StringBuilder part = new StringBuilder("-- ").append(script.id());
        if (!script.revision().message().isEmpty()) {
            part.append(": ").append(script.revision().message());
        }
        part.append('\n');
        for (SqlStatement statement : ((ScriptBody.SqlBody) body).statements()) {
            part.append(statement.sql().strip()).append(";\n");
        }
        return part.append('\n').toString();
    }

    private List<String> statementsMatching(Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (MigrationScript script : range) {
            for (SqlStatement statement : ((ScriptBody.SqlBody) script.upgrade()).statements()) {
                String text = LEADING_COMMENTS.matcher(statement.sql()).replaceFirst("");
                if (!statement.transactionControl() && pattern.matcher(text).matches()) {
                    found.add(text.strip());
                }
            }
        }
        return List.copyOf(found);
    }
}
