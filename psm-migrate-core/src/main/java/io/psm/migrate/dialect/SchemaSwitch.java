package io.psm.migrate.dialect;

import java.sql.SQLException;

/** A change of a connection's current schema, undone by {@link #restore()}. */
@FunctionalInterface
public interface SchemaSwitch {

    /**
     * Puts the connection's previous schema (or search path) back.
     *
     * @throws SQLException when the database refuses
     */
    void restore() throws SQLException;
}
