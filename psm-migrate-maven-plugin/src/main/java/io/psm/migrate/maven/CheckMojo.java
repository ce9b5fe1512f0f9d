package io.psm.migrate.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code db check}: fails the build when the compiled entities and the database (at its current
 * revision) disagree, listing the differences. Bound to the {@code verify} phase by default, so an
 * execution with {@code <goal>check</goal>} makes {@code mvn verify} fail on a model change without its
 * revision. With {@code singleHead} it first fails the build when the revision graph has more than one
 * head ({@code db heads --check}), as a merged pull request that forgot {@code merge} leaves it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends DbCommandMojo {

    /** Also fail when the revision graph has more than one head ({@code db heads --check}). */
    @Parameter(property = "psm.singleHead", defaultValue = "false")
    private boolean singleHead;

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("check");
    }

    @Override
    protected List<CommandArguments> commands() {
        return this.singleHead ? List.of(CommandArguments.of("heads").flag("--check", true), command())
                : List.of(command());
    }

    @Override
    protected boolean comparesModel() {
        return true;
    }
}
