/**
 * The {@code db} commands inside an application ({@code java -jar app.jar db upgrade}), Flask-Migrate's
 * {@code flask db} for Spring Boot: the standalone command line run against the application's own
 * DataSource and locations.
 */
package io.psm.migrate.boot.command;
