package io.psm.migrate.execute;

import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.plan.Direction;
import io.psm.migrate.plan.MigrationStep;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunSummaryTest {

    @Test
    void summaryCountsUpgradedRevisionsAndNamesTheNewHeads() {
        List<AppliedStep> applied = List.of(step(Direction.UPGRADE, "a"), step(Direction.UPGRADE, "b"));

        assertThat(MigrationExecutor.summary(applied, List.of("b", "x"), Duration.ofMillis(1840)))
                .isEqualTo("Upgraded 2 revisions in 1.8 s; now at b, x");
    }

    @Test
    void summaryOfADowngradeToBaseSaysBase() {
        assertThat(MigrationExecutor.summary(List.of(step(Direction.DOWNGRADE, "a")), List.of(), Duration.ofMillis(35)))
                .isEqualTo("Downgraded 1 revision in 35 ms; now at base");
    }

    @Test
    void summaryOfAnEmptyRunSaysWhereTheDatabaseIs() {
        assertThat(MigrationExecutor.summary(List.of(), List.of("a"), Duration.ZERO))
                .isEqualTo("Nothing to run; the database is at a");
    }

    private static AppliedStep step(Direction direction, String id) {
        return new AppliedStep(new MigrationStep(direction, RevisionNode.of(id), List.of()), Duration.ofMillis(1));
    }
}
