package io.psm.migrate.cli;

import io.psm.migrate.cli.MigrationFiles.Revision;

/**
 * The revision histories the database tests share: a linear one, and a branched one.
 *
 * <pre>
 * linear:   users01a -> phone02b -> email03c
 * branched: root0001 -> fork0002 -> left0003 (left)
 *                                -> right004 (right)
 * </pre>
 */
final class Histories {

    static final Revision USERS = Revision.of("users01a", "create users",
            "CREATE TABLE users (id INT PRIMARY KEY);", "DROP TABLE users;");
    static final Revision PHONE = Revision.of("phone02b", "add phone",
            "ALTER TABLE users ADD COLUMN phone VARCHAR(20);", "ALTER TABLE users DROP COLUMN phone;", "users01a");
    static final Revision EMAIL = Revision.of("email03c", "add email",
            "ALTER TABLE users ADD COLUMN email VARCHAR(80);", "ALTER TABLE users DROP COLUMN email;", "phone02b");

    static final Revision ROOT = Revision.of("root0001", "create accounts",
            "CREATE TABLE accounts (id INT PRIMARY KEY);", "DROP TABLE accounts;");
    static final Revision FORK = Revision.of("fork0002", "add owner",
            "ALTER TABLE accounts ADD COLUMN owner VARCHAR(40);", "ALTER TABLE accounts DROP COLUMN owner;", "root0001");
    static final Revision LEFT = Revision.of("left0003", "create ledger",
            "CREATE TABLE ledger (id INT PRIMARY KEY);", "DROP TABLE ledger;", "fork0002").labelled("left");
    static final Revision RIGHT = Revision.of("right004", "create audit",
            "CREATE TABLE audit (id INT PRIMARY KEY);", "DROP TABLE audit;", "fork0002").labelled("right");
    static final Revision MERGE = Revision.of("merge005", "merge ledger and audit", "", "", "left0003", "right004");

    private Histories() {
    }

    static void linear(Workspace workspace) {
        linear(workspace.files());
    }

    static void linear(MigrationFiles files) {
        files.write(USERS, PHONE, EMAIL);
    }

    static void branched(Workspace workspace) {
        workspace.files().write(ROOT, FORK, LEFT, RIGHT);
    }
}
