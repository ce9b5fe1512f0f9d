package io.psm.migrate.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process with captured output. */
final class Cli {

    private Cli() {
    }

    /** What a run printed and returned. */
    record Result(int status, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        /** Everything printed, for assertions that something appears nowhere. */
        String all() {
            return out + err;
        }
    }

    /** The standalone command line with no environment variables. */
    static Result run(String... args) {
        return run(Map.of(), args);
    }

    /** The standalone command line with these environment variables. */
    static Result run(Map<String, String> env, String... args) {
        Capture capture = new Capture();
        int status = PsmMigrateCommandLine.run(args, capture.out, capture.err, env);
        return capture.result(status);
    }

    /** The embedded command line. */
    static Result runEmbedded(CommandEnvironment environment, String... args) {
        Capture capture = new Capture();
        int status = PsmMigrateCommandLine.runEmbedded(environment, args, capture.out, capture.err);
        return capture.result(status);
    }

    private static final class Capture {
        private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        Result result(int status) {
            out.flush();
            err.flush();
            return new Result(status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        }
    }
}
