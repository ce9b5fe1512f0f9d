package io.psm.migrate.benchmarks;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.testing.HawkbitCorpus;
import io.psm.migrate.testing.TestDatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One set of migrations, as every tool under test receives it: the psm-migrate revision scripts
 * (written by {@link HawkbitCorpus}) and, for Flyway, Liquibase and raw JDBC, the same SQL as one
 * file per migration, in the same order.
 *
 * @param name       what the tables call it ({@code hawkbit}, {@code synthetic 500})
 * @param kind       the database the SQL is written for
 * @param psmScripts the directory of psm-migrate scripts
 * @param migrations the same migrations as plain SQL files, oldest first
 */
record Corpus(String name, TestDatabase.Kind kind, Path psmScripts, List<Migration> migrations) {

    Corpus {
        migrations = List.copyOf(migrations);
    }

    /**
     * One migration as a plain SQL file.
     *
     * @param flywayName the Flyway file name, {@code V1_12_15__baseline___POSTGRESQL.sql}
     * @param id         the Liquibase change set id, unique in the corpus
     * @param sql        the file's content: exactly the psm-migrate script's upgrade section
     */
    record Migration(String flywayName, String id, String sql) {
    }

    /** The number of migrations. */
    int size() {
        return migrations.size();
    }

    /**
     * hawkbit's real history for one database: Flyway gets hawkbit's own files, psm-migrate the
     * same files converted by {@link HawkbitCorpus#chain}.
     */
    static Corpus hawkbit(TestDatabase.Kind kind, Path directory) {
        HawkbitCorpus.chain(kind, directory);
        List<Migration> migrations = HawkbitCorpus.flywayScripts(kind).stream()
                .map(script -> new Migration(script.fileName(), script.revisionId(), script.sql()))
                .toList();
        return new Corpus("hawkbit", kind, directory, migrations);
    }

    /**
     * {@code count} generated revisions ({@link HawkbitCorpus#synthetic}); the other tools get each
     * script's upgrade section as a file {@code V0001__create_synthetic_0001.sql}.
     */
    static Corpus synthetic(TestDatabase.Kind kind, int count, Path directory) {
        HawkbitCorpus.synthetic(directory, count);
        List<MigrationScript> scripts = new ArrayList<>(
                PsmMigrate.configure().locations("filesystem:" + directory).load().scripts());
        java.util.Collections.reverse(scripts);
        List<Migration> migrations = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            String version = String.format(Locale.ROOT, "%04d", i + 1);
            String sql = ((ScriptBody.SqlBody) scripts.get(i).upgrade()).sql();
            migrations.add(new Migration("V" + version + "__create_synthetic_" + version + ".sql", scripts.get(i).id(), sql));
        }
        return new Corpus("synthetic " + count, kind, directory, migrations);
    }
}
