package io.psm.migrate.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates revisions and builds the {@link RevisionIndex}: every error is found here, before
 * anything runs, and names the revisions and files at fault. Linear in revisions and edges.
 */
final class GraphBuilder {

    /** Words that name positions in the graph, so no revision or label may take them. */
    static final Set<String> RESERVED = Set.of(Target.HEAD, Target.HEADS, Target.BASE, "current");

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private static final int[] NONE = new int[0];

    private GraphBuilder() {
    }

    static RevisionIndex build(Collection<RevisionNode> revisions) {
        RevisionNode[] nodes = revisions.toArray(new RevisionNode[0]);
        Arrays.sort(nodes, (a, b) -> a.id().compareTo(b.id()));
        Map<String, Integer> byId = numberRevisions(nodes);
        Map<String, Integer> labelOwners = labelOwners(nodes, byId);
        int[][] parents = resolveParents(nodes, byId);
        int[][] dependencies = resolveDependencies(nodes, byId, labelOwners);
        int[] order = CycleCheck.topologicalOrder(nodes, parents, dependencies);
        int[][] nextRevs = reverse(parents);
        int[][] downs = DependencyNormalizer.normalize(parents, dependencies, nextRevs);
        int[][] allNext = reverse(union(parents, dependencies));
        List<Set<String>> labels = BranchLabels.inherit(nodes, parents, nextRevs, allNext, order);
        return new RevisionIndex(nodes, Collections.unmodifiableMap(byId), Collections.unmodifiableMap(labelOwners),
                parents, downs, nextRevs, allNext, reverse(downs), labels);
    }

    private static Map<String, Integer> numberRevisions(RevisionNode[] nodes) {
        Map<String, Integer> byId = new HashMap<>(nodes.length * 2);
        for (int i = 0; i < nodes.length; i++) {
            RevisionNode node = nodes[i];
            requireValidId(node);
            if (i > 0 && nodes[i - 1].id().equals(node.id())) {
                throw new DuplicateRevisionException(node.id(), List.of(nodes[i - 1].origin(), node.origin()));
            }
            byId.put(node.id(), i);
        }
        return byId;
    }

    private static void requireValidId(RevisionNode node) {
        if (!RevisionNode.isValidId(node.id())) {
            throw new InvalidRevisionException(node.id(), node.origin(),
                    "a revision id is 1 to 32 letters, digits or underscores");
        }
        if (RESERVED.contains(node.id())) {
            throw new InvalidRevisionException(node.id(), node.origin(),
                    "'" + node.id() + "' is a reserved word (head, heads, base, current)");
        }
    }

    private static Map<String, Integer> labelOwners(RevisionNode[] nodes, Map<String, Integer> byId) {
        Map<String, Integer> owners = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            for (String label : nodes[i].branchLabels()) {
                requireValidLabel(nodes, i, label, byId);
                Integer other = owners.putIfAbsent(label, i);
                if (other != null && other != i) {
                    throw new BranchLabelException(label, nodes[i].id(), "Branch name '" + label + "' in revision "
                            + describe(nodes[i]) + " already used by revision " + describe(nodes[other]));
                }
            }
        }
        return owners;
    }

    private static void requireValidLabel(RevisionNode[] nodes, int revision, String label,
            Map<String, Integer> byId) {
        RevisionNode node = nodes[revision];
        if (!LABEL.matcher(label).matches() || RESERVED.contains(label)) {
            throw new BranchLabelException(label, node.id(), "Branch name '" + label + "' in revision "
                    + describe(node) + " is invalid: a branch name is letters, digits or underscores,"
                    + " and not head, heads, base or current");
        }
        Integer sameId = byId.get(label);
        if (sameId != null) {
            throw new BranchLabelException(label, node.id(), "Branch name '" + label + "' in revision "
                    + describe(node) + " is the id of revision " + describe(nodes[sameId]));
        }
    }

    private static int[][] resolveParents(RevisionNode[] nodes, Map<String, Integer> byId) {
        int[][] parents = new int[nodes.length][];
        for (int i = 0; i < nodes.length; i++) {
            RevisionNode node = nodes[i];
            List<String> declared = node.downRevisions();
            if (hasRepeats(declared)) {
                throw new InvalidRevisionException(node.id(), node.origin(),
                        "Revises lists a parent twice: " + String.join(", ", declared));
            }
            parents[i] = new int[declared.size()];
            for (int p = 0; p < declared.size(); p++) {
                parents[i][p] = resolveReference(nodes, i, declared.get(p), byId.get(declared.get(p)),
                        MissingRevisionException.Reference.PARENT);
            }
        }
        return parents;
    }

    private static int[][] resolveDependencies(RevisionNode[] nodes, Map<String, Integer> byId,
            Map<String, Integer> labelOwners) {
        int[][] dependencies = new int[nodes.length][];
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i].dependsOn().isEmpty()) {
                dependencies[i] = NONE;
                continue;
            }
            Set<Integer> resolved = new LinkedHashSet<>();
            for (String target : nodes[i].dependsOn()) {
                Integer found = byId.containsKey(target) ? byId.get(target) : labelOwners.get(target);
                resolved.add(resolveReference(nodes, i, target, found, MissingRevisionException.Reference.DEPENDS_ON));
            }
            dependencies[i] = resolved.stream().mapToInt(Integer::intValue).toArray();
        }
        return dependencies;
    }

    /** Whether a short list names an element twice (parents are one or two, rarely more). */
    private static boolean hasRepeats(List<String> items) {
        for (int i = 1; i < items.size(); i++) {
            if (items.subList(0, i).contains(items.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static int resolveReference(RevisionNode[] nodes, int revision, String name, Integer found,
            MissingRevisionException.Reference reference) {
        RevisionNode node = nodes[revision];
        String verb = reference == MissingRevisionException.Reference.PARENT ? "revises" : "depends on";
        if (name.equals(node.id()) || found != null && found == revision) {
            throw CycleException.selfLoop(node.id(), node.origin(), verb);
        }
        if (found == null) {
            throw new MissingRevisionException(node.id(), node.origin(), name, reference);
        }
        return found;
    }

    /** Every edge reversed; each list in ascending revision order. */
    static int[][] reverse(int[][] edges) {
        int[] counts = new int[edges.length];
        for (int[] targets : edges) {
            for (int target : targets) {
                counts[target]++;
            }
        }
        int[][] reversed = new int[edges.length][];
        for (int i = 0; i < edges.length; i++) {
            reversed[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int source = 0; source < edges.length; source++) {
            for (int target : edges[source]) {
                reversed[target][counts[target]++] = source;
            }
        }
        return reversed;
    }

    /** Per revision, the first array's edges followed by the second's, without repeats. */
    static int[][] union(int[][] first, int[][] second) {
        int[][] union = new int[first.length][];
        for (int i = 0; i < first.length; i++) {
            if (second[i].length == 0) {
                union[i] = first[i];
                continue;
            }
            Set<Integer> both = new LinkedHashSet<>();
            Arrays.stream(first[i]).forEach(both::add);
            Arrays.stream(second[i]).forEach(both::add);
            union[i] = both.stream().mapToInt(Integer::intValue).toArray();
        }
        return union;
    }

    static String describe(RevisionNode node) {
        return node.id() + " (" + node.origin() + ")";
    }

    static List<String> origins(RevisionNode[] nodes, List<Integer> revisions) {
        List<String> origins = new ArrayList<>(revisions.size());
        revisions.forEach(r -> origins.add(nodes[r].origin()));
        return origins;
    }
}
