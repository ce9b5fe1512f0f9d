package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.dialect.Dialect;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.jdbc.Scratch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@code verify}: on a scratch schema that it drops afterwards (on SQLite, which has no schemas, a
 * private in-memory database), upgrades, downgrades and upgrades again each revision up to a
 * target, oldest first, and compares the schema at each turn.
 */
@Command(name = "verify", description = "Upgrade, downgrade and upgrade again each revision up to TARGET (default: heads),"
        + " oldest first, on a scratch schema dropped afterwards; stop at the first that does not round-trip.")
final class VerifyCommand extends SessionCommand {

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "heads", description = "heads, head, an id, label@head, ...")
    private String target;

    VerifyCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        session.requireDatabase(spec());
        DataSource dataSource = session.environment().dataSource().orElseThrow(() -> new CommandFailure(
                "verify needs a connection of its own to create a scratch schema, and this environment offers none"));
        Scratch scratch = createScratch(dataSource);
        try (Removal removal = () -> remove(scratch)) {
            PsmMigrate.Builder builder = session.configure().dataSource(scratch.dataSource());
            scratch.schema().ifPresent(builder::schema);
            PsmMigrate migrate = builder.load();
            RoundTrip roundTrip = new RoundTrip(migrate, scratch);
            roundTrip.start();
            for (RevisionNode revision : oldestFirst(migrate)) {
                roundTrip.verify(revision);
                session.print("Verified " + String.join(", ", revision.downRevisions()) + " -> " + revision.id()
                        + (revision.message().isEmpty() ? "" : ", " + revision.message()));
            }
        }
        return 0;
    }

    /** Removes the scratch at the end, a failure to do so suppressed by one that happened before. */
    @FunctionalInterface
    private interface Removal extends AutoCloseable {
        @Override
        void close();
    }

    /** A scratch schema, or on a database without schemas (SQLite) a private in-memory database. */
    private static Scratch createScratch(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Dialect.detect(connection).createScratch(dataSource, "psm_verify_");
        } catch (SQLException e) {
            throw new CommandFailure("verify cannot create its scratch schema: " + e.getMessage(), e);
        }
    }

    private static void remove(Scratch scratch) {
        try {
            scratch.drop();
        } catch (SQLException e) {
            throw new CommandFailure("verify cannot remove its " + scratch.description() + " (remove it by hand): "
                    + e.getMessage(), e);
        }
    }

    private List<RevisionNode> oldestFirst(PsmMigrate migrate) {
        List<RevisionNode> revisions = new ArrayList<>(migrate.history("base:" + target));
        Collections.reverse(revisions);
        return revisions;
    }
}
