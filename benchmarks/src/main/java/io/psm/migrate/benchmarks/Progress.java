package io.psm.migrate.benchmarks;

import java.io.PrintStream;

/** Progress lines on standard error while a long run goes on. */
final class Progress {

    private final PrintStream out;
    private final long start = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    void round(String what, int round, int warmups, int total) {
        String kind = round < warmups ? "warm-up " + (round + 1) + "/" + warmups
                : "round " + (round - warmups + 1) + "/" + (total - warmups);
        note(what + ": " + kind + ", load " + Machine.loadAverage());
    }

    void note(String message) {
        out.printf("[%5.0f s] %s%n", (System.nanoTime() - start) / 1e9, message);
    }
}
