package io.psm.migrate.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Resolves {@link Target}s against the index as Alembic's {@code RevisionMap} does
 * ({@code get_revisions}, {@code _revision_for_ident}, {@code _walk}): exact ids and labels,
 * prefixes of four characters or more, branch lineage, heads, and relative walks.
 */
final class TargetResolver {

    /** What a walk does when it runs off the graph. */
    enum Overwalk {
        /** Fail with {@link RelativeWalkException}. */
        FAIL,
        /** Stop where it is (history ranges). */
        STOP
    }

    private static final int MIN_PREFIX = 4;

    private final RevisionIndex index;

    TargetResolver(RevisionIndex index) {
        this.index = index;
    }

    /** The revisions a target names without the database: empty for base. */
    int[] resolve(Target target) {
        if (target instanceof Target.Head head) {
            int[] heads = headsOf(head.branch(), head.text());
            if (heads.length > 1) {
                throw new MultipleHeadsException(index.ids(heads), head.text());
            }
            return heads;
        }
        if (target instanceof Target.Heads heads) {
            return heads.branch().isPresent() ? headsOf(heads.branch(), heads.text()) : index.realHeads;
        }
        if (target instanceof Target.Base base) {
            base.branch().ifPresent(branch -> resolveBranch(branch, base.text()));
            return new int[0];
        }
        if (target instanceof Target.Id id) {
            return new int[] {lookup(id.revision(), id.branch(), id.text())};
        }
        Target.Relative relative = (Target.Relative) target;
        if (!relative.fromCurrent()) {
            return withoutBase(resolveFrom(relative));
        }
        if (relative.steps() > 0) {
            throw new InvalidTargetException(relative.text(),
                    "a step up from the current revisions is only meaningful to upgrade");
        }
        return belowHeads(relative, Overwalk.FAIL);
    }

    /** The one revision a target names, or {@link RevisionIndex#BASE}; several heads are an error. */
    int resolveOne(Target target) {
        int[] revisions = resolve(target);
        if (revisions.length > 1) {
            throw new MultipleHeadsException(index.ids(revisions), target.text());
        }
        return revisions.length == 0 ? RevisionIndex.BASE : revisions[0];
    }

    /** {@code -N} without a revision, as history's start: N below each head of the graph (or branch). */
    int[] belowHeads(Target.Relative relative, Overwalk overwalk) {
        int[] heads = relative.branch().isPresent() ? onLineage(index.realHeads, relative.branch().get(),
                relative.text()) : index.realHeads;
        BitSet found = new BitSet(index.size());
        for (int head : heads) {
            int reached = walk(head, relative.steps(), Optional.empty(), relative.text(), overwalk);
            if (reached != RevisionIndex.BASE) {
                found.set(reached);
            }
        }
        return Traversal.members(found);
    }

    /** A relative walk from a named revision: {@code head-1}, {@code base+2}, {@code <branch>@ae10+1}. */
    int resolveFrom(Target.Relative relative) {
        String from = relative.from().orElseThrow();
        if (relative.steps() > 0) {
            int start = Target.BASE.equals(from) ? RevisionIndex.BASE : resolveOne(Target.parse(from));
            return walk(start, relative.steps(), relative.branch(), relative.text(), Overwalk.FAIL);
        }
        if (Target.BASE.equals(from)) {
            throw new RelativeWalkException(relative.text(), relative.steps());
        }
        int start = resolveOne(Target.parse(TargetSyntax.withBranch(relative.branch(), from)));
        return walk(start, relative.steps(), Optional.empty(), relative.text(), Overwalk.FAIL);
    }

    /**
     * Walks up (positive steps, children) or down (negative, parents) one revision at a time;
     * {@link RevisionIndex#BASE} is below every root. Going up, the branch's lineage narrows the
     * children.
     *
     * @throws AmbiguousWalkException at a branch point going up or a merge point going down
     */
    int walk(int start, int steps, Optional<String> branch, String argument, Overwalk overwalk) {
        BitSet lineage = branch.isPresent() && steps > 0 ? lineage(resolveBranch(branch.get(), argument)) : null;
        int current = start;
        for (int step = 0; step < Math.abs(steps); step++) {
            int[] next = steps > 0 ? up(current, lineage) : down(current);
            if (next == null || next.length == 0) {
                if (overwalk == Overwalk.STOP) {
                    return current;
                }
                throw new RelativeWalkException(argument, steps);
            }
            if (next.length > 1) {
                String position = current == RevisionIndex.BASE ? Target.BASE : index.id(current);
                throw new AmbiguousWalkException(argument, position, index.ids(next));
            }
            current = next[0];
        }
        return current;
    }

