/** Micrometer meters of psm-migrate: revision timings and pending revisions. */
package io.psm.migrate.boot.metrics;
