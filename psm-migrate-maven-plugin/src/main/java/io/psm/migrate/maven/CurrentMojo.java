package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db current}: the database's current revisions ({@code -Dpsm.verbose} for each in full). */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends DbCommandMojo {

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("current").flag("-v", verbose());
    }
}
