/** Auto-configuration of psm-migrate's Micrometer meters. */
package io.psm.migrate.boot.autoconfigure.metrics;
