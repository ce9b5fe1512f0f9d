package io.psm.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Places a {@link JavaMigration} in the revision graph: the Java counterpart of a SQL script's
 * header ({@code Revision ID}, {@code Revises}, {@code Branch Labels}, {@code Depends On},
 * {@code Transactional}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id, {@code [A-Za-z0-9_]{1,32}}. */
    String id();

    /** The ids of the parent revisions: none for a root, several for a merge. */
    String[] revises() default {};

    /** The one-line message shown by {@code history} and in log lines. */
    String message() default "";

    /** Branch labels carried by this revision. */
    String[] branchLabels() default {};

    /** Revisions (usually on other branches) that must be applied before this one. */
    String[] dependsOn() default {};

    /** Whether the revision and its version-table update run in one transaction. */
    boolean transactional() default true;
}
