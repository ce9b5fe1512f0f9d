package io.psm.migrate.script;

import io.psm.migrate.JavaMigration;
import io.psm.migrate.MigrationContext;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.script.fixtures.bad.AnnotatedButNoMigration;
import io.psm.migrate.script.fixtures.bad.FailingConstructor;
import io.psm.migrate.script.fixtures.bad.MalformedRevisionId;
import io.psm.migrate.script.fixtures.bad.MigrationWithoutRevision;
import io.psm.migrate.script.fixtures.bad.NoUsableConstructor;
import io.psm.migrate.script.fixtures.good.CreateGadgets;
import io.psm.migrate.script.fixtures.good.GadgetMigration;
import io.psm.migrate.script.fixtures.good.GadgetNames;
import io.psm.migrate.script.fixtures.good.SeedGadgets;
import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JavaMigrationsTest {

    @Test
    void annotationBecomesTheRevisionNodeNamedAfterTheClass() {
        MigrationScript script = JavaMigrations.fromClass(SeedGadgets.class).orElseThrow();
        assertThat(script.revision()).isEqualTo(new RevisionNode("java_2", List.of("java_1"), List.of("sql_1"), List.of(),
                "Seed gadgets", SeedGadgets.class.getName()));
        assertThat(script.location()).isEqualTo(SeedGadgets.class.getName());
        assertThat(script.transactional()).isFalse();
        assertThat(script.checksum()).contains("seed-v1");
        assertThat(script.createDate()).isEmpty();
    }

    @Test
    void classThatOverridesDowngradeHasBothBodiesAndNoChecksumByDefault() {
        MigrationScript script = JavaMigrations.fromClass(CreateGadgets.class).orElseThrow();
        assertThat(script.revision().branchLabels()).containsExactly("gadgets");
        assertThat(script.upgrade()).isInstanceOfSatisfying(ScriptBody.JavaBody.class,
                body -> assertThat(body.className()).isEqualTo(CreateGadgets.class.getName()));
        assertThat(script.downgrade()).isPresent();
        assertThat(script.checksum()).isEmpty();
    }

    @Test
    void classThatKeepsTheDefaultDowngradeHasNoDowngradeBody() {
        assertThat(JavaMigrations.fromClass(SeedGadgets.class).orElseThrow().downgrade()).isEmpty();
    }

    @Test
    void helperClassesAndAbstractBasesAreNotMigrations() {
        assertThat(JavaMigrations.fromClass(GadgetNames.class)).isEmpty();
        assertThat(JavaMigrations.fromClass(GadgetMigration.class)).isEmpty();
    }

    @Test
    void bodiesRunTheMigrationOnARealConnection() throws Exception {
        MigrationScript create = JavaMigrations.fromClass(CreateGadgets.class).orElseThrow();
        MigrationScript seed = JavaMigrations.fromClass(SeedGadgets.class).orElseThrow();
        try (TestDatabase database = TestDatabases.h2(); Connection connection = database.dataSource().getConnection()) {
            ((ScriptBody.JavaBody) create.upgrade()).action().run(new MigrationContext(connection, "java_1", null));
            ((ScriptBody.JavaBody) seed.upgrade()).action().run(new MigrationContext(connection, "java_2", null));
            assertThat(count(connection, "SELECT COUNT(*) FROM gadget")).isEqualTo(1);
            ((ScriptBody.JavaBody) create.downgrade().orElseThrow()).action().run(new MigrationContext(connection, "java_1", null));
            assertThat(count(connection, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'GADGET'"))
                    .isZero();
        }
    }

    @Test
    void annotatedClassThatIsNoMigrationIsAnError() {
        assertThatThrownBy(() -> JavaMigrations.fromClass(AnnotatedButNoMigration.class))
                .hasMessage(AnnotatedButNoMigration.class.getName()
                        + ": carries @Revision but does not implement io.psm.migrate.JavaMigration");
    }

    @Test
    void migrationWithoutAnnotationIsAnError() {
        assertThatThrownBy(() -> JavaMigrations.fromClass(MigrationWithoutRevision.class))
                .hasMessage(MigrationWithoutRevision.class.getName()
                        + ": implements JavaMigration but carries no @Revision(id = ..., revises = ...)");
    }

    @Test
    void migrationWithoutNoArgumentConstructorIsAnError() {
        assertThatThrownBy(() -> JavaMigrations.fromClass(NoUsableConstructor.class))
                .hasMessage(NoUsableConstructor.class.getName()
                        + ": needs a public class with a public no-argument constructor");
    }

    @Test
    void failingConstructorIsAnErrorWithItsCause() {
        assertThatThrownBy(() -> JavaMigrations.fromClass(FailingConstructor.class))
                .hasMessageStartingWith(FailingConstructor.class.getName() + ": its constructor failed:")
                .hasRootCauseMessage("no configuration");
    }

    @Test
    void malformedIdInTheAnnotationIsAnError() {
        assertThatThrownBy(() -> JavaMigrations.fromClass(MalformedRevisionId.class))
                .hasMessage(MalformedRevisionId.class.getName() + ": @Revision(revises) has 'not an id',"
                        + " which is not a revision id (1 to 32 letters, digits or underscores)");
    }

    @Test
    void instanceOfAGeneratedSubclassFindsTheAnnotationOnItsSuperclass() {
        JavaMigration proxy = new CreateGadgets() {
        };
        MigrationScript script = JavaMigrations.fromInstance(proxy);
        assertThat(script.id()).isEqualTo("java_1");
        assertThat(script.location()).isEqualTo(CreateGadgets.class.getName());
        assertThat(script.downgrade()).isPresent();
    }

    @Test
    void instanceWithoutAnnotationIsAnError() {
        assertThatThrownBy(() -> JavaMigrations.fromInstance(new MigrationWithoutRevision()))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining(MigrationWithoutRevision.class.getName());
    }

    private static int count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
