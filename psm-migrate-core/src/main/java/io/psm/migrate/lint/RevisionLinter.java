package io.psm.migrate.lint;

import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.script.SqlStatement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lints the upgrade section of one revision, statement by statement, and records in the schema
 * history what each statement did.
 */
final class RevisionLinter {

    /**
     * What one revision yielded.
     *
     * @param findings   the findings no comment suppresses, by line
     * @param suppressed the findings a comment suppresses
     */
    record Result(List<Finding> findings, List<Finding> suppressed) {
    }

    private RevisionLinter() {
    }

    /**
     * Lints one revision.
     *
     * @param script  the revision
     * @param body    its upgrade section
     * @param rules   the database's rules
     * @param context the schema so far and the server's version; a scope for this revision is made here
     */
    static Result lint(MigrationScript script, ScriptBody.SqlBody body, RuleSet rules, Lint context) {
        List<SqlStatement> statements = body.statements().stream().filter(each -> !each.transactionControl()).toList();
        List<Shape> shapes = statements.stream().map(statement -> ShapeParser.parse(
                SqlTokenizer.tokenize(statement.sql(), statement.line(), rules.syntax()), rules.syntax())).toList();
        RevisionScope scope = new RevisionScope(script.transactional(), shapes);
        StatementContext statementContext = new StatementContext(scope, context.schema(), context.version());
        Suppressions suppressions = Suppressions.read(body.sql(), body.firstLine(), rules.syntax());
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        int next = 0;
        for (SqlStatement statement : body.statements()) {
            suppressions.statementAt(statement.line());
            if (statement.transactionControl()) {
                String first = statement.sql().strip().toUpperCase(Locale.ROOT);
                scope.transactionControl(first.startsWith("BEGIN") || first.startsWith("START")
                        ? RevisionScope.Opening.OPENS : RevisionScope.Opening.ENDS);
                continue;
            }
            Shape shape = shapes.get(next++);
            for (Hit hit : rules.check(shape, statementContext)) {
                Finding finding = new Finding(script.location(), statement.line(), script.id(), hit.rule(), hit.message());
                (suppressions.suppresses(statement.line(), hit.rule()) ? suppressed : findings).add(finding);
            }
            scope.apply(shape);
            context.schema().apply(shape);
        }
        for (Suppressions.Invalid invalid : suppressions.invalid()) {
            findings.add(new Finding(script.location(), invalid.line(), script.id(), invalid.hit().rule(),
                    invalid.hit().message()));
        }
        findings.sort(Comparator.comparingInt(Finding::line));
        return new Result(findings, suppressed);
    }

    /**
     * What stays the same across the revisions of one run.
     *
     * @param schema  the schema history, updated as statements are read
     * @param version the server's version, when known
     */
    record Lint(SchemaHistory schema, java.util.Optional<ServerVersion> version) {
    }
}
