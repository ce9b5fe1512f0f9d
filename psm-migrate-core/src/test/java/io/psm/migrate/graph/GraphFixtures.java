package io.psm.migrate.graph;

import java.util.ArrayList;
import java.util.List;

/** Graphs for tests: small ones written by hand, large ones generated. Shared with the plan tests. */
public final class GraphFixtures {

    private GraphFixtures() {
    }

    /**
     * A revision with parents, read from a compact spec: {@code "c:a,b"} is c revising a and b,
     * {@code "a"} a root; {@code "+x"} after the parents adds a {@code Depends On} x and
     * {@code "#l"} a branch label l, as in {@code "c:a+x#shop"}.
     */
    public static RevisionNode node(String spec) {
        String rest = spec;
        List<String> labels = new ArrayList<>();
        List<String> dependsOn = new ArrayList<>();
        if (rest.contains("#")) {
            labels.addAll(List.of(rest.substring(rest.indexOf('#') + 1).split(",")));
            rest = rest.substring(0, rest.indexOf('#'));
        }
        if (rest.contains("+")) {
            dependsOn.addAll(List.of(rest.substring(rest.indexOf('+') + 1).split(",")));
            rest = rest.substring(0, rest.indexOf('+'));
        }
        String[] idAndParents = rest.split(":");
        List<String> parents = idAndParents.length > 1 ? List.of(idAndParents[1].split(",")) : List.of();
        String id = idAndParents[0];
        return new RevisionNode(id, parents, dependsOn, labels, "msg " + id, id + "_file.sql");
    }

    /** A graph from compact specs (see {@link #node(String)}). */
    public static RevisionGraph graph(String... specs) {
        return RevisionGraph.of(nodes(specs));
    }

    /** Revisions from compact specs (see {@link #node(String)}). */
    public static List<RevisionNode> nodes(String... specs) {
        return java.util.Arrays.stream(specs).map(GraphFixtures::node).toList();
    }

    /** A chain {@code c00000 <- c00001 <- ...} of the given length. */
    public static List<RevisionNode> chain(int length) {
        List<RevisionNode> nodes = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            nodes.add(i == 0 ? RevisionNode.of(chainId(0)) : RevisionNode.of(chainId(i), chainId(i - 1)));
        }
        return nodes;
    }

    /** The id of the i-th revision of {@link #chain(int)}. */
    public static String chainId(int i) {
        return String.format("c%05d", i);
    }

    /**
     * About {@code size} revisions in repeated blocks: the trunk fans out into 2 to 6 branches of
     * 1 to 5 revisions that merge back; every seventh block leaves one branch open as an extra
     * head, every fifth adds a {@code Depends On} across branches, every eleventh a branch label;
     * a second root joins the trunk early.
     */
    public static List<RevisionNode> branchy(int size) {
        List<RevisionNode> nodes = new ArrayList<>(size + 16);
        nodes.add(RevisionNode.of("w00000"));
        nodes.add(RevisionNode.of("w00001"));
        nodes.add(RevisionNode.of("w00002", "w00000", "w00001"));
        String trunk = "w00002";
        int block = 0;
        while (nodes.size() < size) {
            trunk = block(nodes, trunk, block++);
        }
        return nodes;
    }

    private static String block(List<RevisionNode> nodes, String trunk, int block) {
        int width = 2 + block % 5;
        List<String> tips = new ArrayList<>();
        for (int branch = 0; branch < width; branch++) {
            String tip = trunk;
            int length = 1 + (block + branch) % 5;
            for (int step = 0; step < length; step++) {
                String id = String.format("w%05d", nodes.size());
                List<String> dependsOn = block % 5 == 0 && branch == 1 && step == 0 && !tips.isEmpty()
                        ? List.of(tips.get(0)) : List.of();
                List<String> labels = block % 11 == 0 && step == 0 ? List.of("l" + block + "_" + branch) : List.of();
                nodes.add(new RevisionNode(id, List.of(tip), dependsOn, labels, "block " + block, id + ".sql"));
                tip = id;
            }
            tips.add(tip);
        }
        List<String> merged = block % 7 == 3 ? tips.subList(0, tips.size() - 1) : tips;
        String merge = String.format("w%05d", nodes.size());
        nodes.add(new RevisionNode(merge, merged, List.of(), List.of(), "merge " + block, merge + ".sql"));
        return merge;
    }
}
