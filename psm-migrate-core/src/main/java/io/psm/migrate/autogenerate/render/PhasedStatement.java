package io.psm.migrate.autogenerate.render;

/** A statement with the phase it runs in. */
record PhasedStatement(Phase phase, GeneratedStatement statement) {
}
