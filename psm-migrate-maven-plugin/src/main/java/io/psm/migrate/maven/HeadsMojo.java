package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db heads}: the heads of the revision graph ({@code -Dpsm.verbose} for each in full). */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends DbCommandMojo {

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("heads").flag("-v", verbose());
    }
}
