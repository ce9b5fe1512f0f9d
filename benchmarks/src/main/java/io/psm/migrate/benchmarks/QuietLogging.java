package io.psm.migrate.benchmarks;

import org.slf4j.bridge.SLF4JBridgeHandler;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * One quiet logging setup for every tool, so logging does not weigh on the figures: psm-migrate
 * and Flyway log through SLF4J (slf4j-simple at WARN, {@code simplelogger.properties}); Liquibase
 * logs through {@code java.util.logging}, which is bridged into SLF4J with its level at WARNING
 * too, so INFO records are dropped before they are formatted. Liquibase's anonymous analytics
 * (which fetch a remote configuration) are switched off.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    static void install() {
        System.setProperty("liquibase.analytics.enabled", "false");
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.install();
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
    }
}
