package io.psm.migrate.lint;

import java.util.List;
import java.util.Optional;

/**
 * What a statement is, as far as the rules care: the few statement shapes that lock or rewrite
 * tables, and {@link Other} for everything else. {@link ShapeParser} recognises them.
 */
sealed interface Shape {

    /**
     * {@code CREATE TABLE}.
     *
     * @param table   the new table
     * @param columns its columns, as far as they could be read (none for {@code CREATE TABLE … AS})
     */
    record CreateTable(Name table, List<ColumnDefinition> columns) implements Shape {
    }

    /**
     * {@code CREATE INDEX}.
     *
     * @param index        its name, when given
     * @param table        the table indexed
     * @param kind         which kind of index
     * @param concurrently whether it says {@code CONCURRENTLY}
     * @param online       MySQL's {@code ALGORITHM} and {@code LOCK} clauses
     */
    record CreateIndex(Optional<Name> index, Name table, IndexKind kind, boolean concurrently, OnlineOptions online)
            implements Shape {
    }

    /**
     * {@code DROP INDEX}.
     *
     * @param indexes      the indexes dropped
     * @param table        the table, where the statement names it (MySQL's {@code DROP INDEX i ON t})
     * @param concurrently whether it says {@code CONCURRENTLY}
     */
    record DropIndex(List<Name> indexes, Optional<Name> table, boolean concurrently) implements Shape {
    }

    /**
     * {@code ALTER TABLE}.
     *
     * @param table   the table altered
     * @param actions its actions, in order
     * @param online  MySQL's {@code ALGORITHM} and {@code LOCK} clauses
     */
    record AlterTable(Name table, List<AlterAction> actions, OnlineOptions online) implements Shape {
    }

    /**
     * MySQL's {@code RENAME TABLE a TO b, …}.
     *
     * @param from the tables renamed, by their old names
     * @param to   their new names, in the same order
     */
    record RenameTables(List<Name> from, List<Name> to) implements Shape {
    }

    /**
     * {@code DROP TABLE}.
     *
     * @param tables the tables dropped
     */
    record DropTable(List<Name> tables) implements Shape {
    }

    /**
     * {@code VACUUM}.
     *
     * @param full   whether it is {@code VACUUM FULL}
     * @param tables the tables named; empty for the whole database
     */
    record Vacuum(boolean full, List<Name> tables) implements Shape {
    }

    /**
     * {@code CLUSTER}.
     *
     * @param table the table named; empty for every table clustered before
     */
    record Cluster(Optional<Name> table) implements Shape {
    }

    /**
     * {@code REINDEX}.
     *
     * @param target       what it rebuilds: {@code INDEX}, {@code TABLE}, {@code SCHEMA}, {@code DATABASE}, {@code SYSTEM}
     * @param name         the object named
     * @param concurrently whether it says {@code CONCURRENTLY}
     */
    record Reindex(String target, Optional<Name> name, boolean concurrently) implements Shape {
    }

    /**
     * {@code LOCK TABLE} (PostgreSQL) or {@code LOCK TABLES} (MySQL).
     *
     * @param tables the tables locked
     * @param mode   the lock mode in upper case ({@code ACCESS EXCLUSIVE} when not given;
     *               {@code WRITE} or {@code READ} in MySQL)
     */
    record LockTable(List<Name> tables, String mode) implements Shape {
    }

    /**
     * {@code SET name = value}, for session settings that change what DDL does (MySQL's
     * {@code foreign_key_checks}).
     *
     * @param variable the variable, lower case, without {@code SESSION} or {@code @@}
     * @param value    the value as written, lower case
     */
    record SetVariable(String variable, String value) implements Shape {
    }

    /**
     * Anything else.
     *
     * @param firstWord the statement's first word in upper case, empty when it has none
     */
    record Other(String firstWord) implements Shape {
    }

    /** The kinds of index. */
    enum IndexKind { PLAIN, UNIQUE, FULLTEXT, SPATIAL }

    /**
     * MySQL's online DDL clauses.
     *
     * @param algorithm {@code ALGORITHM=…} in upper case, if given
     * @param lock      {@code LOCK=…} in upper case, if given
     */
    record OnlineOptions(Optional<String> algorithm, Optional<String> lock) {

        /**
         * Whether the statement forbids copying the table ({@code ALGORITHM=INSTANT}, {@code INPLACE}
         * or {@code NOCOPY}, or {@code LOCK=NONE}): the server then refuses an operation that would
         * copy, instead of copying.
         */
        boolean forbidsCopy() {
            return algorithm.filter(a -> a.equals("INSTANT") || a.equals("INPLACE") || a.equals("NOCOPY")).isPresent()
                    || forbidsWriteLock();
        }

        /**
         * Whether the statement forbids blocking writes ({@code LOCK=NONE} or {@code ALGORITHM=INSTANT}):
         * the server then refuses an operation that would block them.
         */
        boolean forbidsWriteLock() {
            return lock.filter("NONE"::equals).isPresent() || algorithm.filter("INSTANT"::equals).isPresent();
        }
    }
}
