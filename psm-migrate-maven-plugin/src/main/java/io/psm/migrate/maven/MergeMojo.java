package io.psm.migrate.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db merge}: writes a revision that merges revisions ({@code -Dpsm.revisions=heads} for all heads). */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MergeMojo extends DbCommandMojo {

    /** The message of the merge revision ({@code -m}). */
    @Parameter(property = "psm.message")
    private String message;

    /** The revisions to merge, comma-separated, or {@code heads}. */
    @Parameter(property = "psm.revisions")
    private List<String> revisions;

    @Override
    protected CommandArguments command() throws MojoFailureException {
        return CommandArguments.of("merge").option("-m", this.message).positionals(CommandArguments.required(
                "psm.revisions", this.revisions, "the revisions to merge, comma-separated, or heads for all heads"));
    }
}
