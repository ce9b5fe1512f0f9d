package io.psm.migrate.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The revisions of a migration location as Alembic's revision map sees them: parents, branches,
 * merges, {@code Depends On} edges, branch labels, heads and bases; target resolution; and the
 * order in which revisions are shown, applied and reverted.
 *
 * <p>{@link #of(Collection)} validates everything before anything runs. The graph is immutable
 * and safe to share between threads; every query is linear in the size of the graph at worst and
 * uses no recursion, so graphs of tens of thousands of revisions are fine. Results name revisions
 * by id; lists are in the order the method documents, ties broken by id.
 */
public final class RevisionGraph {

    private final RevisionIndex index;
    private final TargetResolver resolver;
    private final RevisionPaths paths;

    private RevisionGraph(RevisionIndex index) {
        this.index = index;
        this.resolver = new TargetResolver(index);
        this.paths = new RevisionPaths(index, resolver);
    }

    /**
     * Builds and validates a graph.
     *
     * @param revisions the revisions, in any order
     * @return the graph
     * @throws RevisionGraphException for a malformed or duplicated id, a missing parent or
     *         {@code Depends On} target, a self-loop, a cycle, or a branch label used twice or
     *         equal to a revision id; the message names the revisions and their origins
     */
    public static RevisionGraph of(Collection<RevisionNode> revisions) {
        return new RevisionGraph(GraphBuilder.build(revisions));
    }

    /** The number of revisions. */
    public int size() {
        return index.size();
    }

    /**
     * Whether a revision has exactly this id.
     *
     * @param id a full revision id
     * @return true when the graph holds it
     */
    public boolean contains(String id) {
        return index.indexOf(id) >= 0;
    }

    /**
     * The revision with exactly this id.
     *
     * @param id a full revision id
     * @return the revision
     * @throws UnknownRevisionException when no revision has this id
     */
    public RevisionNode revision(String id) {
        return index.nodes[number(id)];
    }

    /** Every revision, in id order. */
    public List<RevisionNode> revisions() {
        return List.of(index.nodes);
    }

    /** The heads: revisions that no revision revises (a {@code Depends On} target still is one), in id order. */
    public List<String> heads() {
        return index.ids(index.heads);
    }

    /** The bases: revisions without parents, in id order. */
    public List<String> bases() {
        return index.ids(index.bases);
    }

    /** The branch points: revisions revised by several revisions, in id order. */
    public List<String> branchPoints() {
        return index.ids(java.util.stream.IntStream.range(0, index.size()).filter(index::isBranchPoint).toArray());
    }

    /** The merge points: revisions with several parents, in id order. */
    public List<String> mergePoints() {
        return index.ids(java.util.stream.IntStream.range(0, index.size()).filter(index::isMergePoint).toArray());
    }

    /**
     * Whether no revision revises this one.
     *
     * @param id a full revision id
     * @return true for a head
     */
    public boolean isHead(String id) {
        return index.isHead(number(id));
    }

    /**
     * Whether several revisions revise this one.
     *
     * @param id a full revision id
     * @return true for a branch point
     */
    public boolean isBranchPoint(String id) {
        return index.isBranchPoint(number(id));
    }

    /**
     * The revisions that revise this one (Alembic's {@code nextrev}), in id order.
     *
     * @param id a full revision id
     * @return its children; empty for a head
     */
    public List<String> children(String id) {
        return index.ids(index.nextRevs[number(id)]);
    }

    /**
     * The revisions a step of this revision moves the version table from (Alembic's normalized
     * down revisions): its parents, then its {@code Depends On} targets that no ancestor of it
     * already depends on.
     *
     * @param id a full revision id
     * @return its parents and remaining dependencies; empty for a base without dependencies
     */
    public List<String> normalizedDownRevisions(String id) {
        return index.ids(index.downs[number(id)]);
    }

    /**
     * The revisions whose normalized down revisions include this one, in id order.
     *
     * @param id a full revision id
     * @return the revisions directly above it through parents or {@code Depends On}
     */
    public List<String> normalizedNextRevisions(String id) {
        return index.ids(index.upward[number(id)]);
    }

    /**
     * The branch labels of a revision: its own, those of its versioned ancestors, and those of the
     * revisions above it on a plain line (Alembic's inherited labels).
     *
     * @param id a full revision id
     * @return the labels, sorted
     */
    public Set<String> branchLabels(String id) {
        return index.labels.get(number(id));
    }

    /**
     * The revisions below these, through parents and {@code Depends On}, the given ones included.
     *
     * @param ids full revision ids
     * @return the ancestors, in id order
     */
    public Set<String> ancestors(Collection<String> ids) {
        return idSet(Traversal.closure(index.downs, numbers(ids)));
    }

    /**
     * The revisions above these, through parents and {@code Depends On}, the given ones included.
     *
     * @param ids full revision ids
     * @return the descendants, in id order
     */
    public Set<String> descendants(Collection<String> ids) {
        return idSet(Traversal.closure(index.upward, numbers(ids)));
    }

    /**
     * Resolves a target without a database ({@code alembic show}): a revision, prefix, label,
     * {@code head}, {@code heads}, {@code base}, {@code <branch>@...}, {@code head-1},
     * {@code base+2}, or {@code -N} below each head.
     *
     * @param target the parsed target
     * @return the revisions, empty for base
     * @throws RevisionGraphException when the target names nothing, or one head of several
     */
    public List<String> resolve(Target target) {
        return index.ids(resolver.resolve(target));
    }

    /**
     * The revisions {@code upgrade target} applies, oldest first, from the current heads.
     *
     * @param currentHeads the version table's rows; empty for a new database
     * @param target       the target; relative ones ({@code +2}, {@code <branch>@+1}) count from
     *                     the current heads
     * @return the revisions to apply, parents before children; empty when the target is already
     *         applied
     * @throws OverlappingRevisionsException when one current head is an ancestor of another
     */
    public List<String> upgradePath(Collection<String> currentHeads, Target target) {
        return index.ids(paths.upgrade(independent(current(currentHeads)), target));
    }

    /**
     * The revisions {@code downgrade target} reverts, newest first, from the current heads.
     *
     * @param currentHeads the version table's rows
     * @param target       the destination; {@code -N} and {@code <branch>@-N} count from the
     *                     current heads
     * @return the revisions to revert, children before parents
     * @throws InvalidTargetException when the destination is not below the current heads
     */
    public List<String> downgradePath(Collection<String> currentHeads, Target target) {
        return index.ids(paths.downgrade(current(currentHeads), target));
    }

    /** Every revision, newest first, as {@code alembic history} lists them. */
    public List<RevisionNode> history() {
        BitSet all = new BitSet(index.size());
        all.set(0, index.size());
        return nodes(NewestFirstOrder.sort(index, all));
    }

    /**
     * The revisions of a history range ({@code history -r A:B}), newest first.
     *
     * @param range        {@code A:B}, {@code A:}, {@code :B}; a bound may be {@code base},
     *                     {@code current}, {@code -N} (start) or {@code +N} (end, from the start)
     * @param currentHeads the version table's rows, for {@code current}
     * @return the revisions from B down to A, both included
     */
    public List<RevisionNode> history(String range, Collection<String> currentHeads) {
        return nodes(paths.history(range, independent(current(currentHeads))));
    }

    private int number(String id) {
        int found = index.indexOf(id);
        if (found < 0) {
            throw UnknownRevisionException.of(id, "");
        }
        return found;
    }

    private int[] numbers(Collection<String> ids) {
        return ids.stream().mapToInt(this::number).toArray();
    }

    /** The current heads as revision numbers: exact ids only, repeats dropped. */
    private int[] current(Collection<String> currentHeads) {
        requireKnownCurrent(currentHeads);
        return new LinkedHashSet<>(currentHeads).stream().mapToInt(this::number).sorted().toArray();
    }

    /**
     * Checks that the graph holds every current revision of a database.
     *
     * @param currentHeads the version table's rows
     * @throws UnknownCurrentRevisionException when it lacks one, naming every one it lacks
     */
    public void requireKnownCurrent(Collection<String> currentHeads) {
        List<String> unknown = new LinkedHashSet<>(currentHeads).stream().filter(id -> !contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownCurrentRevisionException(unknown, heads());
        }
    }

    /** The current heads, none an ancestor of another, as an upgrade needs them (a downgrade does not). */
    private int[] independent(int[] current) {
        Traversal.requireIndependent(index, current);
        return current;
    }

    private Set<String> idSet(BitSet revisions) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(index.ids(Traversal.members(revisions))));
    }

    private List<RevisionNode> nodes(int[] revisions) {
        return Arrays.stream(revisions).mapToObj(r -> index.nodes[r]).toList();
    }
}
