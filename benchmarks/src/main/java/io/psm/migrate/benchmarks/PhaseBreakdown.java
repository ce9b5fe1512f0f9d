package io.psm.migrate.benchmarks;

import io.psm.migrate.testing.TestDatabase;

import java.util.List;

/** Placeholder until the phase timing is written. */
final class PhaseBreakdown {

    PhaseBreakdown(Settings settings) {
    }

    String run(TestDatabase.Kind kind, List<Workspace> workspaces) {
        return "";
    }
}
