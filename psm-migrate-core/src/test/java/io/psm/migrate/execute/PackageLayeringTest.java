package io.psm.migrate.execute;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine's lower packages depend only downward: jdbc, then dialect, then version, then execute. */
class PackageLayeringTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.psm.migrate");

    @Test
    void jdbcDependsOnNoOtherPackageOfTheEngine() {
        noClasses().that().resideInAPackage("io.psm.migrate.jdbc")
                .should().dependOnClassesThat().resideInAnyPackage("io.psm.migrate.dialect", "io.psm.migrate.version",
                        "io.psm.migrate.execute", "io.psm.migrate.plan", "io.psm.migrate.graph", "io.psm.migrate.script")
                .check(CORE);
    }

    @Test
    void dialectDependsNeitherOnTheTablesNorOnExecution() {
        noClasses().that().resideInAPackage("io.psm.migrate.dialect")
                .should().dependOnClassesThat().resideInAnyPackage("io.psm.migrate.version", "io.psm.migrate.execute",
                        "io.psm.migrate.plan", "io.psm.migrate.script")
                .check(CORE);
    }

    @Test
    void versionDoesNotDependOnExecution() {
        noClasses().that().resideInAPackage("io.psm.migrate.version")
                .should().dependOnClassesThat().resideInAnyPackage("io.psm.migrate.execute", "io.psm.migrate.script")
                .check(CORE);
    }

    @Test
    void executionUsesNoDatabaseDriver() {
        noClasses().that().resideInAnyPackage("io.psm.migrate.execute", "io.psm.migrate.version", "io.psm.migrate.dialect",
                        "io.psm.migrate.jdbc")
                .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..", "org.h2..")
                .check(CORE);
    }
}
