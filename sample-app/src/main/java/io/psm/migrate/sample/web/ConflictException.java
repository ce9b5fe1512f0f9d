package io.psm.migrate.sample.web;

/** Thrown when a request would break a uniqueness rule, such as a username taken; answered with 409. */
public class ConflictException extends RuntimeException {

    /**
     * A conflict.
     *
     * @param message what conflicts, for the client
     */
    public ConflictException(String message) {
        super(message);
    }
}
