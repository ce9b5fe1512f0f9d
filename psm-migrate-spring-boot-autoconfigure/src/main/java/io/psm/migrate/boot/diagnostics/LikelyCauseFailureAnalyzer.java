package io.psm.migrate.boot.diagnostics;

import io.psm.migrate.MigrateException;

import java.util.Optional;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Reports a psm-migrate failure that stopped start-up with its likely cause, when
 * {@link FailureAdvice} knows it (a database at a revision this jar does not contain, an H2 file of
 * another user); the others are {@link MigrateFailureAnalyzer}'s. Registered in
 * {@code META-INF/spring.factories}, before it.
 */
public final class LikelyCauseFailureAnalyzer extends AbstractFailureAnalyzer<MigrateException> implements Ordered {

    private final Environment environment;

    /**
     * Creates the analyzer; Spring Boot instantiates it from {@code spring.factories} once the
     * application's context exists.
     *
     * @param environment the application's environment
     */
    public LikelyCauseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrateException cause) {
        Optional<String> advice = FailureAdvice.of(cause, this.environment);
        return advice.map(action -> new FailureAnalysis("psm-migrate: " + cause.getMessage(), sentence(action), cause))
                .orElse(null);
    }

    private static String sentence(String advice) {
        return Character.toUpperCase(advice.charAt(0)) + advice.substring(1) + ".";
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
