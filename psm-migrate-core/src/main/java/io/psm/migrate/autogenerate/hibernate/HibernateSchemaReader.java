package io.psm.migrate.autogenerate.hibernate;

import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.IdentifierCase;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.Table;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the schema an application's entities need from Hibernate's boot metamodel: the tables as
 * Hibernate maps them (with the application's naming strategy), column types as its
 * {@code Dialect} renders them, nullability, primary and unique keys, indexes, foreign keys, check
 * constraints and sequences.
 *
 * <p>A running application's {@code Metadata} is available to an
 * {@link org.hibernate.integrator.spi.Integrator}, registered through the
 * {@code hibernate.integrator_provider} setting or {@code META-INF/services}; its
 * {@code integrate(Metadata, BootstrapContext, SessionFactoryImplementor)} receives the metamodel
 * the application actually uses. {@link EntityMetadata} builds one from entity classes instead.
 *
 * <p>Stateless and thread-safe; the metamodel is only read.
 */
public final class HibernateSchemaReader {

    private static final String SQLITE_DIALECT = "org.hibernate.community.dialect.SQLiteDialect";

    /**
     * Reads the tables and sequences of the default namespace: those of entities without an explicit
     * schema (or in {@code hibernate.default_schema}).
     *
     * @throws EntityModelException if the dialect is not PostgreSQL's, H2's or SQLite's
     */
    public SchemaModel read(Metadata metadata) {
        Namespace defaultNamespace = metadata.getDatabase().getDefaultNamespace();
        return read(metadata, namespace -> namespace.equals(defaultNamespace));
    }

    /**
     * Reads the tables and sequences Hibernate places in a named schema.
     *
     * @param schema the schema, as an identifier is written in a mapping (quote it to keep its case)
     * @throws EntityModelException if the dialect is not PostgreSQL's, H2's or SQLite's
     */
    public SchemaModel read(Metadata metadata, String schema) {
        IdentifierHelper helper = metadata.getDatabase().getJdbcEnvironment().getIdentifierHelper();
        String wanted = helper.toMetaDataObjectName(Identifier.toIdentifier(schema));
        return read(metadata, namespace -> {
            Identifier name = namespace.getPhysicalName().getSchema();
            return name != null && helper.toMetaDataObjectName(name).equals(wanted);
        });
    }

    private SchemaModel read(Metadata metadata, Predicate<Namespace> selected) {
        DatabaseKind kind = kindOf(metadata.getDatabase().getDialect());
        IdentifierHelper helper = metadata.getDatabase().getJdbcEnvironment().getIdentifierHelper();
        TableMapper mapper = new TableMapper(metadata, kind, helper);
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            if (selected.test(namespace)) {
                namespace.getTables().stream().filter(table -> table.isPhysicalTable() && !table.isView())
                        .map(mapper::table).forEach(tables::add);
                namespace.getSequences().forEach(sequence -> sequences.add(mapper.sequence(sequence)));
            }
        }
        return new SchemaModel(kind, identifierCase(helper), tables, sequences);
    }

    private static DatabaseKind kindOf(Dialect dialect) {
        if (dialect instanceof PostgreSQLDialect) {
            return DatabaseKind.POSTGRESQL;
        }
        if (dialect instanceof H2Dialect) {
            return DatabaseKind.H2;
        }
        if (isSqlite(dialect.getClass())) {
            return DatabaseKind.SQLITE;
        }
        throw new EntityModelException("Autogenerate supports Hibernate's PostgreSQL, H2 and SQLite dialects;"
                + " the entity model uses " + dialect.getClass().getName());
    }

    /**
     * Whether the dialect is Hibernate's SQLite dialect (or an application's subclass of it), which
     * lives in {@code hibernate-community-dialects}: looked up by name, as that module is optional.
     */
    private static boolean isSqlite(Class<?> type) {
        for (Class<?> each = type; each != null; each = each.getSuperclass()) {
            if (each.getName().equals(SQLITE_DIALECT)) {
                return true;
            }
        }
        return false;
    }

    private static IdentifierCase identifierCase(IdentifierHelper helper) {
        return helper.toMetaDataObjectName(Identifier.toIdentifier("a")).equals("A")
                ? IdentifierCase.UPPER : IdentifierCase.LOWER;
    }
}
