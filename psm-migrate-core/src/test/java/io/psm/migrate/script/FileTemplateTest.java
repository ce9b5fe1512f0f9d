package io.psm.migrate.script;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Alembic's file_template syntax for new scripts' names. */
class FileTemplateTest {

    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 3, 7, 9, 5, 1);

    @Test
    void theDefaultIsTheRevisionAndTheSlug() {
        assertThat(FileTemplate.defaults().fileName("3f2a9c1b7d4e", "add_phone", WRITTEN, ZoneOffset.UTC))
                .isEqualTo("3f2a9c1b7d4e_add_phone.sql");
        assertThat(FileTemplate.defaults().fileName("3f2a9c1b7d4e", "", WRITTEN, ZoneOffset.UTC))
                .isEqualTo("3f2a9c1b7d4e.sql");
    }

    @Test
    void dateTokensArePaddedAsTheirFormatSays() {
        FileTemplate template = new FileTemplate("%(year)d%(month).2d%(day)02d_%(hour).2d%(minute).2d_%(rev)s-%(slug)s_%(epoch)d%%");

        assertThat(template.fileName("ab12", "x", WRITTEN, ZoneOffset.UTC))
                .isEqualTo("20260307_0905_ab12-x_" + WRITTEN.toEpochSecond(ZoneOffset.UTC) + "%.sql");
        assertThat(new FileTemplate("%(slug)s_%(rev)s").fileName("ab12", "", WRITTEN, ZoneOffset.UTC))
                .isEqualTo("ab12.sql");
    }

    @Test
    void badTemplatesSayWhatIsWrong() {
        assertThatThrownBy(() -> new FileTemplate("%(rev)s_%(name)s"))
                .hasMessageContaining("unknown token %(name)s; the tokens are %(rev), %(slug), %(year)");
        assertThatThrownBy(() -> new FileTemplate("%(rev)d")).hasMessageContaining("%(rev) takes 's'");
        assertThatThrownBy(() -> new FileTemplate("%(rev)s_50%")).hasMessageContaining("write %% for a percent sign");
        assertThatThrownBy(() -> new FileTemplate("sub/%(rev)s")).hasMessageContaining("no '/'");
    }
}
