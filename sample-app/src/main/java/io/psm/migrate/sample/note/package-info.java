/**
 * Notes: the {@code notes} table, whose {@code user_id} references {@code users}, its repository and
 * {@code /api/users/{userId}/notes}.
 */
package io.psm.migrate.sample.note;
