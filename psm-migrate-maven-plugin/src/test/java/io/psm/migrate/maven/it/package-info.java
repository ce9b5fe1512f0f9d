/**
 * Real Maven builds of small Spring Boot projects that use the starter and the plugin: a local
 * repository with this build's artifacts, the projects, and the {@code mvn} runs.
 */
package io.psm.migrate.maven.it;
