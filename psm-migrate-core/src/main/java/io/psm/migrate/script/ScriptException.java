package io.psm.migrate.script;

import io.psm.migrate.MigrateException;

/** A migration script that cannot be read or parsed; the message names the file and line. */
public class ScriptException extends MigrateException {

    private static final long serialVersionUID = 1L;

    public ScriptException(String message) {
        super(message);
    }

    public ScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
