package io.psm.migrate.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * One run of the application's {@code db} command in a JVM of its own, the way
 * {@code spring-boot:run} starts an application: {@code java [JVM arguments] -cp CLASSPATH MAIN ARGS}
 * in the project's directory, with Maven's environment.
 *
 * <p>Standard output is the JVM's own (the command's results reach Maven's console, or a file it is
 * redirected to, byte for byte); standard error is copied to Maven's standard error as it comes, and
 * its last lines are kept to say why the command failed.
 *
 * @param java             the {@code java} executable
 * @param jvmArguments     the JVM's options, system properties included
 * @param classpath        the application's classpath: compiled classes first, then runtime dependencies
 * @param mainClass        the application's main class
 * @param arguments        the application's arguments, {@code db COMMAND ...} among them
 * @param workingDirectory the project's directory
 * @param environment      variables added to Maven's environment
 */
record ForkedCommand(Path java, List<String> jvmArguments, List<String> classpath, String mainClass,
        List<String> arguments, Path workingDirectory, Map<String, String> environment) {

    private static final int KEPT_LINES = 400;

    ForkedCommand {
        jvmArguments = List.copyOf(jvmArguments);
        classpath = List.copyOf(classpath);
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    /** The whole command line, as the process is started. */
    List<String> commandLine() {
        List<String> line = new ArrayList<>();
        line.add(this.java.toString());
        line.addAll(this.jvmArguments);
        line.add("-cp");
        line.add(String.join(File.pathSeparator, this.classpath));
        line.add(this.mainClass);
        line.addAll(this.arguments);
        return line;
    }

    /**
     * Runs the command to its end; stopping Maven stops it too.
     *
     * @param err where its standard error goes (Maven's)
     * @return its exit status and the lines that explain a failure
     * @throws IOException when the JVM cannot be started
     */
    CommandResult run(PrintStream err) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(commandLine()).directory(this.workingDirectory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(this.environment);
        Process process = builder.start();
        Thread stop = new Thread(process::destroy, "psm-migrate-stop-fork");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            process.getOutputStream().close();
            List<String> lines = copy(process.getErrorStream(), err);
            return CommandResult.of(process.waitFor(), lines);
        } finally {
            if (process.isAlive()) {
                process.destroy();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException ex) {
                // Maven is shutting down: the hook runs, and stops the fork.
            }
        }
    }

    /** Copies a stream unchanged as it comes, keeping its last lines. */
    private static List<String> copy(InputStream in, PrintStream out) throws IOException {
        Deque<String> lines = new ArrayDeque<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            out.flush();
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    keep(lines, line);
                } else {
                    line.write(buffer[i]);
                }
            }
        }
        if (line.size() > 0) {
            keep(lines, line);
        }
        return List.copyOf(lines);
    }

    private static void keep(Deque<String> lines, ByteArrayOutputStream line) {
        lines.addLast(line.toString(Charset.defaultCharset()).replace("\r", ""));
        line.reset();
        if (lines.size() > KEPT_LINES) {
            lines.removeFirst();
        }
    }
}
