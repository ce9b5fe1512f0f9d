package io.psm.migrate.graph.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws the graph in lanes, as {@code git log --graph} does. Each lane waits for one revision (the
 * parent of the revision drawn above it); a revision takes the leftmost lane waiting for it, other
 * lanes waiting for it join that one first ({@code |/}), and a merge opens a lane for each further
 * parent ({@code |\}). A revision no lane waits for (a head) opens a lane on the right; a root
 * closes its lane. Not thread-safe: one drawing per instance.
 */
final class TerminalGraph {

    private final List<String> lanes = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    List<String> draw(List<PictureNode> newestFirst) {
        for (PictureNode node : newestFirst) {
            int lane = join(node.id());
            lines.add(row(lane) + " " + node.line());
            openParents(lane, node.parents());
        }
        return List.copyOf(lines);
    }

    /** The lane of a revision: the leftmost that waits for it, after the others waiting for it joined it. */
    private int join(String id) {
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).equals(id)) {
                waiting.add(i);
            }
        }
        if (waiting.isEmpty()) {
            lanes.add(id);
            return lanes.size() - 1;
        }
        int lane = waiting.get(0);
        for (int k = waiting.size() - 1; k >= 1; k--) {
            int joining = waiting.get(k);
            lines.add(joinRow(lane, joining));
            lanes.remove(joining);
        }
        return lane;
    }

    private void openParents(int lane, List<String> parents) {
        if (parents.isEmpty()) {
            if (lane < lanes.size() - 1) {
                lines.add(closeRow(lane));
            }
            lanes.remove(lane);
            return;
        }
        lanes.set(lane, parents.get(0));
        for (int p = 1; p < parents.size(); p++) {
            lines.add(openRow(lane + p - 1));
            lanes.add(lane + p, parents.get(p));
        }
    }

    /** {@code | * |}: the revision's mark in its lane. */
    private String row(int lane) {
        char[] row = blank(2 * lanes.size() - 1);
        for (int i = 0; i < lanes.size(); i++) {
            row[2 * i] = i == lane ? '*' : '|';
        }
        return new String(row);
    }

    /** {@code |_|/}: lane {@code joining} runs into lane {@code into}; the lanes right of it move left. */
    private String joinRow(int into, int joining) {
        char[] row = blank(2 * lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            if (i < joining) {
                row[2 * i] = '|';
            } else {
                row[2 * i - 1] = '/';
            }
            if (i > into && i < joining) {
                row[2 * i - 1] = '_';
            }
        }
        return trim(row);
    }

    /** {@code |\}: a lane opens right of lane {@code after}; the lanes right of it move right. */
    private String openRow(int after) {
        char[] row = blank(2 * lanes.size() + 1);
        for (int i = 0; i < lanes.size(); i++) {
            if (i <= after) {
                row[2 * i] = '|';
            } else {
                row[2 * i + 1] = '\\';
            }
        }
        row[2 * after + 1] = '\\';
        return trim(row);
    }

    /** {@code | /}: lane {@code closing} ends; the lanes right of it move left. */
    private String closeRow(int closing) {
        char[] row = blank(2 * lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            if (i < closing) {
                row[2 * i] = '|';
            } else if (i > closing) {
                row[2 * i - 1] = '/';
            }
        }
        return trim(row);
    }

    private static char[] blank(int length) {
        char[] row = new char[Math.max(length, 1)];
        Arrays.fill(row, ' ');
        return row;
    }

    private static String trim(char[] row) {
        return new String(row).stripTrailing();
    }
}
