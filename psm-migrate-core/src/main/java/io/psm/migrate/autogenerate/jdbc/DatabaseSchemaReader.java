package io.psm.migrate.autogenerate.jdbc;

import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.IdentifierCase;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.Table;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the tables and sequences of one schema of a live PostgreSQL, H2 or SQLite database into a
 * {@link SchemaModel}: PostgreSQL and H2 through {@code DatabaseMetaData} and their catalogs, SQLite
 * through its pragmas.
 *
 * <p>The connection belongs to the caller: it is neither closed nor committed, and only read from.
 * Instances hold no state; one reader may serve many threads, each with its own connection.
 */
public final class DatabaseSchemaReader {

    private static final String[] TABLE_TYPES = {"TABLE", "BASE TABLE", "PARTITIONED TABLE"};

    /**
     * Reads a schema.
     *
     * @param connection the caller's connection, left open
     * @param schema     the schema to read as the user wrote it (folded like an unquoted identifier
     *                   unless it is written in double quotes), or empty for the connection's current schema
     * @param included   which tables and sequences to read, by catalog-form name; the others are not
     *                   looked at
     * @return the schema's model, with warnings for what could not be modelled
     * @throws SchemaReadException if the database is not PostgreSQL, H2 or SQLite, or a query fails
     */
    public DatabaseSnapshot read(Connection connection, Optional<String> schema, Predicate<String> included) {
        String schemaName = schema.orElse(null);
        try {
            DatabaseMetaData metaData = connection.getMetaData();
            DatabaseKind kind = kindOf(metaData);
            if (kind == DatabaseKind.SQLITE) {
                return new SqliteSchemaReader().read(connection, schema, included);
            }
            IdentifierCase identifierCase = identifierCase(metaData);
            schemaName = schema.map(name -> catalogForm(name, identifierCase)).orElse(connection.getSchema());
            List<String> warnings = new ArrayList<>();
            TableReader reader = new TableReader(connection, kind, schemaName, warnings);
            List<Table> tables = new ArrayList<>();
            for (String table : tableNames(metaData, schemaName)) {
                if (included.test(table)) {
                    tables.add(readTable(reader, schemaName, table));
                }
            }
            List<Sequence> sequences = CatalogQueries.of(kind).sequences(connection, schemaName).stream()
                    .filter(sequence -> included.test(sequence.name())).toList();
            SchemaModel model = new SchemaModel(kind, identifierCase, tables, sequences);
            return new DatabaseSnapshot(schemaName, model, warnings);
        } catch (SQLException e) {
            throw SchemaReadException.reading(schemaName, null, e);
        }
    }

    /** How the connected database stores unquoted identifiers; mixed case is not supported. */
    private static IdentifierCase identifierCase(DatabaseMetaData metaData) throws SQLException {
        if (metaData.storesLowerCaseIdentifiers()) {
            return IdentifierCase.LOWER;
        }
        if (metaData.storesUpperCaseIdentifiers()) {
            return IdentifierCase.UPPER;
        }
        throw new SchemaReadException("Autogenerate needs a database that folds unquoted identifiers to upper or"
                + " lower case; " + metaData.getDatabaseProductName() + " keeps them as written", null, null, null);
    }

    /** Which database a connection talks to; PostgreSQL, H2 and SQLite are supported. */
    private static DatabaseKind kindOf(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        return DatabaseKind.ofProductName(product).orElseThrow(() -> new SchemaReadException(
                "Autogenerate supports PostgreSQL, H2 and SQLite; this database is " + product, null, null, null));
    }

    private static Table readTable(TableReader reader, String schema, String table) {
        try {
            return reader.read(table);
        } catch (SQLException e) {
            throw SchemaReadException.reading(schema, table, e);
        }
    }

    private static List<String> tableNames(DatabaseMetaData metaData, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = metaData.getTables(null, escape(metaData, schema), "%", TABLE_TYPES)) {
            while (rows.next()) {
                if (schema.equals(rows.getString("TABLE_SCHEM"))) {
                    names.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }

    private static String catalogForm(String name, IdentifierCase identifierCase) {
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1);
        }
        return identifierCase.fold(name);
    }

    private static String escape(DatabaseMetaData metaData, String pattern) throws SQLException {
        String escape = metaData.getSearchStringEscape();
        return pattern.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
