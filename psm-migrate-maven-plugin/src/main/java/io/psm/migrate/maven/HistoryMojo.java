package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db history}: the revisions, newest first ({@code -Dpsm.verbose} for each in full). */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends DbCommandMojo {

    /** Only this range: base:head, -3:, current:, ... ({@code -r}). */
    @Parameter(property = "psm.range")
    private String range;

    /** Mark the database's current revisions ({@code -i}). */
    @Parameter(property = "psm.indicateCurrent", defaultValue = "false")
    private boolean indicateCurrent;

    /** Draw the graph beside the revisions, as {@code git log --graph} does ({@code --graph}). */
    @Parameter(property = "psm.graph", defaultValue = "false")
    private boolean graph;

    /** Write the graph as {@code mermaid} or {@code dot} instead ({@code --format}). */
    @Parameter(property = "psm.format")
    private String format;

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("history").option("-r", this.range).flag("-v", verbose())
                .flag("-i", this.indicateCurrent).flag("--graph", this.graph).option("--format", this.format);
    }
}
