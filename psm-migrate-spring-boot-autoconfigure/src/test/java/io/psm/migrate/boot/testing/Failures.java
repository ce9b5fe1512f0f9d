package io.psm.migrate.boot.testing;

import io.psm.migrate.MigrateException;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Looks into the failure of an application context that did not start. */
public final class Failures {

    private Failures() {
    }

    /** The psm-migrate error among the causes, or the failure itself when there is none. */
    public static Throwable migrateException(Throwable failure) {
        for (Throwable each = failure; each != null; each = each.getCause()) {
            if (each instanceof MigrateException) {
                return each;
            }
        }
        return failure;
    }

    /** Everything the failure would print: every message and stack frame of the whole cause chain. */
    public static String printed(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
