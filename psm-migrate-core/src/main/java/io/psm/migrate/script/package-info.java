/** Loading migration scripts (SQL and Java) from locations, parsing their headers and splitting their statements. */
package io.psm.migrate.script;
