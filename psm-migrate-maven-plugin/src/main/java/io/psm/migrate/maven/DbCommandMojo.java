package io.psm.migrate.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * A goal that runs one {@code db} command of the application: {@code java -cp target/classes:DEPENDENCIES
 * MAIN db COMMAND ARGS} in a JVM of its own, in the project's directory. A goal only says which command
 * and how its properties become arguments ({@link #command()}); everything else is here, so a goal for
 * a new command is a class of a few lines.
 *
 * <p>The forked application reads its configuration as it does when it runs: {@code application.properties}
 * or {@code .yaml}, the active profiles, {@code DATABASE_URL} and the rest of the environment,
 * {@code psm.migrate.*}. It reads the migration scripts from the project's resource directories rather than
 * from their copies in {@code target/classes}, so a revision just written is seen, and one deleted is not,
 * without {@code process-resources}.
 */
public abstract class DbCommandMojo extends AbstractMojo {

    /** The system property through which the application learns the project's resource directories. */
    static final String RESOURCE_DIRECTORIES_PROPERTY = "psm.migrate.project.resource-directories";

    /** The project. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The build session. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Finds the JDK of a toolchain, when the build uses one. */
    @Component
    private ToolchainManager toolchainManager;

    /** The compiled classes, first on the application's classpath. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File classesDirectory;

    /**
     * The application's main class; by default spring-boot-maven-plugin's {@code mainClass}, the
     * {@code start-class} property, or the one {@code @SpringBootApplication} class with a {@code main} method.
     */
    @Parameter(property = "psm.mainClass")
    private String mainClass;

    /** Options of the forked JVM, such as {@code -Xmx1g -Dkey=value}. */
    @Parameter(property = "psm.jvmArguments")
    private String jvmArguments;

    /**
     * The Spring profiles to activate, comma-separated; by default Maven's {@code -Dspring.profiles.active},
     * else the application's own {@code spring.profiles.active}.
     */
    @Parameter(property = "psm.profiles")
    private String profiles;

    /** More arguments of the application, such as Spring properties: {@code --spring.datasource.url=...}. */
    @Parameter(property = "psm.arguments")
    private List<String> arguments;

    /** Environment variables of the forked JVM, besides Maven's own (which include {@code DATABASE_URL}). */
    @Parameter
    private Map<String, String> environmentVariables;

    /** The database {@code psm.migrate.instances.NAME} instead of the application's own ({@code db -n NAME}). */
    @Parameter(property = "psm.instance")
    private String instance;

    /** The migration directory, read by every command and written by init, revision, migrate and merge ({@code -d}). */
    @Parameter(property = "psm.directory")
    private File directory;

    /** How long to wait for the migration lock, such as {@code 30s} or {@code 5m} ({@code --lock-timeout}). */
    @Parameter(property = "psm.lockTimeout")
    private String lockTimeout;

    /** {@code per-revision} or {@code all}: one transaction for the whole run ({@code --transaction-mode}). */
    @Parameter(property = "psm.transactionMode")
    private String transactionMode;

    /** How new scripts are named, in the syntax of Alembic's {@code file_template} ({@code --file-template}). */
    @Parameter(property = "psm.fileTemplate")
    private String fileTemplate;

    /**
     * Print more: each revision in full for {@code current}, {@code heads}, {@code branches} and
     * {@code history} ({@code -v}); for the other goals, the application's log and a failure's stack trace
     * ({@code --verbose}, as Maven's {@code -e} gives too).
     */
    @Parameter(property = "psm.verbose", defaultValue = "false")
    private boolean verbose;

    /** Skip the goal. */
    @Parameter(property = "psm.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The command and its arguments, from the goal's properties.
     *
     * @return the arguments after {@code db}
     * @throws MojoFailureException when a property the command needs is missing
     */
    protected abstract CommandArguments command() throws MojoFailureException;

    /**
     * Whether the command compares the application's compiled model with the database, and so should
     * warn when the classes are older than their sources.
     *
     * @return false unless the goal says so
     */
    protected boolean comparesModel() {
        return false;
    }

    /** Whether {@code psm.verbose} is on, for goals whose command has a {@code -v} of its own. */
    protected final boolean verbose() {
        return this.verbose;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (this.skip) {
            getLog().info("Skipping the db command (psm.skip)");
            return;
        }
        if ("pom".equals(this.project.getPackaging())) {
            // A goal given to a multi-module build runs in every module: only the applications have commands.
            getLog().info("Skipping the db command: " + this.project.getArtifactId() + " is a pom module");
            return;
        }
        List<CommandArguments> commands = commands();
        String main = MainClass.find(this.mainClass, this.project, this.classesDirectory, commands.get(0).command());
        if (comparesModel()) {
            warnIfStale(commands.get(0).command());
        }
        for (CommandArguments command : commands) {
            run(main, command);
        }
    }

    /**
     * The commands the goal runs, in order, each in a fork of its own; the first failure stops the goal.
     *
     * @return {@link #command()} alone, unless the goal adds a check of its own
     * @throws MojoFailureException when a property a command needs is missing
     */
    protected List<CommandArguments> commands() throws MojoFailureException {
        return List.of(command());
    }

    private void run(String main, CommandArguments command) throws MojoExecutionException, MojoFailureException {
        ForkedCommand fork = new ForkedCommand(java(), jvmArguments(), classpath(), main, applicationArguments(command),
                this.project.getBasedir().toPath(), Optional.ofNullable(this.environmentVariables).orElse(Map.of()));
        if (getLog().isDebugEnabled()) {
            getLog().debug("Running " + String.join(" ", fork.commandLine()));
        }
        try {
            fork.run(System.err).check(command.command());
        } catch (IOException ex) {
            throw new MojoExecutionException("Cannot start " + fork.java() + ": " + ex.getMessage(), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while psm-migrate:" + command.command() + " ran", ex);
        }
    }

    private List<String> applicationArguments(CommandArguments command) {
        List<String> args = new ArrayList<>();
        args.add("db");
        if (this.instance != null && !this.instance.isBlank()) {
            args.addAll(List.of("-n", this.instance.strip()));
        }
        if (this.directory != null) {
            args.addAll(List.of("-d", this.directory.getAbsolutePath()));
        }
        if (this.session.getRequest().isShowErrors() || (this.verbose && !command.contains("-v"))) {
            args.add("--verbose");
        }
        args.addAll(command.toList());
        addOption(args, "--lock-timeout", this.lockTimeout);
        addOption(args, "--transaction-mode", this.transactionMode);
        addOption(args, "--file-template", this.fileTemplate);
        if (this.arguments != null) {
            this.arguments.stream().filter(argument -> !argument.isBlank()).forEach(args::add);
        }
        return args;
    }

    private static void addOption(List<String> args, String name, String value) {
        if (value != null && !value.isBlank()) {
            args.add(name + "=" + value.strip());
        }
    }

    private List<String> jvmArguments() {
        List<String> options = new ArrayList<>();
        // As spring-boot:run's optimized launch: a command is short, the JIT's top tier never pays off.
        options.add("-XX:TieredStopAtLevel=1");
        options.add("-D" + RESOURCE_DIRECTORIES_PROPERTY + "="
                + String.join(File.pathSeparator, resourceDirectories()));
        activeProfiles().ifPresent(active -> options.add("-Dspring.profiles.active=" + active));
        options.addAll(JvmArguments.split(this.jvmArguments));
        return options;
    }

    private Optional<String> activeProfiles() {
        return Optional.ofNullable(this.profiles)
                .or(() -> Optional.ofNullable(this.session.getUserProperties().getProperty("spring.profiles.active")))
                .map(String::strip).filter(active -> !active.isEmpty());
    }

    /**
     * The resource directories whose files are copied as they are: a filtered one (its copies differ
     * from it) or one with a target path is left to the classpath.
     */
    private List<String> resourceDirectories() {
        return this.project.getResources().stream()
                .filter(resource -> !resource.isFiltering() && resource.getTargetPath() == null)
                .map(Resource::getDirectory).map(path -> this.project.getBasedir().toPath().resolve(path).toString())
                .toList();
    }

    private List<String> classpath() throws MojoExecutionException {
        try {
            return this.project.getRuntimeClasspathElements();
        } catch (DependencyResolutionRequiredException ex) {
            throw new MojoExecutionException("The project's runtime dependencies are not resolved: " + ex.getMessage(),
                    ex);
        }
    }

    private Path java() {
        Toolchain toolchain = this.toolchainManager.getToolchainFromBuildContext("jdk", this.session);
        if (toolchain != null && toolchain.findTool("java") != null) {
            return Path.of(toolchain.findTool("java"));
        }
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private void warnIfStale(String goal) {
        List<Path> sources = this.project.getCompileSourceRoots().stream().map(Path::of).toList();
        StaleModel.newerSource(sources, this.classesDirectory.toPath()).ifPresent(source -> getLog().warn(
                this.project.getBasedir().toPath().relativize(source) + " is newer than the compiled classes in "
                        + this.project.getBasedir().toPath().relativize(this.classesDirectory.toPath())
                        + ": the model psm-migrate:" + goal + " compares may be stale. Compile first, as in"
                        + " 'mvn compile psm-migrate:" + goal + "'."));
    }
}
