package io.psm.migrate;

/**
 * An applied revision whose script has changed since it ran: the database may not hold what the
 * file now says. Nothing was run.
 */
public final class ChecksumMismatchException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String location;

    /**
     * @param revision the applied revision
     * @param location its script
     * @param recorded the checksum stored when it was applied
     * @param actual   the checksum of the file now
     */
    public ChecksumMismatchException(String revision, String location, String recorded, String actual) {
        super("Revision " + revision + " (" + location + ") has changed since it was applied: checksum "
                + abbreviate(recorded) + " was recorded, the file now has " + abbreviate(actual)
                + ". Restore the file and put the change in a new revision; or, if the edit is harmless,"
                + " accept it with the repair command");
        this.revision = revision;
        this.location = location;
    }

    /** The revision whose script changed. */
    public String revision() {
        return revision;
    }

    /** Its script. */
    public String location() {
        return location;
    }

    private static String abbreviate(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) + "…" : checksum;
    }
}
