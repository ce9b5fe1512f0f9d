package io.psm.migrate.script;

import io.psm.migrate.MigrationContext;

import java.util.List;

/** What one direction of a revision runs: SQL statements or Java code. */
public sealed interface ScriptBody {

    /**
     * A section of a SQL script.
     *
     * @param sql       the section's text, from the line after its marker to the next marker or end
     * @param firstLine the 1-based line number of the file at which {@code sql} starts
     * @param location  the file, for error messages
     */
    record SqlBody(String sql, int firstLine, String location) implements ScriptBody {

        /**
         * Splits the section into statements, each with the file line it starts on.
         *
         * @return the statements, in order, comments-only chunks left out
         * @throws ScriptException when a quote, comment or dollar-quoted body is not closed
         */
        public List<SqlStatement> statements() {
            return SqlSplitter.split(this);
        }
    }

    /**
     * One direction of a {@link io.psm.migrate.JavaMigration}.
     *
     * @param className the migration class, for logs and errors
     * @param action    the method to run
     */
    record JavaBody(String className, JavaAction action) implements ScriptBody {
    }

    /** A Java migration method, as a value. */
    @FunctionalInterface
    interface JavaAction {

        /**
         * Runs the migration code.
         *
         * @param context the engine's connection and the revision
         * @throws Exception any failure
         */
        void run(MigrationContext context) throws Exception;
    }
}
