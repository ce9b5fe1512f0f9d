package io.psm.migrate.autogenerate.render;

/**
 * The order statements run in, so that nothing refers to an object that does not exist yet or any
 * more: drops of dependents before what they depend on, creations the other way round.
 */
enum Phase {
    DROP_FOREIGN_KEYS,
    DROP_INDEXES_AND_UNIQUE_CONSTRAINTS,
    DROP_TABLES,
    DROP_COLUMNS,
    DROP_SEQUENCES,
    CREATE_SEQUENCES,
    CREATE_TABLES,
    ADD_COLUMNS,
    ALTER_COLUMNS,
    CREATE_INDEXES_AND_UNIQUE_CONSTRAINTS,
    ADD_FOREIGN_KEYS
}
