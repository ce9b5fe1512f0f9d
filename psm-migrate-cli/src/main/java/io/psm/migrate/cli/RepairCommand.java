package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * {@code repair}: accepts the scripts of applied revisions as they are now, recording the new
 * checksum of each one that changed, so that checksum validation passes again.
 */
@Command(name = "repair", description = "Accept applied revisions' scripts as they are now: record the new"
        + " checksum of each one edited since it ran. Runs nothing.")
final class RepairCommand extends SessionCommand {

    RepairCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        PsmMigrate migrate = session.loadWithDatabase(spec());
        List<String> repaired = migrate.repair();
        if (repaired.isEmpty()) {
            session.log("No applied revision has changed.");
        }
        for (String revision : repaired) {
            session.log("Accepted the changed script of " + revision + " (" + migrate.show(revision).location() + ")");
        }
        return 0;
    }
}
