/** {@code DATABASE_URL} support: the application's DataSource configured from the environment. */
package io.psm.migrate.boot.env;
