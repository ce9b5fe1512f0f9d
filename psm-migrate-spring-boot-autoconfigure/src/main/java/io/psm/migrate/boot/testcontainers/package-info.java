/** Testcontainers support: {@code @ServiceConnection} database containers configure psm-migrate. */
package io.psm.migrate.boot.testcontainers;
