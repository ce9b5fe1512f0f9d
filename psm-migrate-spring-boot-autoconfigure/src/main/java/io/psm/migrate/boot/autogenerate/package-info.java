/**
 * Autogenerate inside an application: the running application's Hibernate metamodel, captured
 * while its {@code EntityManagerFactory} is built, compared with its database for {@code db migrate},
 * {@code db revision --autogenerate} and {@code db check}.
 */
package io.psm.migrate.boot.autogenerate;
