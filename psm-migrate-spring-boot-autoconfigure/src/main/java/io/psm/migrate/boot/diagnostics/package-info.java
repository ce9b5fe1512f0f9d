/** Failure analysis: psm-migrate errors that stop start-up, reported with what to do. */
package io.psm.migrate.boot.diagnostics;
