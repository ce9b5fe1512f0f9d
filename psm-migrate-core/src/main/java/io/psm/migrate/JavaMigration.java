package io.psm.migrate;

/**
 * A revision written in Java, for data migrations that need code.
 *
 * <p>An implementation lives in the package of a migration location ({@code db.migrations} for the
 * default {@code classpath:db/migrations}) and carries {@link Revision @Revision}, which gives it its
 * place in the revision graph exactly as the header of a SQL script does. It needs a public
 * no-argument constructor.
 *
 * <pre>{@code
 * @Revision(id = "5c2d1e8f9a0b", revises = "3f2a9c1b7d4e", message = "Split full names")
 * public class SplitFullNames implements JavaMigration {
 *     public void upgrade(MigrationContext context) throws SQLException {
 *         try (Statement statement = context.connection().createStatement()) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p>The connection belongs to the engine: do not close it, commit or roll it back. Unless the
 * revision is declared non-transactional, the work runs in the same transaction as the
 * version-table update.
 */
public interface JavaMigration {

    /**
     * Applies this revision.
     *
     * @param context the connection and revision being applied
     * @throws Exception any failure; the revision is then rolled back where the database allows
     */
    void upgrade(MigrationContext context) throws Exception;

    /**
     * Reverts this revision. Implementations that do not override it cannot be downgraded past,
     * and a downgrade through them fails before anything runs.
     *
     * @param context the connection and revision being reverted
     * @throws Exception any failure; the step is then rolled back where the database allows
     */
    default void downgrade(MigrationContext context) throws Exception {
        throw new UnsupportedOperationException(
                getClass().getName() + " does not implement downgrade(MigrationContext)");
    }

    /**
     * A checksum of this migration, stored when it is applied and compared on later runs.
     * The default, {@code null}, means Java migrations are not checksummed.
     *
     * @return a checksum, or {@code null} for none
     */
    default String checksum() {
        return null;
    }
}
