package io.psm.migrate.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code db import-flyway}: writes one revision per Flyway {@code V<version>__<description>.sql} of a
 * folder, chained in version order; with the application's database, checks its Flyway history against
 * the files and stamps it at the newest version Flyway applied.
 */
@Mojo(name = "import-flyway", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ImportFlywayMojo extends DbCommandMojo {

    /** The Flyway migration folder, such as {@code src/main/resources/db/migration}. */
    @Parameter(property = "psm.flywayDirectory")
    private String flywayDirectory;

    /** Flyway's history table, {@code [schema.]table} ({@code --flyway-table}). */
    @Parameter(property = "psm.flywayTable")
    private String flywayTable;

    /** Write the revisions only and leave the database alone ({@code --files-only}). */
    @Parameter(property = "psm.filesOnly", defaultValue = "false")
    private boolean filesOnly;

    @Override
    protected CommandArguments command() throws MojoFailureException {
        List<String> folder = CommandArguments.required("psm.flywayDirectory",
                this.flywayDirectory == null ? null : List.of(this.flywayDirectory),
                "the Flyway migration folder, such as src/main/resources/db/migration");
        return CommandArguments.of("import-flyway").positionals(folder).option("--flyway-table", this.flywayTable)
                .flag("--files-only", this.filesOnly);
    }
}
