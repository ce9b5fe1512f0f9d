package io.psm.migrate.lint;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The lint reads scripts and nothing else of the engine: no execution, version table, dialects or drivers. */
class LintPackageTest {

    private final JavaClasses lint = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.psm.migrate.lint");

    @Test
    void lintDependsOnlyOnScriptsAndTheRootException() {
        classes().that().resideInAPackage("io.psm.migrate.lint..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.psm.migrate", "io.psm.migrate.script..", "io.psm.migrate.lint..")
                .check(lint);
    }
}
