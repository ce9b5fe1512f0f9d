package io.psm.migrate.sample.guide;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A scratch copy of the reader's project where a section's commands run: the sample's migration
 * directory (or part of it), an H2 file database under {@code ./data} or a PostgreSQL database of
 * its own, the guide's {@code java} first on the {@code PATH}, and the applications it started in
 * the background.
 *
 * <p>It translates between the guide and the machine: the guide's project directory
 * {@value #GUIDE_DIRECTORY}, PostgreSQL URL {@value #GUIDE_POSTGRES_URL} and port
 * {@code localhost:8080} stand for the scratch directory, the test database and the port the
 * application actually took.
 */
final class Workspace implements AutoCloseable {

    /** Where the guide's project lives, in the output it shows. */
    static final String GUIDE_DIRECTORY = "/home/dev/sample-app";

    /** The PostgreSQL database the guide's commands use. */
    static final String GUIDE_POSTGRES_URL = "postgresql://app:secret@localhost:5432/app";

    private static final String GUIDE_PASSWORD = "secret";
    private static final String GUIDE_PORT = "localhost:8080";
    private static final String MIGRATIONS = "src/main/resources/db/migrations";
    private static final long COMMAND_SECONDS = 180;
    private static final Pattern BACKGROUND = Pattern.compile("(?s)(.*?)\\s*>\\s*(\\S+)\\s+2>&1\\s*&\\s*");
    private static final Pattern EXPORT = Pattern.compile("export ([A-Z_]+)=(\\S+)");
    private static final Pattern TOMCAT = Pattern.compile("Tomcat started on port (\\d+)");

    private final Path directory;
    private final Map<String, String> environment = new HashMap<>();
    private final List<Process> background = new ArrayList<>();
    private final Optional<TestDatabase> postgres;
    private final String postgresUrl;
    private final String password;
    private Optional<Integer> port = Optional.empty();

    /**
     * A new scratch project.
     *
     * @param directory  an empty directory for it
     * @param setup      what it starts as
     * @param migrations the sample's migration scripts
     * @param launcher   the guide's {@code java}
     * @param bindings   told of the revision ids the project starts with
     */
    Workspace(Path directory, Guide.Setup setup, List<Path> migrations, Launcher launcher, Bindings bindings)
            throws IOException {
        this.directory = directory.toRealPath();
        writeBuildFiles();
        copyMigrations(setup.project(), migrations, bindings);
        System.getenv().forEach((name, value) -> {
            if (!name.equals("DATABASE_URL") && !name.startsWith("PSM_") && !name.startsWith("SPRING_")
                    && !name.startsWith("JAVA_TOOL") && !name.equals("SERVER_PORT")) {
                environment.put(name, value);
            }
        });
        environment.put("PATH", launcher.bin() + File.pathSeparator + System.getenv("PATH"));
        // An application the guide starts takes a free port; the guide's localhost:8080 stands for it.
        environment.put("SERVER_PORT", "0");
        if (setup.database() == Guide.Database.POSTGRESQL) {
            TestDatabase database = TestDatabases.postgres();
            this.postgres = Optional.of(database);
            URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
            // With a server that asks for no password the guide's own still goes in the URL, so that
            // its absence from every output is tested all the same.
            this.password = database.password().isEmpty() ? GUIDE_PASSWORD : database.password();
            this.postgresUrl = "postgresql://" + database.user() + ":" + this.password + "@" + server.getHost() + ":"
                    + server.getPort() + server.getPath();
        } else {
            this.postgres = Optional.empty();
            this.password = GUIDE_PASSWORD;
            this.postgresUrl = null;
        }
    }

    /**
     * The reader's project is a Maven project with its wrapper, as Spring Initializr makes them: the
     * commands that write scripts do so only in a project, and messages name {@code ./mvnw package}.
     * Neither file is run.
     */
    private void writeBuildFiles() throws IOException {
        Files.writeString(directory.resolve("pom.xml"), "<project><!-- the reader's project --></project>\n",
                StandardCharsets.UTF_8);
        Path wrapper = directory.resolve("mvnw");
        Files.writeString(wrapper, "#!/bin/sh\necho 'the guide does not build'\nexit 1\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void copyMigrations(Guide.Project project, List<Path> migrations, Bindings bindings) throws IOException {
        if (project == Guide.Project.EMPTY) {
            return;
        }
        Path target = Files.createDirectories(directory.resolve(MIGRATIONS));
        for (Path script : migrations) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            Matcher id = Pattern.compile("(?m)^-- Revision ID: (\\S+)").matcher(text);
            boolean root = Pattern.compile("(?m)^-- Revises:\\s*$").matcher(text).find();
            if (project == Guide.Project.ALL || root) {
                Files.writeString(target.resolve(script.getFileName()), text, StandardCharsets.UTF_8);
                if (id.find()) {
                    bindings.known(id.group(1));
                }
            }
        }
    }

    /** The scratch directory. */
    Path directory() {
        return directory;
    }

    /** Writes a file of the project, as the reader's editor would. */
    void write(String path, String content) throws IOException {
        Path file = directory.resolve(path).normalize();
        if (!file.startsWith(directory)) {
            throw new IllegalArgumentException(path + " is outside the project");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Runs SQL on the project's PostgreSQL database. */
    void sql(String sql) {
        postgres.orElseThrow(() -> new IllegalStateException("'guide: sql' needs 'database=postgresql'"))
                .execute(sql.split(";\\s*\\n"));
    }

    /** A finished command. */
    record Result(int status, String output) {
    }

    /**
     * Runs a command with {@code bash} in the project: {@code export NAME=VALUE} sets a variable for
     * later commands, {@code ... > FILE 2>&1 &} starts a background process and waits until it has
     * written its first line (an application: until it serves).
     *
     * @param command the command, the guide's values already replaced by the bound ones
     * @return its status and output, as the guide shows output
     */
    Result run(String command) throws IOException, InterruptedException {
        String text = toMachine(command);
        Matcher export = EXPORT.matcher(text);
        if (export.matches()) {
            environment.put(export.group(1), export.group(2));
            return new Result(0, "");
        }
        Matcher background = BACKGROUND.matcher(text);
        if (background.matches()) {
            return startInBackground(text, directory.resolve(background.group(2)));
        }
        Path output = Files.createTempFile(directory.getParent(), "output", ".txt");
        Process process = bash(text).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
            destroy(process);
            throw new IllegalStateException("'" + command + "' did not end within " + COMMAND_SECONDS + "s; it printed:\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), toGuide(Files.readString(output, StandardCharsets.UTF_8)));
    }

    private Result startInBackground(String text, Path log) throws IOException, InterruptedException {
        String command = text.strip();
        Process process = bash(command.substring(0, command.length() - 1)).start();
        background.add(process);
        boolean server = !text.contains(" db ");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(COMMAND_SECONDS);
        while (System.nanoTime() < deadline) {
            String written = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher tomcat = TOMCAT.matcher(written);
            if (server && tomcat.find()) {
                port = Optional.of(Integer.parseInt(tomcat.group(1)));
                return new Result(0, "");
            }
            if (!server && written.contains("\n")) {
                return new Result(0, "");
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("'" + text + "' ended with status " + process.exitValue()
                        + " before it " + (server ? "served" : "printed a line") + "; it printed:\n" + written);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("'" + text + "' did not " + (server ? "serve" : "print a line") + " within "
                + COMMAND_SECONDS + "s");
    }

    private ProcessBuilder bash(String text) {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", text).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    /** The guide's command as this machine runs it. */
    private String toMachine(String command) {
        String text = command.replace(GUIDE_DIRECTORY, directory.toString());
        if (postgresUrl != null) {
            text = text.replace(GUIDE_POSTGRES_URL, postgresUrl);
        }
        if (port.isPresent()) {
            text = text.replace(GUIDE_PORT, "localhost:" + port.get());
        }
        return text;
    }

    /** Actual output as the guide shows it: the guide's directory and database, no trailing blanks. */
    private String toGuide(String output) {
        String text = output.replace("\r", "").replace(directory.toString(), GUIDE_DIRECTORY);
        if (postgres.isPresent()) {
            URI server = URI.create(postgres.get().jdbcUrl().substring("jdbc:".length()));
            text = text.replace(server.getHost() + ":" + server.getPort() + server.getPath(), "localhost:5432/app")
                    .replace("(user " + postgres.get().user() + ",", "(user app,");
        }
        return Stream.of(text.split("\n", -1)).map(String::stripTrailing)
                .reduce((a, b) -> a + "\n" + b).orElse("").stripTrailing();
    }

    /** Whether this output shows the database password. */
    boolean leaksPassword(String output) {
        return output.contains(":" + password + "@") || output.contains("password=" + password)
                || (password.length() >= 6 && output.contains(password));
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : background) {
            destroy(process);
        }
        postgres.ifPresent(TestDatabase::close);
    }

    /** Stops a process this workspace started and the processes it started, by their ids. */
    private static void destroy(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
                child.destroyForcibly();
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
