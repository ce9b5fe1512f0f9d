package io.psm.migrate.dialect;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseLockTest {

    private static final LockRequest SHORT_WAIT = new LockRequest(TableName.of("psm_version"), Duration.ofMillis(300));

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void secondSessionTimesOutNamingTheHolder(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind);
             Connection holder = database.dataSource().getConnection();
             Connection waiter = database.dataSource().getConnection();
             DatabaseLock held = lock(holder, database.dataSource(), SHORT_WAIT)) {
            String holderSession = lockSessionId(kind, holder);

            assertThatThrownBy(() -> lock(waiter, database.dataSource(), SHORT_WAIT))
                    .isInstanceOfSatisfying(LockTimeoutException.class, e -> {
                        assertThat(e.lock()).isEqualTo("psm_version");
                        assertThat(e.holder()).hasValueSatisfying(text -> assertThat(text).contains(holderSession));
                        assertThat(e.getMessage()).startsWith("Timed out after 300 ms waiting for the migration lock on psm_version, held by ");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void lockIsFreeAgainOnceReleased(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind);
             Connection first = database.dataSource().getConnection();
             Connection second = database.dataSource().getConnection()) {
            lock(first, database.dataSource(), SHORT_WAIT).close();

            try (DatabaseLock taken = lock(second, database.dataSource(), SHORT_WAIT)) {
                assertThat(taken).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void locksOfDifferentVersionTablesDoNotBlockEachOther(TestDatabase.Kind kind) throws SQLException {
        LockRequest other = new LockRequest(TableName.of("alembic_version"), Duration.ZERO);
        try (TestDatabase database = TestDatabases.create(kind);
             Connection first = database.dataSource().getConnection();
             Connection second = database.dataSource().getConnection();
             DatabaseLock held = lock(first, database.dataSource(), SHORT_WAIT);
             DatabaseLock alsoHeld = lock(second, database.dataSource(), other)) {
            assertThat(alsoHeld).isNotSameAs(held);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void lockInASchemaIsTakenWhenTheSchemaDoesNotExistYet(TestDatabase.Kind kind) throws SQLException {
        LockRequest inSchema = new LockRequest(new TableName(Optional.of("app"), "psm_version"), Duration.ZERO);
        try (TestDatabase database = TestDatabases.create(kind);
             Connection connection = database.dataSource().getConnection();
             DatabaseLock held = lock(connection, database.dataSource(), inSchema)) {
            assertThat(held).isNotNull();
        }
    }

    @Test
    void postgresqlLockIsReleasedWhenItsSessionEnds() throws SQLException {
        try (TestDatabase database = TestDatabases.postgres();
             Connection waiter = database.dataSource().getConnection()) {
            Connection holder = database.dataSource().getConnection();
            lock(holder, database.dataSource(), SHORT_WAIT);
            holder.close();

            try (DatabaseLock taken = lock(waiter, database.dataSource(), SHORT_WAIT)) {
                assertThat(taken).isNotNull();
            }
        }
    }

    @Test
    void h2LockIsNeverCommittedSoOtherSessionsSeeNoFlagSet() throws SQLException {
        try (TestDatabase database = TestDatabases.h2();
             Connection connection = database.dataSource().getConnection()) {
            lock(connection, database.dataSource(), SHORT_WAIT);

            try (ResultSet row = connection.createStatement().executeQuery("SELECT locked_at FROM psm_version_lock")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getObject(1)).isNull();
            }
        }
    }

    private static DatabaseLock lock(Connection connection, DataSource dataSource, LockRequest request) throws SQLException {
        return Dialect.detect(connection).lock(connection, dataSource, request);
    }

    /**
     * What the holder's description must contain: its PostgreSQL pid, the H2 session of the lock's own
     * connection, or (SQLite) this process, as the lock file names it.
     */
    private static String lockSessionId(TestDatabase.Kind kind, Connection holder) throws SQLException {
        if (kind == TestDatabase.Kind.SQLITE) {
            return "another thread of this process " + ProcessHandle.current().pid();
        }
        if (kind == TestDatabase.Kind.POSTGRESQL) {
            try (ResultSet row = holder.createStatement().executeQuery("SELECT pg_backend_pid()")) {
                row.next();
                return "pid " + row.getInt(1);
            }
        }
        try (ResultSet row = holder.createStatement().executeQuery(
                "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE CONTAINS_UNCOMMITTED")) {
            row.next();
            return "H2 session " + row.getInt(1);
        }
    }
}
