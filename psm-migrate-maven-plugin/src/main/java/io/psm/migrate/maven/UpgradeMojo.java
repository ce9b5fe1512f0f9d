package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db upgrade}: applies revisions up to a target (default: head), or prints their SQL. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends DbCommandMojo {

    /** head, heads, an id, label@head, +N, ...; with {@code psm.sql} also FROM:TARGET. */
    @Parameter(property = "psm.target")
    private String target;

    /** Print the SQL that would run instead of running it ({@code --sql}). */
    @Parameter(property = "psm.sql", defaultValue = "false")
    private boolean sql;

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("upgrade").positional(this.target).flag("--sql", this.sql);
    }
}
