package io.psm.migrate.boot.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * An instance's DataSource as one {@code db} command uses it: before its first connection, the
 * command says which database it is (or refuses it), so that commands that never connect
 * ({@code history}, {@code revision}, {@code --sql}) say nothing about a database.
 */
final class CommandDataSource extends DelegatingDataSource {

    private final Runnable beforeFirstConnection;
    private final AtomicBoolean connected = new AtomicBoolean();

    /**
     * @param dataSource            the instance's DataSource, owned by the application
     * @param beforeFirstConnection runs once, before the first connection; may throw to refuse it
     */
    CommandDataSource(DataSource dataSource, Runnable beforeFirstConnection) {
        super(dataSource);
        this.beforeFirstConnection = beforeFirstConnection;
    }

    @Override
    public Connection getConnection() throws SQLException {
        beforeFirst();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        beforeFirst();
        return super.getConnection(username, password);
    }

    private void beforeFirst() {
        if (this.connected.compareAndSet(false, true)) {
            this.beforeFirstConnection.run();
        }
    }
}
