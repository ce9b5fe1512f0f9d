package io.psm.migrate.dialect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * SQLite's migration lock: an operating-system lock on a file beside the database,
 * {@code <database file>.<version table>.lock} (for {@code app.db}, {@code app.db.psm_version.lock}).
 *
 * <p>The operating system releases the lock when its process ends, however it ends, so a killed run
 * never leaves it taken; threads of one process exclude each other too. The holder writes its
 * process id and start time into the file, for the messages of those who wait (the file stays, empty,
 * when the lock is released: deleting it would let two runners lock two different files). SQLite's
 * own write lock cannot serve: it lasts one transaction, and a run commits once per revision.
 *
 * <p>An in-memory database has no file and lives in one process only; its lock file is in the
 * temporary directory, named after the process, and excludes the threads of that process.
 */
final class SqliteFileLock implements LockAttempt {

    /** The byte that is locked: far from the holder's description, which waiters read. */
    private static final long REGION = Long.MAX_VALUE - 1;

    private final Path path;
    private final FileChannel channel;
    private FileLock lock;

    private SqliteFileLock(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** Opens (creating when missing) the lock file of a connection's main database and version table. */
    static SqliteFileLock open(Connection connection, TableName versionTable) throws SQLException {
        Path path = lockFile(databaseFile(connection), versionTable.name());
        try {
            return new SqliteFileLock(path, FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE));
        } catch (IOException | RuntimeException e) {
            throw new SQLException("Cannot open the migration lock file " + path + " (it goes beside the database,"
                    + " whose directory must be writable): " + reason(e), e);
        }
    }

    /** The lock file for a database file (empty for an in-memory database) and a version table. */
    static Path lockFile(String databaseFile, String versionTable) {
        String table = versionTable.replaceAll("[^A-Za-z0-9_]", "_");
        if (databaseFile.isEmpty()) {
            String name = "psm-migrate-" + ProcessHandle.current().pid() + "-memory." + table + ".lock";
            Path path = Path.of(System.getProperty("java.io.tmpdir"), name);
            path.toFile().deleteOnExit();
            return path;
        }
        return Path.of(databaseFile + "." + table + ".lock");
    }

    /** The file of the connection's main database, as SQLite resolved it; empty for an in-memory database. */
    private static String databaseFile(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA database_list")) {
            while (rows.next()) {
                if ("main".equals(rows.getString("name"))) {
                    String file = rows.getString("file");
                    return file == null ? "" : file;
                }
            }
        }
        return "";
    }

    @Override
    public boolean tryAcquire() throws SQLException {
        try {
            lock = channel.tryLock(REGION, 1, false);
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            throw new SQLException("Cannot lock the migration lock file " + path + ": " + reason(e), e);
        }
        if (lock == null) {
            return false;
        }
        describeHolder();
        return true;
    }

    /** Writes who holds the lock into the file; a failure to write only costs the waiters the holder's name. */
    private void describeHolder() {
        ProcessHandle self = ProcessHandle.current();
        String description = "process " + self.pid() + " (user " + System.getProperty("user.name")
                + ", locked since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")";
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(description.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException ignored) {
            // The lock is held all the same.
        }
    }

    /** The holder as it described itself; nothing to end by hand, as the lock ends with its process. */
    @Override
    public Optional<LockHolder> holder() throws SQLException {
        String description;
        try {
            description = Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new SQLException("Cannot read the migration lock file " + path + ": " + reason(e), e);
        }
        if (description.isEmpty()) {
            return Optional.empty();
        }
        String self = "process " + ProcessHandle.current().pid() + " ";
        String who = description.startsWith(self) ? "another thread of this " + description : description;
        return Optional.of(new LockHolder(who + ", lock file " + path, Optional.empty()));
    }

    @Override
    public void release() throws SQLException {
        try (FileChannel closing = channel) {
            if (lock != null) {
                closing.truncate(0);
                lock.release();
            }
        } catch (IOException e) {
            throw new SQLException("Cannot release the migration lock file " + path
                    + " (the lock ends with this process): " + reason(e), e);
        }
    }

    @Override
    public void abandon() throws SQLException {
        release();
    }

    /** What went wrong with the file, for people: file system exceptions give only the path as their message. */
    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
