/** The application the tests package as an executable jar and run with {@code db} commands. */
package io.psm.migrate.boot.testapp;
