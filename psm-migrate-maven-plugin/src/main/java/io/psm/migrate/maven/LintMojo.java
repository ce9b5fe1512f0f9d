package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code db lint}: reports statements that would block a live database, and renames and drops that
 * break running instances, one {@code path:line: rule-id: message} line each; the build fails on any
 * finding not suppressed with {@code -- psm:lint-ignore rule-id reason}.
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class LintMojo extends DbCommandMojo {

    /** Only these revisions: a target ({@code head}, an id) or a range {@code A:B}. */
    @Parameter(property = "psm.target")
    private String target;

    /** Only the revisions the database has not applied ({@code --pending}). */
    @Parameter(property = "psm.pending", defaultValue = "false")
    private boolean pending;

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("lint").positional(this.target).flag("--pending", this.pending);
    }
}
