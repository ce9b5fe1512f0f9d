package io.psm.migrate.autogenerate.schema;

/**
 * A sequence that is not owned by a column (Hibernate's {@code *_seq} sequences, for example);
 * the sequences behind identity and {@code serial} columns belong to their columns.
 *
 * @param name      the sequence name in catalog form
 * @param start     the first value
 * @param increment the step between values (Hibernate's allocation size)
 */
public record Sequence(String name, long start, long increment) {
}
