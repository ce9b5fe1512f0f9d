package io.psm.migrate.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db revision}: writes a new revision script, empty or, with {@code -Dpsm.autogenerate}, from the model. */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RevisionMojo extends DbCommandMojo {

    /** The message: first line of the header and the file name's slug ({@code -m}). */
    @Parameter(property = "psm.message")
    private String message;

    /** Fill the script from the differences between the compiled entities and the database ({@code --autogenerate}). */
    @Parameter(property = "psm.autogenerate", defaultValue = "false")
    private boolean autogenerate;

    /** The revision the new one revises (default: head; base for a new root) ({@code --head}). */
    @Parameter(property = "psm.head")
    private String head;

    /** Allow {@code psm.head} to name a revision that is not a head, starting a branch ({@code --splice}). */
    @Parameter(property = "psm.splice", defaultValue = "false")
    private boolean splice;

    /** Branch labels of the new revision, comma-separated ({@code --branch-label}). */
    @Parameter(property = "psm.branchLabel")
    private List<String> branchLabels;

    /** Revisions the new one depends on, comma-separated ({@code --depends-on}). */
    @Parameter(property = "psm.dependsOn")
    private List<String> dependsOn;

    /** The new revision's id instead of a random one ({@code --rev-id}). */
    @Parameter(property = "psm.revId")
    private String revisionId;

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("revision").option("-m", this.message).flag("--autogenerate", this.autogenerate)
                .option("--head", this.head).flag("--splice", this.splice)
                .options("--branch-label", this.branchLabels).options("--depends-on", this.dependsOn)
                .option("--rev-id", this.revisionId);
    }

    @Override
    protected boolean comparesModel() {
        return this.autogenerate;
    }
}
