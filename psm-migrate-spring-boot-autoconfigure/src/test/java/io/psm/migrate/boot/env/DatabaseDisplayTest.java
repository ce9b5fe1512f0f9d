package io.psm.migrate.boot.env;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Database URLs in messages: no password, and the H2 file a relative path opens. */
class DatabaseDisplayTest {

    @Test
    void aRelativeH2FileIsShownAbsoluteWithItsSettings() {
        String absolute = Path.of("data/app").toAbsolutePath().toString();

        assertThat(DatabaseDisplay.of("jdbc:h2:file:./data/app;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:" + absolute + ";AUTO_SERVER=TRUE");
        assertThat(DatabaseDisplay.of("jdbc:h2:./data/app")).isEqualTo("jdbc:h2:file:" + absolute);
    }

    @Test
    void otherUrlsAreShownAsTheyAreWithoutPassword() {
        assertThat(DatabaseDisplay.of("jdbc:h2:file:/srv/app")).isEqualTo("jdbc:h2:file:/srv/app");
        assertThat(DatabaseDisplay.of("jdbc:h2:mem:app")).isEqualTo("jdbc:h2:mem:app");
        assertThat(DatabaseDisplay.of("jdbc:postgresql://db/app?user=app&password=t0psecret"))
                .doesNotContain("t0psecret");
    }
}
