package io.psm.migrate.autogenerate.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases autogenerate reads and writes SQL for. Each spells column types its own way; this
 * is where a type gets its canonical spelling, so that the database's {@code int4} and the model's
 * {@code integer} compare equal.
 */
public enum DatabaseKind {

    /** PostgreSQL. */
    POSTGRESQL("PostgreSQL", TypeRules.POSTGRESQL),

    /** H2 2.x. */
    H2("H2", TypeRules.H2),

    /** SQLite 3: types are kept as declared, and only compared as such. */
    SQLITE("SQLite", TypeRules.SQLITE);

    private final String productName;
    private final TypeRules types;

    DatabaseKind(String productName, TypeRules types) {
        this.productName = productName;
        this.types = types;
    }

    /** The product name the JDBC driver reports, e.g. {@code PostgreSQL}. */
    public String productName() {
        return productName;
    }

    /**
     * The database kind of a JDBC product name.
     *
     * @param databaseProductName as {@code DatabaseMetaData.getDatabaseProductName()} returns it
     * @return the kind, or empty for a database autogenerate does not support
     */
    public static Optional<DatabaseKind> ofProductName(String databaseProductName) {
        String name = databaseProductName.toLowerCase(Locale.ROOT);
        for (DatabaseKind kind : values()) {
            if (name.startsWith(kind.productName.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The canonical form of a type as written in DDL, e.g. {@code character varying(40)} or
     * {@code timestamp(6) with time zone}.
     */
    public ColumnType columnType(String declaration) {
        return types.declared(declaration);
    }

    /**
     * The type an identity column has in this database whatever its declared type: on SQLite only
     * an {@code INTEGER} primary key numbers its rows (it is the row id), so Hibernate declares every
     * identity column {@code integer} there; elsewhere the declared type.
     *
     * @param declared the column's type as the model declares it
     * @return the type the database gives the identity column
     */
    public ColumnType identityColumnType(ColumnType declared) {
        return this == SQLITE ? new ColumnType("INTEGER", List.of()) : declared;
    }

    /**
     * The canonical form of a type as {@code DatabaseMetaData.getColumns} describes it.
     *
     * @param typeName      the {@code TYPE_NAME} column
     * @param size          the {@code COLUMN_SIZE} column
     * @param decimalDigits the {@code DECIMAL_DIGITS} column
     */
    public ColumnType columnType(String typeName, long size, int decimalDigits) {
        return types.reported(typeName, size, decimalDigits);
    }
}
