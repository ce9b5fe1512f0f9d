/**
 * The psm-migrate sample application: {@link io.psm.migrate.sample.SampleApplication} and its
 * configuration. Users live in {@code user}, their notes in {@code note}, the API's error
 * responses in {@code web}.
 */
package io.psm.migrate.sample;
