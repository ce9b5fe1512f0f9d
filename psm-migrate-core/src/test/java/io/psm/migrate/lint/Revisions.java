package io.psm.migrate.lint;

import io.psm.migrate.graph.RevisionGraph;
import io.psm.migrate.graph.RevisionNode;
import io.psm.migrate.script.LoadedScripts;
import io.psm.migrate.script.MigrationScript;
import io.psm.migrate.script.ScriptLoader;
import io.psm.migrate.testing.ScriptDirectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A chain of revision scripts written to a directory and loaded as the engine loads them, for lint
 * tests: {@code r01} revises nothing, each later one the one before.
 */
final class Revisions {

    private final ScriptDirectory directory;
    private final List<String> ids = new ArrayList<>();

    Revisions(Path directory) {
        this.directory = new ScriptDirectory(directory);
    }

    /** Adds a revision whose upgrade section is {@code sql}; {@code header} lines such as {@code "Transactional: false"}. */
    Revisions add(String sql, String... header) {
        String id = String.format("r%02d", ids.size() + 1);
        directory.write(id, ids.isEmpty() ? "" : ids.get(ids.size() - 1), "Revision " + id, sql, null, header);
        ids.add(id);
        return this;
    }

    /** Every revision, oldest first, as loaded. */
    List<MigrationScript> scripts() {
        LoadedScripts loaded = new ScriptLoader().load(List.of(directory.location()));
        Map<String, MigrationScript> byId = loaded.scripts().stream()
                .collect(Collectors.toMap(MigrationScript::id, Function.identity()));
        List<MigrationScript> oldestFirst = new ArrayList<>(RevisionGraph.of(loaded.scripts().stream()
                .map(MigrationScript::revision).toList()).history().stream().map(RevisionNode::id).map(byId::get).toList());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Lints the last revision with a database's rules, the others read for what they do. */
    LintReport lintLast(String dialect) {
        return lintLast(LintSettings.of(dialect));
    }

    /** Lints the last revision. */
    LintReport lintLast(LintSettings settings) {
        return new Linter(settings).lint(scripts(), List.of(ids.get(ids.size() - 1)));
    }

    /** Lints every revision. */
    LintReport lintAll(String dialect) {
        return new Linter(LintSettings.of(dialect)).lint(scripts(), ids);
    }

    /** The file of a revision. */
    Path file(String id) {
        return directory.directory().resolve(id + ".sql");
    }

    /** A server of a product and version, for rules that depend on it. */
    static LintSettings server(String dialect, String product, String version) {
        return LintSettings.of(dialect).withServerVersion(ServerVersion.parse(product, version));
    }

    /** The ids of the rules a report found, in order. */
    static List<String> rules(LintReport report) {
        return report.findings().stream().map(finding -> finding.rule().id()).toList();
    }

    /** The only finding's message. */
    static String message(LintReport report) {
        return Optional.of(report.findings()).filter(list -> list.size() == 1).orElseThrow(() ->
                new AssertionError("expected one finding, found " + report.findings())).get(0).message();
    }
}
