/**
 * psm-migrate's Maven plugin: a goal per command ({@code psm-migrate:migrate}, {@code psm-migrate:upgrade},
 * {@code psm-migrate:check}, ...), each running the application's own {@code db} command in a forked JVM
 * on the project's compiled classes and runtime dependencies, as {@code spring-boot:run} runs the
 * application. The plugin is a thin layer: every command, output line and error is the {@code db}
 * command's; Spring and Hibernate never load into Maven.
 */
package io.psm.migrate.maven;
