/**
 * The command line: {@link io.psm.migrate.cli.PsmMigrateCommandLine} runs Alembic's commands
 * ({@code upgrade}, {@code downgrade}, {@code current}, {@code history}, {@code heads},
 * {@code branches}, {@code show}, {@code stamp}, {@code revision}, {@code merge}, {@code init},
 * {@code verify}) standalone or, through a {@link io.psm.migrate.cli.CommandEnvironment}, inside an
 * application, where an {@link io.psm.migrate.cli.Autogenerator} adds {@code migrate} and
 * {@code check}. Output follows Alembic's formats: results on standard output, progress and
 * errors on standard error.
 */
package io.psm.migrate.cli;
