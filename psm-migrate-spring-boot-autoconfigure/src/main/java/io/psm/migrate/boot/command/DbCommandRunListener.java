package io.psm.migrate.boot.command;

import io.psm.migrate.boot.autoconfigure.DbCommandMode;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns {@code java -jar app.jar db COMMAND [ARGS]} (and the same {@code spring-boot:run}
 * arguments) into a command run instead of a start: the application context is created without a
 * web server, lazily, with no start-up migration; the command runs once it has started, before
 * the application's runners, and the JVM exits with the command's status.
 *
 * <p>Results go to the process's standard output; everything else the application prints (logs,
 * Spring Boot's lines) is sent to standard error meanwhile, so scripts can read the results.
 * Registered in {@code META-INF/spring.factories}; inactive for every other command line.
 */
public final class DbCommandRunListener implements SpringApplicationRunListener, Ordered {

    private static final String VERBOSE = "--verbose";
    private static final String BACKGROUND_PREINITIALIZER = ".BackgroundPreinitializingApplicationListener";

    private final Optional<DbCommandMode> command;
    private PrintStream results;

    /**
     * A listener of one application run; Spring Boot creates it with the run's arguments.
     *
     * @param application the application
     * @param args        its command-line arguments
     */
    public DbCommandRunListener(SpringApplication application, String[] args) {
        this.command = DbArguments.parse(args);
        if (this.command.isPresent()) {
            withoutBackgroundPreinitialization(application);
        }
    }

    /**
     * Spring Boot warms up Jackson, Tomcat, validation and message converters in a thread of its
     * own; a command uses none of them, and on a small machine that thread competes with the command.
     */
    private static void withoutBackgroundPreinitialization(SpringApplication application) {
        Set<ApplicationListener<?>> listeners = new LinkedHashSet<>(application.getListeners());
        listeners.removeIf(listener -> listener.getClass().getName().endsWith(BACKGROUND_PREINITIALIZER));
        application.setListeners(listeners);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void starting(ConfigurableBootstrapContext bootstrapContext) {
        if (this.command.isPresent()) {
            // The process ends with the command: standard output is the command's alone from here.
            this.results = System.out;
            System.setOut(System.err);
        }
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
        if (this.command.isPresent()) {
            DbCommandProperties.apply(environment, this.command.get());
        }
    }

    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        this.command.ifPresent(mode -> {
            context.getBeanFactory().registerSingleton("psmMigrateDbCommandMode", mode);
            context.addBeanFactoryPostProcessor(new LazyApplicationBeans(DbCommandScope.of(mode.arguments())));
        });
    }

    /**
     * A command whose application could not start fails as any command does: one {@code ERROR:}
     * line (after the stack trace with {@code --verbose}) and status 1, instead of Spring Boot's
     * report.
     */
    @Override
    public void failed(ConfigurableApplicationContext context, Throwable exception) {
        if (this.command.isPresent()) {
            if (this.command.get().arguments().contains(VERBOSE)) {
                exception.printStackTrace(System.err);
            }
            System.err.println(CommandFailures.errorLine(exception,
                    Optional.ofNullable(context).map(ConfigurableApplicationContext::getEnvironment)));
            System.err.flush();
            System.exit(1);
        }
    }

    @Override
    public void started(ConfigurableApplicationContext context, Duration timeTaken) {
        if (this.command.isPresent()) {
            int status = new DbCommandRunner(this.results, System.err).run(context, this.command.get());
            this.results.flush();
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }
}
