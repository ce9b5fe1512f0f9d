package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db downgrade}: reverts revisions down to a target (default: -1), or prints their SQL. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends DbCommandMojo {

    /** -N, base, an id, label@-1, ...; with {@code psm.sql} FROM:TARGET. */
    @Parameter(property = "psm.target")
    private String target;

    /** Print the SQL that would run instead of running it ({@code --sql}). */
    @Parameter(property = "psm.sql", defaultValue = "false")
    private boolean sql;

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("downgrade").positional(this.target).flag("--sql", this.sql);
    }
}
