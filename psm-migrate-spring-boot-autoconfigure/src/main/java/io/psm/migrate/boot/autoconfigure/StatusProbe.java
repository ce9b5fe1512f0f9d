package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.MigrateException;
import io.psm.migrate.MigrationStatus;
import io.psm.migrate.PsmMigrate;
import io.psm.migrate.dialect.Durations;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads where an instance's database stands for the health indicator and the endpoint, answering
 * within {@code probe-timeout} whatever the database does.
 *
 * <p>It reads through the application's DataSource first, for at most half the time: a pool waits
 * for a connection far longer than a probe may (Hikari: 30 s), and when the database is gone it
 * only says so once that wait ends. If that read fails or does not answer in time, it reads again
 * through a connection of its own (same URL, user and password, no pool) for the rest of the time,
 * which fails at once with the database's own message ({@code database "x" does not exist}); that
 * message is what the probe reports. Each read runs on a daemon thread of its own, left to finish
 * in the background when it does not answer in time. Thread-safe.
 */
final class StatusProbe {

    private final PsmMigrateInstance instance;
    private final Duration timeout;
    private final Supplier<Optional<PsmMigrate>> direct;

    StatusProbe(PsmMigrateInstance instance, Duration timeout) {
        this.instance = instance;
        this.timeout = timeout;
        this.direct = SingletonSupplier.of(() -> directDataSource(instance.dataSource())
                .map(dataSource -> instance.migrate().withDataSource(dataSource)));
    }

    /**
     * The instance's status against its target.
     *
     * @return the status
     * @throws MigrateException with the database's own message, or saying it gave no answer in time
     */
    MigrationStatus read() {
        PsmMigrate migrate = instance.migrate(); // scripts are read once, outside the time limit
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            return within(timeout.dividedBy(2), () -> migrate.status(instance.target()));
        } catch (RuntimeException throughPool) {
            Optional<PsmMigrate> own = direct.get();
            if (own.isEmpty()) {
                throw throughPool;
            }
            Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0));
            try {
                return within(left, () -> own.get().status(instance.target()));
            } catch (ProbeTimeoutException noAnswer) {
                throw throughPool instanceof ProbeTimeoutException ? noAnswer : throughPool;
            }
        }
    }

    private <T> T within(Duration limit, Supplier<T> read) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(read.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, "psm-migrate-probe-" + instance.name());
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(Math.max(limit.toMillis(), 1), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ProbeTimeoutException(instance.description(), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeTimeoutException(instance.description(), timeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A DataSource that opens a plain connection with the same URL, user and password, when those
     * can be read from the application's (Hikari, Tomcat, DBCP2, a driver DataSource...).
     */
    private static Optional<DataSource> directDataSource(DataSource dataSource) {
        if (dataSource instanceof SimpleDriverDataSource) {
            return Optional.empty(); // already without a pool: the first read said it all
        }
        try {
            return Optional.of(DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class).build());
        } catch (RuntimeException unsupported) {
            return Optional.empty();
        }
    }

    /** The database gave no answer within the probe's time-out. */
    static final class ProbeTimeoutException extends MigrateException {

        private static final long serialVersionUID = 1L;

        ProbeTimeoutException(String database, Duration timeout) {
            super("No answer from the database " + database + " within " + Durations.format(timeout)
                    + " (probe-timeout)");
        }
    }
}
