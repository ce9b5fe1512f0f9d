/**
 * Users: the {@code users} table (with the {@code phone} column that the second revision adds), its
 * repository and {@code /api/users}.
 */
package io.psm.migrate.sample.user;
