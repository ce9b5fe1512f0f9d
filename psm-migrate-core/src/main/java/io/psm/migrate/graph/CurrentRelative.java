package io.psm.migrate.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;

/**
 * Relative targets counted from the database's current revisions ({@code +1}, {@code -1},
 * {@code <branch>@+2}, {@code <branch>@-1}), as Alembic's {@code _parse_upgrade_target} and
 * {@code _parse_downgrade_target} resolve them, except that {@code -1} from several current heads
 * is an error here rather than a warning.
 */
final class CurrentRelative {

    private static final String CURRENT = "the current revisions";

    private final RevisionIndex index;
    private final TargetResolver resolver;

    CurrentRelative(RevisionIndex index, TargetResolver resolver) {
        this.index = index;
        this.resolver = resolver;
    }

    /**
     * A downgrade destination and the branch that narrows which branches it drops.
     *
     * @param branch   the branch of the target, or the current head walked from
     * @param revision the destination, or {@link RevisionIndex#BASE}
     */
    record Destination(Optional<String> branch, int revision) {
    }

    /** {@code +N}: up from the one current revision (of the branch), or from base. */
    int up(int[] current, Target.Relative target) {
        int[] starts = current.length == 0 ? new int[] {RevisionIndex.BASE} : current;
        if (target.branch().isPresent()) {
            starts = startsOnBranch(current, target);
        }
        if (starts.length > 1) {
            throw new AmbiguousWalkException(target.text(), CURRENT, index.ids(starts));
        }
        return resolver.walk(starts[0], target.steps(), target.branch(), target.text(), TargetResolver.Overwalk.FAIL);
    }

    /** The current revisions on the branch, else the tips of their ancestors on it, else base. */
    private int[] startsOnBranch(int[] current, Target.Relative target) {
        String branch = target.branch().orElseThrow();
        int[] onBranch = resolver.onLineage(current, branch, target.text());
        if (onBranch.length > 0) {
            return onBranch;
        }
        BitSet active = Traversal.closure(index.downs, current);
        active.and(resolver.lineage(resolver.resolveBranch(branch, target.text())));
        BitSet tips = (BitSet) active.clone();
        active.stream().forEach(r -> Arrays.stream(index.downs[r]).forEach(tips::clear));
        return tips.isEmpty() ? new int[] {RevisionIndex.BASE} : Traversal.members(tips);
    }

    /** {@code -N}: down from the one current revision (of the branch). */
    Destination down(int[] current, Target.Relative target) {
        int start;
        String branch;
        if (target.branch().isPresent()) {
            branch = target.branch().get();
            int symbol = currentOnBranch(current, target);
            start = resolver.lookup(index.id(symbol), target.branch(), target.text());
        } else {
            if (current.length == 0) {
                throw new RelativeWalkException(target.text(), target.steps());
            }
            if (current.length > 1) {
                throw new AmbiguousWalkException(target.text(), CURRENT, index.ids(current));
            }
            start = current[0];
            branch = index.id(start);
        }
        int revision = resolver.walk(start, target.steps(), Optional.empty(), target.text(),
                TargetResolver.Overwalk.FAIL);
        return new Destination(Optional.of(branch), revision);
    }

    /** The current head on the branch, or the branch's head among the ancestors of the current heads. */
    private int currentOnBranch(int[] current, Target.Relative target) {
        String branch = target.branch().orElseThrow();
        int[] symbols = resolver.onLineage(current, branch, target.text());
        if (symbols.length == 0) {
            symbols = resolver.onLineage(branchHeads(Traversal.closure(index.downs, current)), branch, target.text());
        }
        if (symbols.length > 1) {
            throw new AmbiguousWalkException(target.text(), CURRENT, index.ids(symbols));
        }
        if (symbols.length == 0) {
            throw new RelativeWalkException(target.text(), target.steps());
        }
        return symbols[0];
    }

    /** The members of an ancestor-closed set with no versioned child in it. */
    private int[] branchHeads(BitSet applied) {
        return applied.stream()
                .filter(r -> Arrays.stream(index.nextRevs[r]).noneMatch(applied::get))
                .toArray();
    }
}
