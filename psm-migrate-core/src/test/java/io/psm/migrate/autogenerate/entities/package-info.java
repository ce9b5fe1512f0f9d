/** Annotated test entities covering the common JPA mappings, for the autogenerate tests. */
package io.psm.migrate.autogenerate.entities;
