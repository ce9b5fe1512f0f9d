package io.psm.migrate.autogenerate.schema;

import java.util.List;

/**
 * A foreign key constraint.
 *
 * @param name              the constraint name in catalog form
 * @param columns           the referring columns, in key order
 * @param referencedTable   the referenced table (in the same schema), in catalog form
 * @param referencedColumns the referenced columns, in key order
 * @param onDelete          what happens to referring rows when the referenced row is deleted
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    /** This key without its name: what two keys must share to be the same key. */
    public ForeignKey unnamed() {
        return new ForeignKey("", columns, referencedTable, referencedColumns, onDelete);
    }
}
