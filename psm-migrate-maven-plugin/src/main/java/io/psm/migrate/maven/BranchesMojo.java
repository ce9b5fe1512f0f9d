package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db branches}: the branch points of the revision graph ({@code -Dpsm.verbose} for each in full). */
@Mojo(name = "branches", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BranchesMojo extends DbCommandMojo {

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("branches").flag("-v", verbose());
    }
}
