package io.psm.migrate.execute;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.plan.Direction;
import io.psm.migrate.plan.MigrationPlan;
import io.psm.migrate.plan.StampMode;
import io.psm.migrate.plan.StampPlan;
import io.psm.migrate.plan.StampStep;
import io.psm.migrate.plan.VersionChange;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.script.SqlStatement;
import io.psm.migrate.version.VersionTables;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Writes a plan as a SQL script instead of running it ({@code upgrade --sql}), touching no
 * database: the dialect is chosen by name or URL ({@link Dialect#forUrl(String)}).
 *
 * <p>The script follows Alembic's offline mode: the version table's {@code CREATE TABLE} when the
 * plan starts from an empty database, then for each step a {@code -- Running upgrade a -> b, msg}
 * comment, its statements each ended by {@code ;}, and its version-table change as literal SQL;
 * a transactional revision is framed by {@code BEGIN;} and {@code COMMIT;}, a
 * {@code Transactional: false} one is written as it stands. Like Alembic, it writes no history
 * table or rows: those record runs psm-migrate made, and the next online run creates the table.
 * Immutable; safe to share between threads.
 */
public final class OfflineRenderer {

    private final Dialect dialect;
    private final ExecutionSettings settings;
    private final VersionTables tables;

    /**
     * @param dialect  the dialect the script is written for
     * @param settings schema and version table name
     */
    public OfflineRenderer(Dialect dialect, ExecutionSettings settings) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tables = new VersionTables(dialect, settings.versionTableName(), settings.historyTableName());
    }

    /**
     * The plan as a SQL script.
     *
     * @param plan    the plan, from the heads it assumes the database is at
     * @param scripts every loaded script; the plan's steps are looked up here by revision id
     * @return the script, empty for an empty plan
     * @throws StepNotRunnableException for a Java migration, or a downgrade without a downgrade section
     */
    public String render(MigrationPlan plan, Collection<MigrationScript> scripts) {
        List<PreparedStep> steps = PreparedStep.prepareAll(plan.steps(), scripts);
        steps.forEach(OfflineRenderer::requireSql);
        StringBuilder out = new StringBuilder();
        if (steps.isEmpty()) {
            return "";
        }
        settings.schema().ifPresent(schema -> dialect.useSchemaStatements(schema).forEach(sql -> statement(out, sql)));
        if (plan.startHeads().isEmpty() && steps.get(0).step().direction() == Direction.UPGRADE) {
            statement(out, tables.createVersionTableSql());
        }
        steps.forEach(step -> render(out, step));
        return out.toString();
    }

    /**
     * A stamp as SQL: the version table's {@code CREATE TABLE} when the stamp starts from an empty
     * database, then each movement's version-table statements in one transaction.
     *
     * @param plan the stamp plan, from the rows it assumes the table holds
     * @return the script, empty when the stamp changes nothing
     */
    public String renderStamp(StampPlan plan) {
        List<VersionChange> changes = plan.versionChanges();
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        settings.schema().ifPresent(schema -> dialect.useSchemaStatements(schema).forEach(sql -> statement(out, sql)));
        if (plan.startHeads().isEmpty()) {
            statement(out, tables.createVersionTableSql());
        }
        statement(out, dialect.beginStatement());
        if (plan.mode() == StampMode.PURGE) {
            plan.startHeads().forEach(head -> statement(out, tables.literalSql(new VersionChange.Delete(head))));
        }
        for (StampStep step : plan.steps()) {
            out.append("-- Running ").append(step.describe()).append("\n\n");
            step.versionChanges().forEach(change -> statement(out, tables.literalSql(change)));
        }
        statement(out, dialect.commitStatement());
        return out.toString();
    }

    private void render(StringBuilder out, PreparedStep step) {
        out.append("-- Running ").append(step.step().describe()).append("\n\n");
        if (step.transactional()) {
            statement(out, dialect.beginStatement());
        }
        for (SqlStatement statement : step.statements()) {
            if (!(statement.transactionControl() && step.transactional())) {
                statement(out, statement.sql());
            }
        }
        for (VersionChange change : step.step().versionChanges()) {
            statement(out, tables.literalSql(change));
        }
        if (step.transactional()) {
            statement(out, dialect.commitStatement());
        }
    }

    private static void statement(StringBuilder out, String sql) {
        out.append(sql).append(";\n\n");
    }

    private static void requireSql(PreparedStep step) {
        if (step.body() instanceof ScriptBody.JavaBody java) {
            throw new StepNotRunnableException(step.revision(), java.className(), StepNotRunnableException.Reason.NOT_RENDERABLE,
                    "Revision " + step.revision() + " (" + java.className() + ") is a Java migration, which cannot be"
                            + " written as SQL: run it against the database instead of with --sql");
        }
    }
}
