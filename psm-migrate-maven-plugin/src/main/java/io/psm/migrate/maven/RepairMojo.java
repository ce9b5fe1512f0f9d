package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db repair}: accepts applied revisions' scripts as they are now, recording their new checksums. */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RepairMojo extends DbCommandMojo {

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("repair");
    }
}
