/** The planner: the ordered steps and version-table changes between the current heads and a target. Pure: no JDBC, no clock. */
package io.psm.migrate.plan;
