package io.psm.migrate.autogenerate.diff;

import io.psm.migrate.autogenerate.schema.Sequence;

/**
 * A sequence the model needs (a Hibernate {@code @SequenceGenerator}, say) and the database lacks.
 *
 * @param sequence the sequence as the model defines it
 */
public record AddSequence(Sequence sequence) implements SchemaChange {

    @Override
    public String reportLine() {
        return "Detected added sequence " + Names.quoted(sequence.name());
    }

    @Override
    public SchemaChange inverse() {
        return new RemoveSequence(sequence);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addSequence(this);
    }
}
