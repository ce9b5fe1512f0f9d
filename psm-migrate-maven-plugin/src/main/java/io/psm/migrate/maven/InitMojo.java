package io.psm.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code db init}: creates the migration directory ({@code src/main/resources/db/migrations}) and prints its path. */
@Mojo(name = "init", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class InitMojo extends DbCommandMojo {

    @Override
    protected CommandArguments command() {
        return CommandArguments.of("init");
    }
}
