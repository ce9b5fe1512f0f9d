package io.psm.migrate.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db show}: one revision's header fields and path. */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ShowMojo extends DbCommandMojo {

    /** An id, a unique prefix, head, label@head, ...; current or heads for several. */
    @Parameter(property = "psm.revision")
    private String revision;

    @Override
    protected CommandArguments command() throws MojoFailureException {
        return CommandArguments.of("show").positionals(CommandArguments.required("psm.revision",
                this.revision == null ? null : List.of(this.revision), "the revision to show, such as head or an id"));
    }
}
