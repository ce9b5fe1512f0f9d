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

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("history").option("-r", this.range).flag("-v", verbose())
                .flag("-i", this.indicateCurrent);
    }
}
