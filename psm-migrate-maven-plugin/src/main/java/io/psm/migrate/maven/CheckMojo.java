package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code db check}: fails the build when the compiled entities and the database (at its current
 * revision) disagree, listing the differences. Bound to the {@code verify} phase by default, so an
 * execution with {@code <goal>check</goal>} makes {@code mvn verify} fail on a model change without its
 * revision.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends DbCommandMojo {

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("check");
    }

    @Override
    protected boolean comparesModel() {
        return true;
    }
}
