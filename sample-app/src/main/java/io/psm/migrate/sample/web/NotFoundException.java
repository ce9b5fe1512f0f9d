package io.psm.migrate.sample.web;

/** Thrown when a request names a user or note that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    /**
     * A missing resource.
     *
     * @param what what was asked for, as in {@code "user 42"}
     */
    public NotFoundException(String what) {
        super("There is no " + what + ".");
    }
}
