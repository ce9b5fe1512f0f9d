package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Table;

import java.util.List;

/**
 * A table the database has and the model lacks; dropped, with its data.
 *
 * @param table the table as the database defines it, so that the inverse re-creates it exactly
 */
public record RemoveTable(Table table) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected removed table " + Names.quoted(table.name());
    }

    @Override
    public SchemaChange inverse() {
        return new AddTable(table);
    }

    @Override
    public List<String> warnings() {
        return List.of("Dropping table " + Names.quoted(table.name()) + " deletes all its rows");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.removeTable(this);
    }
}
