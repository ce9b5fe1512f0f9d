package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Sequence;

import java.util.List;

/**
 * A sequence the database has (not owned by a column) and the model does not use.
 *
 * @param sequence the sequence as the database defines it
 */
public record RemoveSequence(Sequence sequence) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected removed sequence " + Names.quoted(sequence.name());
    }

    @Override
    public SchemaChange inverse() {
        return new AddSequence(sequence);
    }

    @Override
    public List<String> warnings() {
        return List.of("Dropping sequence " + Names.quoted(sequence.name()) + " loses its current value;"
                + " the downgrade re-creates it at its start value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.removeSequence(this);
    }
}
