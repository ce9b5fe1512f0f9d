package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code db verify}: upgrades, downgrades and upgrades again each revision up to a target (default:
 * heads) on a scratch schema that it drops afterwards.
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class VerifyMojo extends DbCommandMojo {

    /** heads, head, an id, label@head, ... */
    @Parameter(property = "psm.target")
    private String target;

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("verify").positional(this.target);
    }
}
