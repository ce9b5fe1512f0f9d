/**
 * Tests of the sample application as its users meet it: started on H2 and on PostgreSQL and used
 * over HTTP, and the packaged jar run as a process ({@code *IT}, after {@code package}).
 */
package io.psm.migrate.sample;
