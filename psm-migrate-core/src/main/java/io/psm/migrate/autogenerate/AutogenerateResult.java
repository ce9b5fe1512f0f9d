package io.psm.migrate.autogenerate;

import io.psm.migrate.autogenerate.diff.SchemaChange;
import io.psm.migrate.autogenerate.render.GeneratedStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What autogenerate found and the SQL it wrote for it.
 *
 * @param changes        the detected changes, in report order
 * @param upgrade        the statements that bring the database to the model, in execution order
 * @param downgrade      the statements that undo them exactly, in execution order
 * @param schemaWarnings what was seen but not turned into SQL (possible renames, differing defaults,
 *                       check constraints, identity changes, indexes on expressions), one sentence
 *                       each; the warnings of individual statements are their comments
 */
public record AutogenerateResult(List<SchemaChange> changes, List<GeneratedStatement> upgrade,
                                 List<GeneratedStatement> downgrade, List<String> schemaWarnings) {

    public AutogenerateResult {
        changes = List.copyOf(changes);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        schemaWarnings = List.copyOf(schemaWarnings);
    }

    /** Whether the database already matches the model ("No new upgrade operations detected."). */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** One {@code Detected ...} line per change, as {@code migrate} and {@code check} print them. */
    public List<String> reportLines() {
        return changes.stream().map(SchemaChange::reportLine).toList();
    }

    /** Every warning: those about the schema, then those of the upgrade statements. */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(schemaWarnings);
        upgrade.forEach(statement -> all.addAll(statement.comments()));
        return List.copyOf(all);
    }

    /** The upgrade statements' SQL, ready to execute one by one. */
    public List<String> upgradeStatements() {
        return upgrade.stream().map(GeneratedStatement::sql).toList();
    }

    /** The downgrade statements' SQL, ready to execute one by one. */
    public List<String> downgradeStatements() {
        return downgrade.stream().map(GeneratedStatement::sql).toList();
    }

    /**
     * The body of a script's {@code -- migrate:upgrade} section: the schema warnings as {@code -- }
     * lines, then each statement after its own comment lines, terminated by a semicolon.
     */
    public String upgradeScript() {
        String warnings = schemaWarnings.stream().map(warning -> "-- " + warning + "\n").collect(Collectors.joining());
        return warnings + script(upgrade);
    }

    /** The body of a script's {@code -- migrate:downgrade} section. */
    public String downgradeScript() {
        return script(downgrade);
    }

    private static String script(List<GeneratedStatement> statements) {
        return statements.stream().map(GeneratedStatement::scriptText).collect(Collectors.joining());
    }
}
