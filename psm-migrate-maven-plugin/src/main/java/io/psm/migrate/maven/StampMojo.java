package io.psm.migrate.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db stamp}: sets the version table to revisions without running anything. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends DbCommandMojo {

    /** The revisions to stamp, comma-separated: ids, head, heads, base, ... */
    @Parameter(property = "psm.revisions")
    private List<String> revisions;

    /** Empty the version table first ({@code --purge}). */
    @Parameter(property = "psm.purge", defaultValue = "false")
    private boolean purge;

    /** Print the version-table SQL instead of running it; a revision may be FROM:REV ({@code --sql}). */
    @Parameter(property = "psm.sql", defaultValue = "false")
    private boolean sql;

    @Override
    protected CommandArguments command() throws MojoFailureException {
        return CommandArguments.of("stamp").positionals(CommandArguments.required("psm.revisions", this.revisions,
                "the revisions to stamp, comma-separated, such as head")).flag("--purge", this.purge)
                .flag("--sql", this.sql);
    }
}
