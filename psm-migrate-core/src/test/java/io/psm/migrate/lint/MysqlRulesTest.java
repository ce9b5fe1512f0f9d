package io.psm.migrate.lint;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.psm.migrate.lint.Revisions.message;
import static io.psm.migrate.lint.Revisions.rules;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MySQL/MariaDB rules, keyed by the dialect's name: an {@code ALTER TABLE} that can only copy
 * the table or block writes is flagged, its online twin is not, and nothing is flagged on a table
 * the revision created. Each case was checked by hand against MariaDB 10.11 with
 * {@code ALGORITHM=INPLACE, LOCK=NONE} appended: the server refused exactly the flagged ones.
 */
class MysqlRulesTest {

    static final String BASELINE = """
            CREATE TABLE `teams` (`id` INT NOT NULL PRIMARY KEY) ENGINE=InnoDB;
            CREATE TABLE `users` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              `team_id` INT,
              `name` VARCHAR(50) DEFAULT NULL,
              `title` VARCHAR(100),
              `summary` VARCHAR(300),
              `note` TEXT,
              `kind` ENUM('a', 'b'),
              `n` INT UNSIGNED,
              PRIMARY KEY (`id`),
              KEY `users_team` (`team_id`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4; # a comment with ALTER TABLE users DROP COLUMN n
            """;

    static final String NEW_TABLE = "CREATE TABLE audit (id INT PRIMARY KEY, user_id INT, body TEXT, n INT);\n";

    @TempDir
    Path directory;

    private Revisions revisions;

    @BeforeEach
    void baseline() {
        revisions = new Revisions(directory).add(BASELINE);
    }

