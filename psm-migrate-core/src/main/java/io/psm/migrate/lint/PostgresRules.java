package io.psm.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's rules: statements that take a lock blocking reads or writes for as long as they scan,
 * build or rewrite a table, and statements that cannot run in a transaction. Tables the statement's
 * revision created are left alone: nobody uses them yet. {@code ALTER TABLE} actions are checked by
 * {@link PostgresAlterRules}.
 */
final class PostgresRules implements RuleSet {

    /** Lock modes that do not block writes, for {@code LOCK TABLE … IN … MODE}. */
    private static final Set<String> WEAK_LOCKS = Set.of("ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE",
            "SHARE UPDATE EXCLUSIVE");

    private static final String NOT_TRANSACTIONAL = "in a revision marked 'Transactional: false' in its header";

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.STANDARD;
    }

    @Override
    public List<Hit> check(Shape shape, StatementContext context) {
        List<Hit> hits = new ArrayList<>(CompatibilityRules.check(shape, context));
        if (shape instanceof Shape.CreateIndex index) {
            createIndex(index, context, hits);
        } else if (shape instanceof Shape.DropIndex drop) {
            dropIndex(drop, context, hits);
        } else if (shape instanceof Shape.AlterTable alter && !context.isNew(alter.table())) {
            alter.actions().forEach(action -> PostgresAlterRules.check(alter.table(), action, context).ifPresent(hits::add));
        } else if (shape instanceof Shape.Vacuum vacuum && vacuum.full()
                && (vacuum.tables().isEmpty() || !vacuum.tables().stream().allMatch(context::isNew))) {
            String what = vacuum.tables().isEmpty() ? "every table of the database" : names(vacuum.tables());
            hits.add(new Hit(LintRule.VACUUM_FULL, "VACUUM FULL rewrites " + what + " under an ACCESS EXCLUSIVE lock,"
                    + " blocking reads and writes until it is done (and it cannot run in a transaction either); use"
                    + " plain VACUUM, or pg_repack to compact a table online, outside migrations"));
        } else if (shape instanceof Shape.Cluster cluster && !cluster.table().map(context::isNew).orElse(false)) {
            String what = cluster.table().map(Name::toString).orElse("every table clustered before");
            hits.add(new Hit(LintRule.CLUSTER, "CLUSTER rewrites " + what + " in index order under an ACCESS EXCLUSIVE"
                    + " lock, blocking reads and writes until it is done; use pg_repack --order-by to reorder a table"
                    + " online, outside migrations"));
        } else if (shape instanceof Shape.Reindex reindex) {
            reindex(reindex, context, hits);
        } else if (shape instanceof Shape.LockTable lock && !WEAK_LOCKS.contains(lock.mode())
                && !lock.tables().stream().allMatch(context::isNew)) {
            String blocks = lock.mode().equals("ACCESS EXCLUSIVE") ? "reads and writes" : "writes";
            hits.add(new Hit(LintRule.LOCK_TABLE, "LOCK TABLE " + names(lock.tables()) + " takes "
                    + ("AEIOU".indexOf(lock.mode().charAt(0)) >= 0 ? "an " : "a ") + lock.mode() + " lock, blocking " + blocks + " until the revision ends, and every query queues behind it while it"
                    + " waits for the lock; let each statement take the lock it needs, for less time, or lock IN SHARE"
                    + " UPDATE EXCLUSIVE MODE where only other schema changes must wait"));
        }
        return hits;
    }

    private static void createIndex(Shape.CreateIndex index, StatementContext context, List<Hit> hits) {
        String name = index.index().map(Name::toString).orElse("on " + index.table());
        if (index.concurrently() && context.scope().transactional()) {
            hits.add(new Hit(LintRule.CONCURRENTLY_IN_TRANSACTION, "CREATE INDEX CONCURRENTLY cannot run inside a"
                    + " transaction, and this revision runs in one: it fails at run time; put it " + NOT_TRANSACTIONAL));
        } else if (!index.concurrently() && !context.isNew(index.table())) {
            hits.add(new Hit(LintRule.INDEX_WITHOUT_CONCURRENTLY, "CREATE INDEX " + name + " locks " + index.table()
                    + " against writes (SHARE lock) until the whole index is built; use CREATE INDEX CONCURRENTLY "
                    + NOT_TRANSACTIONAL));
        }
    }

    private static void dropIndex(Shape.DropIndex drop, StatementContext context, List<Hit> hits) {
        if (drop.concurrently() && context.scope().transactional()) {
            hits.add(new Hit(LintRule.CONCURRENTLY_IN_TRANSACTION, "DROP INDEX CONCURRENTLY cannot run inside a"
                    + " transaction, and this revision runs in one: it fails at run time; put it " + NOT_TRANSACTIONAL));
        } else if (!drop.concurrently() && !drop.indexes().stream().allMatch(context.scope()::createdIndex)) {
            hits.add(new Hit(LintRule.DROP_INDEX_WITHOUT_CONCURRENTLY, "DROP INDEX " + names(drop.indexes())
                    + " takes an ACCESS EXCLUSIVE lock on its table, so reads and writes queue behind it while it waits"
                    + " for running queries; use DROP INDEX CONCURRENTLY " + NOT_TRANSACTIONAL));
        }
    }

    private static void reindex(Shape.Reindex reindex, StatementContext context, List<Hit> hits) {
        String what = reindex.target() + reindex.name().map(name -> " " + name).orElse("");
        boolean newTable = reindex.target().equals("TABLE") && reindex.name().map(context::isNew).orElse(false);
        boolean newIndex = reindex.target().equals("INDEX") && reindex.name().map(context.scope()::createdIndex).orElse(false);
        if (reindex.concurrently() && context.scope().transactional()) {
            hits.add(new Hit(LintRule.CONCURRENTLY_IN_TRANSACTION, "REINDEX CONCURRENTLY cannot run inside a"
                    + " transaction, and this revision runs in one: it fails at run time; put it " + NOT_TRANSACTIONAL));
        } else if (!reindex.concurrently() && !newTable && !newIndex) {
            String safe = context.olderThan(12, 0)
                    ? "PostgreSQL " + context.version().orElseThrow() + " has no REINDEX CONCURRENTLY: build a new index"
                    + " CONCURRENTLY and drop the old one CONCURRENTLY instead"
                    : "use REINDEX " + reindex.target() + " CONCURRENTLY " + NOT_TRANSACTIONAL;
            hits.add(new Hit(LintRule.REINDEX_WITHOUT_CONCURRENTLY, "REINDEX " + what + " blocks writes to the table,"
                    + " and reads that would use the index, until it is rebuilt; " + safe));
        }
    }

    static String names(List<Name> names) {
        return String.join(", ", names.stream().map(Name::toString).toList());
    }
}
