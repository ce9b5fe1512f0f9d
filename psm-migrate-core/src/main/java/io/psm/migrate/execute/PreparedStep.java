package io.psm.migrate.execute;

import io.psm.migrate.plan.MigrationStep;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.script.SqlStatement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A step with what it runs, checked and split before anything runs.
 *
 * @param step       the plan's step
 * @param script     the revision's script
 * @param body       the section or Java method the step runs
 * @param statements the section's statements, already split; empty for a Java body
 */
record PreparedStep(MigrationStep step, MigrationScript script, ScriptBody body, List<SqlStatement> statements) {

    PreparedStep {
        statements = List.copyOf(statements);
    }

    /** The revision id. */
    String revision() {
        return step.revision().id();
    }

    /** Whether the revision and its version-table changes share one transaction. */
    boolean transactional() {
        return script.transactional();
    }

    /**
     * Finds each step's script and section and splits SQL sections, so that a missing script, a
     * missing downgrade section or an unsplittable file fails before the first step runs.
     *
     * @param steps   the plan's steps
     * @param scripts every loaded script
     * @return the prepared steps, in order
     * @throws StepNotRunnableException naming the revision and file of the first step that cannot run
     */
    static List<PreparedStep> prepareAll(List<MigrationStep> steps, Collection<MigrationScript> scripts) {
        Map<String, MigrationScript> byId = new HashMap<>();
        scripts.forEach(script -> byId.put(script.id(), script));
        List<PreparedStep> prepared = new ArrayList<>();
        for (MigrationStep step : steps) {
            prepared.add(prepare(step, byId.get(step.revision().id())));
        }
        return List.copyOf(prepared);
    }

    private static PreparedStep prepare(MigrationStep step, MigrationScript script) {
        String id = step.revision().id();
        if (script == null) {
            throw new StepNotRunnableException(id, step.revision().origin(), StepNotRunnableException.Reason.NO_SCRIPT,
                    "Revision " + id + " (" + step.revision().origin() + ") is in the plan but no loaded script provides it");
        }
        ScriptBody body = switch (step.direction()) {
            case UPGRADE -> script.upgrade();
            case DOWNGRADE -> script.downgrade().orElseThrow(() -> new StepNotRunnableException(id, script.location(),
                    StepNotRunnableException.Reason.NO_DOWNGRADE,
                    "Revision " + id + " (" + script.location() + ") has no downgrade section, so the database"
                            + " cannot be downgraded past it; nothing was run"));
        };
        List<SqlStatement> statements = body instanceof ScriptBody.SqlBody sql ? sql.statements() : List.of();
        return new PreparedStep(step, script, body, statements);
    }
}
