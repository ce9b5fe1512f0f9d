package io.psm.migrate.boot.diagnostics;

import io.psm.migrate.boot.autoconfigure.Locations;
import io.psm.migrate.graph.UnknownCurrentRevisionException;
import io.psm.migrate.jdbc.DatabaseUrl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The likely cause of a failure and its fix, where psm-migrate can tell more than the failure's
 * message: a database at a revision this build does not contain (a jar older than the project's
 * scripts, or a newer build that upgraded the database), or an H2 file created by another user.
 * Used by the {@code db} commands' {@code ERROR:} line and by the failure report of a start-up.
 */
public final class FailureAdvice {

    private static final String DEFAULT_LOCATION = "classpath:db/migrations";

    private FailureAdvice() {
    }

    /**
     * @param failure     the failure, searched along its causes
     * @param environment the application's environment: the database and the migration directory
     * @return the likely cause and what to do, one sentence, when there is something to add
     */
    public static Optional<String> of(Throwable failure, Environment environment) {
        for (Throwable each = failure; each != null; each = each.getCause()) {
            if (each instanceof UnknownCurrentRevisionException unknown) {
                return Optional.of(StaleBuild.explain(unknown, scriptDirectory(environment)));
            }
            if (each instanceof SQLException sql && H2FileUser.WRONG_USER_OR_PASSWORD.equals(sql.getSQLState())) {
                return database(environment).flatMap(database -> H2FileUser.explain(database.jdbcUrl(),
                        database.user().orElse(null)));
            }
        }
        return Optional.empty();
    }

    /**
     * The project's migration directory, when the application runs from its project:
     * {@code psm.migrate.script-directory}, else the source directory of the first location.
     */
    static Optional<Path> scriptDirectory(Environment environment) {
        String configured = environment.getProperty("psm.migrate.script-directory");
        if (StringUtils.hasText(configured)) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        if (ProjectDirectory.current().isEmpty()) {
            return Optional.empty();
        }
        List<String> locations = Binder.get(environment).bind("psm.migrate.locations", Bindable.listOf(String.class))
                .orElse(List.of(DEFAULT_LOCATION));
        String first = locations.isEmpty() ? DEFAULT_LOCATION : locations.get(0);
        return Optional.of(Locations.scriptDirectory(first)).filter(Files::isDirectory);
    }

    /** The application's database as configured: {@code psm.migrate.url} or {@code spring.datasource.*}. */
    private static Optional<DatabaseUrl> database(Environment environment) {
        String own = environment.getProperty("psm.migrate.url");
        if (StringUtils.hasText(own)) {
            try {
                DatabaseUrl url = DatabaseUrl.parse(own);
                String user = environment.getProperty("psm.migrate.user");
                return Optional.of(StringUtils.hasText(user) ? url.withUser(user) : url);
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        }
        String url = environment.getProperty("spring.datasource.url");
        if (!StringUtils.hasText(url)) {
            return Optional.empty();
        }
        String user = environment.getProperty("spring.datasource.username");
        return Optional.of(new DatabaseUrl(url, Optional.ofNullable(user).filter(StringUtils::hasText), Optional.empty()));
    }
}
