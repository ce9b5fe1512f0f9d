package io.psm.migrate.autogenerate.hibernate;

import io.psm.migrate.autogenerate.schema.CheckConstraint;
import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.ColumnType;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.ForeignKey;
import io.psm.migrate.autogenerate.schema.Generation;
import io.psm.migrate.autogenerate.schema.Index;
import io.psm.migrate.autogenerate.schema.IndexColumn;
import io.psm.migrate.autogenerate.schema.Nullability;
import io.psm.migrate.autogenerate.schema.ReferentialAction;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.SortOrder;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;
import io.psm.migrate.autogenerate.schema.Uniqueness;

import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.mapping.Selectable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Turns Hibernate's mapping tables into schema-model tables, with names in catalog form. */
final class TableMapper {

    private final Metadata metadata;
    private final DatabaseKind kind;
    private final IdentifierHelper helper;

    TableMapper(Metadata metadata, DatabaseKind kind, IdentifierHelper helper) {
        this.metadata = metadata;
        this.kind = kind;
        this.helper = helper;
    }

    Table table(org.hibernate.mapping.Table table) {
        List<org.hibernate.mapping.Column> columns = List.copyOf(table.getColumns());
        List<String> primaryKey = table.hasPrimaryKey()
                ? table.getPrimaryKey().getColumns().stream().map(this::name).toList() : List.of();
        return new Table(helper.toMetaDataObjectName(table.getNameIdentifier()),
                columns.stream().map(column -> column(column, table.isPrimaryKey(column))).toList(),
                primaryKey, uniqueConstraints(table, columns), indexes(table), foreignKeys(table), checks(table));
    }

    Sequence sequence(org.hibernate.boot.model.relational.Sequence sequence) {
        return new Sequence(helper.toMetaDataObjectName(sequence.getName().getSequenceName()),
                sequence.getInitialValue(), sequence.getIncrementSize());
    }

    private Column column(org.hibernate.mapping.Column column, boolean inPrimaryKey) {
        ColumnType type = kind.columnType(column.getSqlType(metadata));
        return new Column(name(column), column.isIdentity() ? kind.identityColumnType(type) : type,
                column.isNullable() && !inPrimaryKey ? Nullability.NULL : Nullability.NOT_NULL,
                Optional.ofNullable(column.getDefaultValue()),
                column.isIdentity() ? Generation.IDENTITY : Generation.NONE);
    }

    private List<UniqueConstraint> uniqueConstraints(org.hibernate.mapping.Table table,
                                                     List<org.hibernate.mapping.Column> columns) {
        List<UniqueConstraint> keys = new ArrayList<>();
        table.getUniqueKeys().values().forEach(key -> keys.add(new UniqueConstraint(constraintName(key.getName()),
                key.getColumns().stream().map(this::name).toList())));
        for (org.hibernate.mapping.Column column : columns) {
            List<String> single = List.of(name(column));
            boolean covered = keys.stream().anyMatch(key -> key.columns().equals(single));
            if (column.isUnique() && !table.isPrimaryKey(column) && !covered) {
                keys.add(new UniqueConstraint(uniqueKeyName(table, column), single));
            }
        }
        return keys.stream().sorted(Comparator.comparing(UniqueConstraint::name)).toList();
    }

    private String uniqueKeyName(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column) {
        String name = column.getUniqueKeyName();
        return constraintName(name != null ? name : "uk_" + table.getName() + "_" + column.getName());
    }

    private List<Index> indexes(org.hibernate.mapping.Table table) {
        return table.getIndexes().values().stream()
                .map(index -> new Index(constraintName(index.getName()),
                        indexColumns(index.getSelectables(), index.getSelectableOrderMap()),
                        index.isUnique() ? Uniqueness.UNIQUE : Uniqueness.NON_UNIQUE))
                .sorted(Comparator.comparing(Index::name)).toList();
    }

    private List<IndexColumn> indexColumns(List<Selectable> selectables, Map<Selectable, String> orders) {
        return selectables.stream().filter(org.hibernate.mapping.Column.class::isInstance)
                .map(selectable -> new IndexColumn(name((org.hibernate.mapping.Column) selectable),
                        isDescending(orders.get(selectable)) ? SortOrder.DESC : SortOrder.ASC))
                .toList();
    }

    private static boolean isDescending(String order) {
        return order != null && order.trim().toLowerCase(Locale.ROOT).startsWith("desc");
    }

    private List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table) {
        return table.getForeignKeyCollection().stream()
                .filter(key -> key.isCreationEnabled() && key.isPhysicalConstraint())
                .map(this::foreignKey)
                .sorted(Comparator.comparing(ForeignKey::name)).toList();
    }

    private ForeignKey foreignKey(org.hibernate.mapping.ForeignKey key) {
        org.hibernate.mapping.Table referenced = key.getReferencedTable();
        List<org.hibernate.mapping.Column> referencedColumns = key.isReferenceToPrimaryKey()
                ? referenced.getPrimaryKey().getColumns() : key.getReferencedColumns();
        return new ForeignKey(constraintName(key.getName()), key.getColumns().stream().map(this::name).toList(),
                helper.toMetaDataObjectName(referenced.getNameIdentifier()),
                referencedColumns.stream().map(this::name).toList(), onDelete(key.getOnDeleteAction()));
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case CASCADE -> ReferentialAction.CASCADE;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
            case RESTRICT -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private List<CheckConstraint> checks(org.hibernate.mapping.Table table) {
        return Stream.concat(table.getColumns().stream().flatMap(column -> column.getCheckConstraints().stream()),
                        table.getChecks().stream())
                .map(check -> new CheckConstraint(Optional.ofNullable(check.getName()).map(this::constraintName),
                        check.getConstraint()))
                .toList();
    }

    private String name(org.hibernate.mapping.Column column) {
        return helper.toMetaDataObjectName(Identifier.toIdentifier(column.getName(), column.isQuoted()));
    }

    private String constraintName(String name) {
        return helper.toMetaDataObjectName(Identifier.toIdentifier(name));
    }
}
