package io.psm.migrate.script;

import java.util.List;
import java.util.Optional;

/**
 * The header of a SQL script: its leading comment block, read.
 *
 * @param message       the first line, empty when the block starts with a key
 * @param revisionId    {@code Revision ID}
 * @param revises       {@code Revises}: empty for a root, several for a merge
 * @param createDate    {@code Create Date} as written, if present
 * @param branchLabels  {@code Branch Labels}
 * @param dependsOn     {@code Depends On}
 * @param transactional false when the header says {@code Transactional: false}
 * @param replaces      {@code Replaces}: the revisions a squash folded into this one
 */
record ScriptHeader(
        String message,
        String revisionId,
        List<String> revises,
        Optional<String> createDate,
        List<String> branchLabels,
        List<String> dependsOn,
        boolean transactional,
        List<String> replaces) {

    ScriptHeader {
        revises = List.copyOf(revises);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        replaces = List.copyOf(replaces);
    }

    /**
     * One comment line of the header.
     *
     * @param number  its 1-based file line
     * @param content the text after {@code --}, stripped
     */
    record Line(int number, String content) {
    }
}
