/** A small JPA application (users, posts, tags) whose database the autogenerate tests make differ from its entities. */
package io.psm.migrate.boot.command.blog;
