package io.psm.migrate.boot.command;

import io.psm.migrate.boot.autoconfigure.DbCommandMode;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines are {@code db} commands, and what reaches the command. */
class DbArgumentsTest {

    @Test
    void aNormalStartIsNoCommand() {
        assertThat(DbArguments.parse(new String[] {"--server.port=0"})).isEmpty();
        assertThat(DbArguments.parse(new String[] {"serve", "db"})).isEmpty();
        assertThat(DbArguments.parse(new String[0])).isEmpty();
    }

    @Test
    void dbFirstIsACommandForTheApplicationsDatabase() {
        assertThat(DbArguments.parse(new String[] {"db", "upgrade", "head", "--sql"}))
                .contains(new DbCommandMode(Optional.empty(), List.of("upgrade", "head", "--sql")));
    }

    @Test
    void springPropertiesConfigureTheApplicationAndNotTheCommand() {
        assertThat(DbArguments.parse(new String[] {"--spring.profiles.active=prod", "db", "history", "-r", "a1b2:",
                "--logging.level.root=warn", "--verbose"}))
                .contains(new DbCommandMode(Optional.empty(), List.of("history", "-r", "a1b2:", "--verbose")));
    }

    @Test
    void nameAfterDbChoosesTheInstance() {
        assertThat(DbArguments.parse(new String[] {"db", "-n", "audit", "current"}))
                .contains(new DbCommandMode(Optional.of("audit"), List.of("current")));
        assertThat(DbArguments.parse(new String[] {"db", "--name=audit", "heads"}))
                .contains(new DbCommandMode(Optional.of("audit"), List.of("heads")));
    }

    @Test
    void nameAfterTheCommandBelongsToTheCommand() {
        assertThat(DbArguments.parse(new String[] {"db", "revision", "-m", "add -n flag"}))
                .contains(new DbCommandMode(Optional.empty(), List.of("revision", "-m", "add -n flag")));
    }
}
