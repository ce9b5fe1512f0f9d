/**
 * Reading the application's entity model from Hibernate's boot metamodel
 * ({@link org.hibernate.boot.Metadata}) into the autogenerate schema model.
 *
 * <p>{@link io.psm.migrate.autogenerate.hibernate.HibernateSchemaReader} is the entry point: it takes
 * tables, columns, keys, indexes, foreign keys and sequences exactly as Hibernate would create them,
 * with the application's naming strategy and the column types its {@code Dialect} renders.
 * {@link io.psm.migrate.autogenerate.hibernate.EntityMetadata} builds that {@code Metadata} from a list
 * of entity classes and Hibernate settings, for tests and standalone use; a running application
 * hands over the {@code Metadata} its own bootstrap produced instead.
 *
 * <p>Hibernate is an optional dependency of psm-migrate-core: only this package needs it.
 */
package io.psm.migrate.autogenerate.hibernate;
