package io.psm.migrate.autogenerate;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class AutogenerateArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.psm.migrate.autogenerate");

    @Test
    void onlyTheHibernatePackageUsesHibernate() {
        noClasses().that().resideOutsideOfPackage("..autogenerate.hibernate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void autogenerateUsesNothingOfCoreButTheRootApi() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.slf4j..",
                        "org.hibernate..", "jakarta.persistence..", "io.psm.migrate", "io.psm.migrate.autogenerate..")
                .check(classes);
    }

    @Test
    void dataFlowsOneWayFromTheSchemaModelToTheEntryPoint() {
        noClasses().that().resideInAPackage("..autogenerate.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("..autogenerate", "..autogenerate.jdbc..",
                        "..autogenerate.hibernate..", "..autogenerate.diff..", "..autogenerate.render..")
                .check(classes);
        noClasses().that().resideInAnyPackage("..autogenerate.jdbc..", "..autogenerate.hibernate..",
                        "..autogenerate.diff..", "..autogenerate.render..")
                .should().dependOnClassesThat().resideInAPackage("io.psm.migrate.autogenerate")
                .check(classes);
    }
}
