package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.graph.RevisionNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@code verify}: on a scratch schema that it drops afterwards (on SQLite, which has no schemas, a
 * private in-memory database), upgrades, downgrades and upgrades
 * again each revision up to a target, oldest first, and compares the schema at each turn.
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
        try (Scratch scratch = Scratch.create(dataSource)) {
            PsmMigrate migrate = scratch.configure(session.configure()).load();
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

    private List<RevisionNode> oldestFirst(PsmMigrate migrate) {
        List<RevisionNode> revisions = new ArrayList<>(migrate.history("base:" + target));
        Collections.reverse(revisions);
        return revisions;
    }
}
