package io.psm.migrate.plan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The graph and the planner are pure: no scripts, execution, version table, dialects or JDBC. */
class PackageDependencyTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.psm.migrate.graph", "io.psm.migrate.plan");

    @Test
    void graphDependsOnlyOnTheJdkAndTheRootException() {
        classes().that().resideInAPackage("io.psm.migrate.graph..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.psm.migrate", "io.psm.migrate.graph..")
                .check(core);
    }

    @Test
    void planDependsOnlyOnTheGraph() {
        classes().that().resideInAPackage("io.psm.migrate.plan..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.psm.migrate", "io.psm.migrate.graph..", "io.psm.migrate.plan..")
                .check(core);
    }
}
