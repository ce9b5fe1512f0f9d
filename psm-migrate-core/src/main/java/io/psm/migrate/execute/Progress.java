package io.psm.migrate.execute;

import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.script.SqlStatement;
import io.psm.migrate.version.Interruption;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** How far one step got: the statements that ran, the one running, whether it was recording. One per step, one thread. */
final class Progress {

    private final long startNanos;
    private final List<SqlStatement> ran = new ArrayList<>();
    private SqlStatement running;
    private boolean recording;

    Progress(long startNanos) {
        this.startNanos = startNanos;
    }

    void starting(SqlStatement statement) {
        running = statement;
    }

    void finished(SqlStatement statement) {
        ran.add(statement);
        running = null;
    }

    void recording() {
        recording = true;
    }

    /** The statement that was running when the step failed, if a statement failed. */
    Optional<SqlStatement> running() {
        return Optional.ofNullable(running);
    }

    /** The statements that completed. */
    List<SqlStatement> ran() {
        return List.copyOf(ran);
    }

    /**
     * The statements that completed and stay in the database after the step's transaction is rolled
     * back: all of them for a revision that runs outside a transaction; on a database that commits
     * DDL, those up to the last statement that committed the transaction (a failing DDL statement
     * commits what ran before it too); none where the rollback undoes everything.
     */
    List<SqlStatement> persisted(boolean transactional, Dialect dialect) {
        if (!transactional) {
            return ran();
        }
        if (dialect.transactionalDdl()) {
            return List.of();
        }
        int kept = 0;
        for (int i = 0; i < ran.size(); i++) {
            if (dialect.commitsImplicitly(ran.get(i).sql())) {
                kept = i + 1;
            }
        }
        if (running != null && dialect.commitsImplicitly(running.sql())) {
            kept = ran.size();
        }
        return List.copyOf(ran.subList(0, kept));
    }

    /** Where the step is now, for its running history row: the statements done and the one starting. */
    Interruption now() {
        return new Interruption(lines(ran), running == null ? OptionalInt.empty() : OptionalInt.of(running.line()),
                Optional.empty());
    }

    /** Whether the body had completed and the version changes and history row were being written. */
    boolean isRecording() {
        return recording;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    static List<Integer> lines(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::line).toList();
    }
}
