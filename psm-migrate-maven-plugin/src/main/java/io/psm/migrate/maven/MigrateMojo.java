package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code db migrate}: writes a revision from the differences between the compiled entities and the
 * database ({@code revision --autogenerate}). Run it after {@code compile}:
 * {@code mvn compile psm-migrate:migrate -Dpsm.message="Add isbn to Book"}.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MigrateMojo extends DbCommandMojo {

    /** The message of the new revision ({@code -m}). */
    @Parameter(property = "psm.message")
    private String message;

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("migrate").option("-m", this.message);
    }

    @Override
    protected boolean comparesModel() {
        return true;
    }
}
