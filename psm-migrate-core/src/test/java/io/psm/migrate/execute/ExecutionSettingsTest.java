package io.psm.migrate.execute;

import io.psm.migrate.dialect.TableName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExecutionSettingsTest {

    @Test
    void defaultsAreThoseOfTheDesign() {
        assertThat(ExecutionSettings.defaults())
                .isEqualTo(new ExecutionSettings(Optional.empty(), "psm_version", "psm_history", Duration.ofSeconds(60)));
    }

    @Test
    void tableNamesCarryTheSchema() {
        ExecutionSettings settings = ExecutionSettings.defaults().withSchema("app").withVersionTable("alembic_version");

        assertThat(settings.versionTableName()).isEqualTo(new TableName(Optional.of("app"), "alembic_version"));
        assertThat(settings.historyTableName()).isEqualTo(new TableName(Optional.of("app"), "psm_history"));
    }

    @Test
    void sameNameForBothTablesIsRejected() {
        assertThatThrownBy(() -> ExecutionSettings.defaults().withHistoryTable("psm_version"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both are psm_version");
    }

    @Test
    void negativeLockTimeoutIsRejected() {
        assertThatThrownBy(() -> ExecutionSettings.defaults().withLockTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankSchemaIsRejected() {
        assertThatThrownBy(() -> ExecutionSettings.defaults().withSchema(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
