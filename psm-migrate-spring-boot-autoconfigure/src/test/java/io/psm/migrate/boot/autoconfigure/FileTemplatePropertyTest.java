package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.RevisionSpec;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.psm.migrate.boot.testing.DatabaseState.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code psm.migrate.file-template}: how the {@code db} commands name new scripts. */
class FileTemplatePropertyTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PsmMigrateAutoConfiguration.class))
            .withPropertyValues("psm.migrate.mode=off");

    @TempDir
    Path directory;

    @Test
    void namesTheScriptsTheInstanceWrites() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.file-template=%(year)d_%(slug)s_%(rev)s")
                    .run(context -> {
                        PsmMigrateInstance instance = context.getBean(PsmMigrateInstances.class).find("default").orElseThrow();
                        RevisionSpec spec = new RevisionSpec("Add avatar", this.directory, "base", false,
                                List.of(), List.of(), Optional.of("ab12cd34ef56"), "", "");

                        Path written = instance.configure().load().revision(spec);

                        assertThat(written.getFileName().toString()).matches("\\d{4}_add_avatar_ab12cd34ef56\\.sql");
                    });
        }
    }

    @Test
    void aTemplateThatCannotWorkFailsNamingTheProperty() {
        try (TestDatabase database = TestDatabases.h2()) {
            this.contextRunner.withPropertyValues(dataSourceProperties(database))
                    .withPropertyValues("psm.migrate.instances.audit.url=" + database.databaseUrl(),
                            "psm.migrate.instances.audit.file-template=%(slug)s")
                    .run(context -> assertThat(context).getFailure().rootCause()
                            .isInstanceOf(InvalidPropertyException.class)
                            .hasMessageStartingWith("psm.migrate.instances.audit.file-template: The file template"
                                    + " '%(slug)s' is not valid: it must contain %(rev)s"));
        }
    }
}
