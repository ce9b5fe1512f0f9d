package io.psm.migrate.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How a command's exit status and standard error become the goal's outcome. */
class CommandResultTest {

    @Test
    void aCommandThatSucceededPassesTheGoal() {
        CommandResult result = CommandResult.of(0, List.of("INFO  [psm.migrate] Running upgrade  -> a1, Create"));

        assertThatCode(() -> result.check("upgrade")).doesNotThrowAnyException();
    }

    @Test
    void aFailedCommandFailsTheGoalWithItsErrorLine() {
        CommandResult result = CommandResult.of(1, List.of("INFO  [psm.migrate] Detected added column 'book.isbn'",
                "ERROR: New upgrade operations detected: 1; write them with 'db migrate -m MSG'"));

        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> result.check("check"))
                .withMessage("New upgrade operations detected: 1; write them with"
                        + " 'mvn compile psm-migrate:migrate -Dpsm.message=MSG'");
    }

    @Test
    void aFailureWithoutAnErrorLineNamesTheStatus() {
        assertThatExceptionOfType(MojoFailureException.class)
                .isThrownBy(() -> CommandResult.of(137, List.of("Killed")).check("upgrade"))
                .withMessage("psm-migrate:upgrade failed with exit status 137; see its output above");
    }

    @Test
    void aUsageErrorRepeatsPicocliMessageBeforeTheUsage() {
        CommandResult result = CommandResult.of(2, List.of("Unknown option: '--frobnicate'",
                "Usage: db upgrade [-hV] [--sql] [--verbose] [-d=DIR] [TARGET]", "Apply revisions up to TARGET"));

        assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> result.check("upgrade"))
                .withMessage("Usage error: Unknown option: '--frobnicate'");
    }

    @Test
    void keepsTheLastErrorLine() {
        assertThat(CommandResult.of(1, List.of("ERROR: first", "ERROR: second")).errorLine()).contains("second");
    }
}
