/** Auto-configuration of autogenerate ({@code db migrate}, {@code db check}) for applications that use Hibernate. */
package io.psm.migrate.boot.autoconfigure.autogenerate;
