package io.psm.migrate.boot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the DataSource that psm-migrate migrates when it is not the application's primary one
 * (a DataSource with DDL rights, say). Put it on the {@code @Bean} method of that DataSource;
 * if it is the only DataSource, also mark it {@code @Primary} or give the application its own.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface PsmMigrateDataSource {
}
