package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.autogenerate.schema.Sequence;
import io.psm.migrate.autogenerate.schema.Table;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds columns whose default draws from a sequence ({@code nextval('s'::regclass)} on PostgreSQL,
 * {@code NEXT VALUE FOR "PUBLIC"."S"} on H2): such a sequence is in use even if the model never names it.
 * Only columns that stay count: a table or column the change list drops frees its sequences.
 */
final class SequenceUsers {

    private SequenceUsers() {
    }

    /** The first staying column, as {@code 'table.column'}, whose database default mentions the sequence. */
    static Optional<String> columnUsing(Sequence sequence, SchemaModel database, SchemaModel target) {
        Pattern mention = Pattern.compile("(?<![\\w$])" + Pattern.quote(sequence.name()) + "(?![\\w$])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (Table table : database.tables()) {
            Optional<Table> staying = target.table(table.name());
            for (Column column : table.columns()) {
                boolean stays = staying.flatMap(kept -> kept.column(column.name())).isPresent();
                if (stays && column.defaultValue().filter(value -> mention.matcher(value).find()).isPresent()) {
                    return Optional.of(Names.column(table.name(), column.name()));
                }
            }
        }
        return Optional.empty();
    }
}
