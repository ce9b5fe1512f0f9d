/** A JPA model and the {@code @DataJpaTest} slice that checks the migrations run in users' slice tests. */
package io.psm.migrate.boot.slice;
