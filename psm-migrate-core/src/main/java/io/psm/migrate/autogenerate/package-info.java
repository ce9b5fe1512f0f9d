/**
 * Autogenerate: compare the application's entity model with the live database and write the
 * migration that closes the gap, as Alembic's {@code revision --autogenerate} (Flask-Migrate's
 * {@code db migrate}) does.
 *
 * <p>{@link io.psm.migrate.autogenerate.Autogenerator} is the entry point. It reads the database
 * ({@link io.psm.migrate.autogenerate.jdbc}), compares it with a target model, usually read from
 * Hibernate ({@link io.psm.migrate.autogenerate.hibernate}), with
 * {@link io.psm.migrate.autogenerate.diff}, and renders upgrade and downgrade SQL with
 * {@link io.psm.migrate.autogenerate.render}. It produces values only: writing the script file is the
 * caller's business.
 */
package io.psm.migrate.autogenerate;
