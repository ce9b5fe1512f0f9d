package io.psm.migrate.benchmarks;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptBody;
import io.psm.migrate.script.SqlStatement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A corpus laid out for every tool, once, before anything is timed: Flyway's {@code V…__….sql}
 * files in a folder of their own, a Liquibase changelog with one change set per file
 * ({@code sqlFile}, default settings), and for raw JDBC the statements of each file already split
 * by psm-migrate's own splitter.
 *
 * @param corpus        the corpus
 * @param flywayFolder  Flyway's location ({@code filesystem:} + this)
 * @param liquibaseRoot the folder Liquibase's resource accessor is rooted at
 * @param changelog     the changelog's path inside {@code liquibaseRoot}
 * @param statements    per migration, oldest first, the statements raw JDBC executes
 */
record Workspace(Corpus corpus, Path flywayFolder, Path liquibaseRoot, String changelog,
                 List<List<String>> statements) {

    static final String CHANGELOG = "changelog.xml";

    /** Writes the files of every tool under {@code root}. */
    static Workspace of(Corpus corpus, Path root) {
        Path flyway = write(root.resolve("flyway"), corpus.migrations());
        Path liquibase = root.resolve("liquibase");
        write(liquibase.resolve("sql"), corpus.migrations());
        writeText(liquibase.resolve(CHANGELOG), changelog(corpus.migrations()));
        return new Workspace(corpus, flyway, liquibase, CHANGELOG, split(corpus));
    }

    /** The psm-migrate location. */
    String psmLocation() {
        return "filesystem:" + corpus.psmScripts();
    }

    /** Flyway's location. */
    String flywayLocation() {
        return "filesystem:" + flywayFolder;
    }

    /** The statements psm-migrate would run, per revision in chain order; transaction control left out, as psm-migrate leaves it out. */
    private static List<List<String>> split(Corpus corpus) {
        List<MigrationScript> scripts = new ArrayList<>(
                PsmMigrate.configure().locations("filesystem:" + corpus.psmScripts()).load().scripts());
        Collections.reverse(scripts);
        List<List<String>> statements = new ArrayList<>();
        for (MigrationScript script : scripts) {
            statements.add(((ScriptBody.SqlBody) script.upgrade()).statements().stream()
                    .filter(statement -> !statement.transactionControl())
                    .map(SqlStatement::sql)
                    .toList());
        }
        return List.copyOf(statements);
    }

    private static String changelog(List<Corpus.Migration> migrations) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                                       http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                """);
        for (Corpus.Migration migration : migrations) {
            xml.append("    <changeSet id=\"").append(migration.id()).append("\" author=\"benchmarks\">\n")
                    .append("        <sqlFile path=\"sql/").append(migration.flywayName())
                    .append("\" relativeToChangelogFile=\"true\"/>\n")
                    .append("    </changeSet>\n");
        }
        return xml.append("</databaseChangeLog>\n").toString();
    }

    private static Path write(Path folder, List<Corpus.Migration> migrations) {
        for (Corpus.Migration migration : migrations) {
            writeText(folder.resolve(migration.flywayName()), migration.sql());
        }
        return folder;
    }

    private static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
