package io.psm.migrate.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How goal properties become a {@code db} command's arguments. */
class CommandArgumentsTest {

    @Test
    void leavesOutWhatIsNotSetSoTheCommandsDefaultsApply() {
        CommandArguments arguments = CommandArguments.of("revision").option("-m", null).option("--head", " ")
                .flag("--splice", false).options("--branch-label", null).positional(null);

        assertThat(arguments.toList()).containsExactly("revision");
    }

    @Test
    void writesOptionsFlagsAndPositionalsInOrder() {
        CommandArguments arguments = CommandArguments.of("revision").option("-m", "Add isbn to Book")
                .flag("--autogenerate", true).options("--branch-label", List.of("audit", "reports"))
                .positionals(List.of("a1b2", "c3d4"));

        assertThat(arguments.toList()).containsExactly("revision", "-m", "Add isbn to Book", "--autogenerate",
                "--branch-label", "audit", "--branch-label", "reports", "a1b2", "c3d4");
        assertThat(arguments.contains("--autogenerate")).isTrue();
    }

    @Test
    void aMissingRequiredPropertyFailsTheGoalNamingIt() {
        assertThatExceptionOfType(MojoFailureException.class)
                .isThrownBy(() -> CommandArguments.required("psm.revisions", null, "the revisions to stamp"))
                .withMessage("Missing -Dpsm.revisions=...: the revisions to stamp");
        assertThatExceptionOfType(MojoFailureException.class)
                .isThrownBy(() -> CommandArguments.required("psm.revisions", List.of(""), "the revisions to stamp"));
    }
}
