package io.psm.migrate.testing;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Prints why tests were skipped once per build on the console, where the reports alone would hide
 * it: every test JVM that Maven forks in one build descends from Maven's own JVM (directly or
 * through a shell), whose id and start time name a marker file that only the first test JVM creates.
 */
final class SkipNotice {

    private SkipNotice() {
    }

    /** Prints the reason unless a test JVM of this build already did. */
    static void once(String reason) {
        String build = buildProcess()
                .map(parent -> parent.pid() + "-" + parent.info().startInstant().map(Instant::toEpochMilli).orElse(0L))
                .orElse("standalone");
        Path marker = Path.of(System.getProperty("java.io.tmpdir"), "psm-migrate-tests-skip-notice-" + build);
        try {
            Files.createFile(marker);
        } catch (FileAlreadyExistsException alreadyPrinted) {
            return;
        } catch (IOException cannotTell) {
            // Print it then: twice is better than never.
        }
        System.out.println("[psm-migrate tests] " + reason);
        System.out.flush();
    }

    /** The nearest Java process above this one: Maven's, for a forked test JVM. */
    private static Optional<ProcessHandle> buildProcess() {
        Optional<ProcessHandle> ancestor = ProcessHandle.current().parent();
        while (ancestor.isPresent() && !ancestor.get().info().command().map(SkipNotice::isJava).orElse(false)) {
            ancestor = ancestor.get().parent();
        }
        return ancestor.or(() -> ProcessHandle.current().parent());
    }

    private static boolean isJava(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("java") || name.equals("java.exe");
    }
}
