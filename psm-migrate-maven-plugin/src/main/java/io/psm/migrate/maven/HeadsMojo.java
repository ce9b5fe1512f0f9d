package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code db heads}: the heads of the revision graph ({@code -Dpsm.verbose} for each in full); with
 * {@code -Dpsm.check} the build fails when there is more than one.
 */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends DbCommandMojo {

    /** Fail when the graph has more than one head ({@code --check}). */
    @Parameter(property = "psm.check", defaultValue = "false")
    private boolean check;

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("heads").flag("-v", verbose()).flag("--check", this.check);
    }
}
