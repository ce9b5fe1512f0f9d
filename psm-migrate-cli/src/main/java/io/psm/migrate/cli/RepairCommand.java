package io.psm.migrate.cli;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.execute.AcceptedChecksum;
import io.psm.migrate.execute.RepairReport;
import io.psm.migrate.version.HistoryEntry;
import picocli.CommandLine.Command;

/**
 * {@code repair}: accepts the scripts of applied revisions as they are now, recording the new
 * checksum of each one that changed, so that checksum validation passes again; and clears the
 * record of each failed or unfinished attempt, so that the revision runs again from its start.
 */
@Command(name = "repair", description = "Accept applied revisions' scripts as they are now (record the new"
        + " checksum of each one edited since it ran) and clear failed attempts, once what they left applied is"
        + " undone or safe to repeat. Runs nothing.")
final class RepairCommand extends SessionCommand {

    RepairCommand(RootCommand root) {
        super(root);
    }

    @Override
    int run(Session session) {
        PsmMigrate migrate = session.loadWithDatabase(spec());
        RepairReport report = migrate.repair();
        if (report.isEmpty()) {
            session.log("No applied revision has changed, and no attempt has failed.");
        }
        for (AcceptedChecksum accepted : report.acceptedChecksums()) {
            session.log("Accepted the changed script of " + accepted.revision() + " ("
                    + migrate.show(accepted.revision()).location() + ")");
        }
        for (HistoryEntry attempt : report.clearedAttempts()) {
            session.log("Cleared the " + attempt.state().word() + " " + attempt.action().word() + " of "
                    + attempt.revision() + " (" + Attempts.location(migrate, attempt.revision())
                    + "); it runs again from its start");
        }
        return 0;
    }
}
