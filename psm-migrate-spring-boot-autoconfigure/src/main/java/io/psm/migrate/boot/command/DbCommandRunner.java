package io.psm.migrate.boot.command;

import io.psm.migrate.boot.autoconfigure.DbCommandMode;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstance;
import io.psm.migrate.boot.autoconfigure.PsmMigrateInstances;
import io.psm.migrate.boot.autogenerate.StaleEntities;
import io.psm.migrate.boot.diagnostics.ProjectDirectory;
import io.psm.migrate.cli.Autogenerator;
import io.psm.migrate.cli.PsmMigrateCommandLine;

import java.io.PrintStream;
import java.util.Optional;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Runs a {@code db} command against a started application's instance, printing results to
 * {@code out} and progress and errors to {@code err}, and returns its exit status (0 done,
 * 1 failed, 2 usage error).
 */
final class DbCommandRunner {

    private static final int FAILED = 1;
    private static final int USAGE = 2;
    private static final String HIBERNATE_METADATA = "org.hibernate.boot.Metadata";

    private final PrintStream out;
    private final PrintStream err;

    DbCommandRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(ApplicationContext context, DbCommandMode command) {
        Optional<PsmMigrateInstances> instances;
        try {
            instances = Optional.ofNullable(context.getBeanProvider(PsmMigrateInstances.class).getIfAvailable());
        } catch (BeansException ex) {
            return fail(ex, context, command);
        }
        if (instances.isEmpty()) {
            this.err.println("ERROR: psm-migrate is not configured in this application: it needs a DataSource"
                    + " (spring.datasource.url, DATABASE_URL or psm.migrate.url), psm.migrate.enabled must not be"
                    + " false, and the application must not define its own PsmMigrate bean.");
            return FAILED;
        }
        String name = command.instance().orElse(PsmMigrateInstances.DEFAULT);
        Optional<PsmMigrateInstance> instance = instances.get().find(name);
        if (instance.isEmpty()) {
            this.err.println("ERROR: there is no psm-migrate instance named '" + name + "'; the instances are "
                    + String.join(", ", instances.get().names()));
            return USAGE;
        }
        Optional<String> outsideProject = ScriptWriting.refusal(command.arguments(), instance.get());
        if (outsideProject.isPresent()) {
            this.err.println("ERROR: " + outsideProject.get());
            return FAILED;
        }
        if (PsmMigrateInstances.DEFAULT.equals(name) && DbCommandScope.of(command.arguments()) == DbCommandScope.MODEL) {
            staleModelWarning(context).ifPresent(warning -> this.err.println("WARN  [psm.migrate] " + warning));
        }
        String[] arguments = command.arguments().toArray(String[]::new);
        ApplicationCommandEnvironment environment = new ApplicationCommandEnvironment(instance.get(),
                () -> autogenerator(context, name), context.getEnvironment(), this.err);
        return PsmMigrateCommandLine.runEmbedded(environment, arguments, this.out, this.err);
    }

    /** When the command runs from its project, whether the compiled entities are older than their sources. */
    private static Optional<String> staleModelWarning(ApplicationContext context) {
        Optional<ProjectDirectory> project = ProjectDirectory.current();
        if (project.isEmpty() || !ClassUtils.isPresent(HIBERNATE_METADATA, context.getClassLoader())) {
            return Optional.empty();
        }
        return StaleEntities.warning(context, project.get());
    }

    /** The application's model comparison, which describes the application's own database only. */
    private static Optional<Autogenerator> autogenerator(ApplicationContext context, String instance) {
        if (!PsmMigrateInstances.DEFAULT.equals(instance)) {
            return Optional.empty();
        }
        return Optional.ofNullable(context.getBeanProvider(Autogenerator.class).getIfAvailable());
    }

    private int fail(BeansException failure, ApplicationContext context, DbCommandMode command) {
        if (command.arguments().contains("--verbose")) {
            failure.printStackTrace(this.err);
        }
        this.err.println(CommandFailures.errorLine(failure, Optional.of(context.getEnvironment())));
        return FAILED;
    }
}
