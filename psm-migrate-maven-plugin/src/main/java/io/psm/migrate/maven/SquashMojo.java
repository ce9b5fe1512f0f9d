package io.psm.migrate.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code db squash}: replaces a linear run of revisions {@code A:B} by one revision with B's id that
 * lists the others under {@code Replaces:}, so databases at B or later carry on.
 */
@Mojo(name = "squash", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SquashMojo extends DbCommandMojo {

    /** The run to squash, {@code A:B}: its oldest and its newest revision. */
    @Parameter(property = "psm.range")
    private String range;

    /** The message of the new revision. */
    @Parameter(property = "psm.message")
    private String message;

    /** Write the schema the run builds, read back from a scratch schema, instead of its statements. */
    @Parameter(property = "psm.fromSchema", defaultValue = "false")
    private boolean fromSchema;

    @Override
    protected CommandArguments command() throws MojoFailureException {
        List<String> run = CommandArguments.required("psm.range", this.range == null ? null : List.of(this.range),
                "the run to squash, A:B");
        List<String> text = CommandArguments.required("psm.message", this.message == null ? null : List.of(this.message),
                "the new revision's message");
        return CommandArguments.of("squash").positionals(run).option("-m", text.get(0))
                .flag("--from-schema", this.fromSchema);
    }
}
