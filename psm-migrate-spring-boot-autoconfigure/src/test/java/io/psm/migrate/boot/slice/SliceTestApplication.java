package io.psm.migrate.boot.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application that {@code @DataJpaTest} tests of this package find. */
@SpringBootApplication
public class SliceTestApplication {
}