    private int[] up(int current, BitSet lineage) {
        int[] children = current == RevisionIndex.BASE ? index.bases : index.nextRevs[current];
        return lineage == null ? children : Arrays.stream(children).filter(lineage::get).toArray();
    }

    /** The parents, {@code BASE} below a root, and null (nothing) below base. */
    private int[] down(int current) {
        if (current == RevisionIndex.BASE) {
            return null;
        }
        int[] parents = index.parents[current];
        return parents.length == 0 ? new int[] {RevisionIndex.BASE} : parents;
    }

    /** The versioned heads, of the branch's lineage when a branch is given. */
    int[] headsOf(Optional<String> branch, String argument) {
        return branch.isPresent() ? onLineage(index.heads, branch.get(), argument) : index.heads;
    }

    /** The candidates that are ancestors or descendants of the branch's revision. */
    int[] onLineage(int[] candidates, String branch, String argument) {
        BitSet lineage = lineage(resolveBranch(branch, argument));
        return Arrays.stream(candidates).filter(lineage::get).toArray();
    }

    /** The revision and its versioned ancestors and descendants. */
    BitSet lineage(int revision) {
        BitSet lineage = Traversal.closure(index.parents, revision);
        lineage.or(Traversal.closure(index.nextRevs, revision));
        return lineage;
    }

    /** The revision a branch names: the revision declaring the label, or a revision id or prefix. */
    int resolveBranch(String branch, String argument) {
        Integer owner = index.labelOwners.get(branch);
        if (owner != null) {
            return owner;
        }
        try {
            return lookup(branch, Optional.empty(), argument);
        } catch (UnknownRevisionException notFound) {
            throw UnknownRevisionException.of(argument, "no such branch: '" + branch + "'");
        }
    }

    /** One revision by exact id, exact label or unique prefix, checked against the branch. */
    int lookup(String text, Optional<String> branch, String argument) {
        int branchRevision = branch.map(b -> resolveBranch(b, argument)).orElse(RevisionIndex.BASE);
        BitSet lineage = branch.isPresent() ? lineage(branchRevision) : null;
        int found = index.indexOf(text);
        if (found < 0) {
            found = index.labelOwners.getOrDefault(text, -1);
        }
        if (found < 0) {
            found = byPrefix(text, lineage, argument);
        }
        if (lineage != null && !lineage.get(found)) {
            throw UnknownRevisionException.of(argument, "revision " + index.id(found) + " is not a member of branch '"
                    + branch.get() + "'");
        }
        return found;
    }

    private int byPrefix(String prefix, BitSet lineage, String argument) {
        if (prefix.length() < MIN_PREFIX) {
            throw UnknownRevisionException.of(argument, "no such revision or branch '" + prefix
                    + "'; please ensure at least four characters are present for partial revision identifier matches");
        }
        List<Integer> matches = new ArrayList<>();
        for (int r = firstAtOrAfter(prefix); r < index.size() && index.id(r).startsWith(prefix); r++) {
            if (lineage == null || lineage.get(r)) {
                matches.add(r);
            }
        }
        if (matches.isEmpty()) {
            throw UnknownRevisionException.of(argument, "no such revision or branch '" + prefix + "'");
        }
        if (matches.size() > 1) {
            List<String> ids = matches.stream().map(index::id).toList();
            throw new UnknownRevisionException(argument, "multiple revisions start with '" + prefix + "': "
                    + String.join(", ", ids), ids);
        }
        return matches.get(0);
    }

    /** Binary search: the first revision whose id is not below the text. */
    private int firstAtOrAfter(String text) {
        int low = 0;
        int high = index.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (index.id(middle).compareTo(text) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int[] withoutBase(int revision) {
        return revision == RevisionIndex.BASE ? new int[0] : new int[] {revision};
    }
}