    @Test
    void typeChangeCopiesTheTable() {
        assertThat(lint("ALTER TABLE users MODIFY n BIGINT;")).containsExactly("alter-copies-table");
        assertThat(message(revisions.lintLast("mysql"))).isEqualTo("ALTER TABLE users MODIFY n from int unsigned to"
                + " bigint copies the table (ALGORITHM=COPY), blocking writes to users until the copy is done; add a new"
                + " column and fill it in batches, or use an online schema change tool (gh-ost, pt-online-schema-change)");
        assertThat(lint("ALTER TABLE users MODIFY COLUMN `name` VARCHAR(40);")).containsExactly("alter-copies-table");
        assertThat(lint("ALTER TABLE `users` CHANGE `note` `note` MEDIUMTEXT;")).containsExactly("alter-copies-table");
        assertThat(lint("ALTER TABLE users MODIFY unknown_column INT;")).containsExactly("alter-copies-table");
        assertThat(message(revisions.lintLast("mariadb"))).contains("the revisions before do not show its type")
                .contains("if the type stays, add ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit MODIFY n BIGINT;")).isEmpty();
    }

    @Test
    void changesThatKeepTheTypeRunInPlace() {
        assertThat(lint("ALTER TABLE users MODIFY `id` INT NOT NULL AUTO_INCREMENT;")).isEmpty();
        assertThat(lint("ALTER TABLE users MODIFY name VARCHAR(60) NOT NULL DEFAULT 'x';")).isEmpty();
        assertThat(lint("ALTER TABLE users CHANGE summary summary VARCHAR(500) COMMENT 'longer, still two bytes';")).isEmpty();
        assertThat(lint("ALTER TABLE users MODIFY kind ENUM('a', 'b', 'c');")).isEmpty();
        assertThat(lint("ALTER TABLE users ALTER COLUMN n SET DEFAULT 3, ALGORITHM=INSTANT;")).isEmpty();
    }

    @Test
    void longerVarcharMayNeedALongerLengthPrefix() {
        assertThat(lint("ALTER TABLE users MODIFY name VARCHAR(100);")).containsExactly("alter-copies-table");
        assertThat(message(revisions.lintLast("mysql"))).contains("when the longer values need a two-byte length prefix (past 255 bytes")
                .contains("add ALGORITHM=INPLACE, LOCK=NONE so that the server refuses rather than copies");
        assertThat(lint("ALTER TABLE users MODIFY name VARCHAR(150), ALGORITHM=INPLACE, LOCK=NONE;")).isEmpty();
    }

    @Test
    void foreignKeyCopiesWhileForeignKeyChecksAreOn() {
        assertThat(lint("ALTER TABLE users ADD CONSTRAINT fk_team FOREIGN KEY (team_id) REFERENCES teams (id);"))
                .containsExactly("alter-copies-table");
        assertThat(message(revisions.lintLast("mysql"))).contains("ADD FOREIGN KEY with foreign_key_checks on")
                .contains("SET foreign_key_checks = 0 before it");
        assertThat(lint("SET foreign_key_checks = 0;\n"
                + "ALTER TABLE users ADD CONSTRAINT fk_team2 FOREIGN KEY (team_id) REFERENCES teams (id);\n"
                + "SET foreign_key_checks = 1;")).isEmpty();
        assertThat(lint("SET SESSION foreign_key_checks = OFF;\nSET @@foreign_key_checks = ON;\n"
                + "ALTER TABLE users ADD FOREIGN KEY (team_id) REFERENCES teams (id);")).containsExactly("alter-copies-table");
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit ADD FOREIGN KEY (user_id) REFERENCES users (id);")).isEmpty();
    }

    @Test
    void droppingThePrimaryKeyAloneCopies() {
        assertThat(lint("ALTER TABLE teams DROP PRIMARY KEY;")).containsExactly("alter-copies-table");
        assertThat(lint("ALTER TABLE teams DROP PRIMARY KEY, ADD PRIMARY KEY (id);")).isEmpty();
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit DROP PRIMARY KEY;")).isEmpty();
    }

    @Test
    void storedGeneratedColumnsChecksCharsetsAndUuidDefaultsCopy() {
        assertThat(lint("ALTER TABLE users ADD COLUMN n2 INT AS (n * 2) STORED;")).containsExactly("alter-copies-table");
        assertThat(lint("ALTER TABLE users ADD COLUMN n3 INT GENERATED ALWAYS AS (n * 2) VIRTUAL;")).isEmpty();
        assertThat(lint("ALTER TABLE users ADD COLUMN n4 INT AS (n * 3);")).as("virtual by default").isEmpty();
        assertThat(lint("ALTER TABLE users ADD CONSTRAINT n_positive CHECK (n > 0);")).containsExactly("alter-copies-table");
        assertThat(lint("ALTER TABLE users CONVERT TO CHARACTER SET latin1;")).containsExactly("alter-copies-table");
        assertThat(lint("ALTER TABLE users ADD COLUMN token CHAR(36) DEFAULT (uuid());")).containsExactly("alter-copies-table");
        assertThat(lint("ALTER TABLE users ADD COLUMN token2 CHAR(36), ADD COLUMN seen DATETIME DEFAULT CURRENT_TIMESTAMP;"))
                .isEmpty();
        assertThat(lint(NEW_TABLE + "ALTER TABLE audit ADD COLUMN n2 INT AS (n * 2) STORED, ADD CHECK (n > 0);")).isEmpty();
    }

    @Test
    void fulltextIndexesAndAutoIncrementColumnsBlockWrites() {
        assertThat(lint("ALTER TABLE users ADD FULLTEXT INDEX users_note (note);")).containsExactly("alter-blocks-writes");
        assertThat(message(revisions.lintLast("mysql"))).isEqualTo("ADD FULLTEXT INDEX on users runs in place but"
                + " blocks writes (LOCK=SHARED) until it is done; add it while the table is small, or with an online"
                + " schema change tool (gh-ost, pt-online-schema-change)");
        assertThat(lint("CREATE FULLTEXT INDEX users_note2 ON users (note);")).containsExactly("alter-blocks-writes");
        assertThat(lint("ALTER TABLE teams ADD COLUMN seq INT AUTO_INCREMENT UNIQUE;")).containsExactly("alter-blocks-writes");
        assertThat(lint("ALTER TABLE users ADD INDEX users_name (name), ADD UNIQUE KEY users_title (title);")).isEmpty();
        assertThat(lint("CREATE INDEX users_n ON users (n) ALGORITHM=INPLACE LOCK=NONE;")).isEmpty();
        assertThat(lint("ALTER TABLE teams ADD COLUMN seq2 INT;")).isEmpty();
        assertThat(lint(NEW_TABLE + "CREATE FULLTEXT INDEX audit_body ON audit (body);")).isEmpty();
    }

    @Test
    void renamesDropsAndLocks() {
        assertThat(lint("ALTER TABLE users CHANGE COLUMN title heading VARCHAR(100);")).containsExactly("rename-column");
        assertThat(lint("ALTER TABLE users RENAME COLUMN heading TO title;")).containsExactly("rename-column");
        assertThat(lint("RENAME TABLE teams TO squads, users TO members;")).containsExactly("rename-table", "rename-table");
        assertThat(lint("ALTER TABLE members DROP COLUMN note, DROP INDEX users_team;")).containsExactly("drop-column");
        assertThat(lint("DROP TABLE squads;")).containsExactly("drop-table");
        assertThat(lint("LOCK TABLES members WRITE;\nUNLOCK TABLES;")).containsExactly("lock-table");
        assertThat(lint(NEW_TABLE + "RENAME TABLE audit TO audits;\nALTER TABLE audits DROP COLUMN n;\nDROP TABLE audits;"))
                .isEmpty();
    }

    @Test
    void theServerVersionSaysWhichProductItIs() {
        ServerVersion connector = ServerVersion.parse("MySQL", "5.5.5-10.11.6-MariaDB-0+deb12u1");
        assertThat(connector).isEqualTo(new ServerVersion("MariaDB", 10, 11, 6));
        assertThat(connector.isMariaDb()).isTrue();
        assertThat(ServerVersion.parse("MySQL", "8.0.36").atLeast(8, 0)).isTrue();
        revisions.add("ALTER TABLE users MODIFY n BIGINT;");
        LintReport report = revisions.lintLast(LintSettings.of("mariadb").withServerVersion(connector));
        assertThat(report.serverVersion()).contains(connector);
        assertThat(rules(report)).containsExactly("alter-copies-table");
    }

    private List<String> lint(String sql) {
        revisions.add(sql);
        return rules(revisions.lintLast("mysql"));
    }
}
