package io.psm.migrate.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;

/**
 * Which revisions an upgrade, a downgrade or a history range covers, and in which order: Alembic's
 * {@code RevisionMap.iterate_revisions} with {@code _collect_upgrade_revisions} and
 * {@code _collect_downgrade_revisions}.
 */
final class RevisionPaths {

    private final RevisionIndex index;
    private final TargetResolver resolver;
    private final CurrentRelative relative;

    RevisionPaths(RevisionIndex index, TargetResolver resolver) {
        this.index = index;
        this.resolver = resolver;
        this.relative = new CurrentRelative(index, resolver);
    }

    /** The revisions to apply, oldest first: the target's ancestors that the current heads lack. */
    int[] upgrade(int[] current, Target target) {
        int[] targets = upgradeTargets(current, target);
        Traversal.requireIndependent(index, targets);
        BitSet needed = Traversal.closure(index.downs, targets);
        needed.andNot(Traversal.closure(index.downs, current));
        int[] order = NewestFirstOrder.sort(index, needed);
        reverse(order);
        return order;
    }

    private int[] upgradeTargets(int[] current, Target target) {
        if (target instanceof Target.Relative step && step.fromCurrent()) {
            if (step.steps() < 0) {
                throw new RelativeWalkException(step.text(), step.steps());
            }
            return new int[] {relative.up(current, step)};
        }
        return resolver.resolve(target);
    }

    /** The revisions to revert, newest first: those above the destination below the current heads. */
    int[] downgrade(int[] current, Target target) {
        CurrentRelative.Destination destination = downgradeDestination(current, target);
        int[] roots = downgradeRoots(destination, target);
        BitSet dropped = Traversal.closure(index.upward, roots);
        dropped.and(Traversal.closure(index.downs, current));
        int revision = destination.revision();
        if (revision != RevisionIndex.BASE && dropped.isEmpty() && Arrays.stream(current).noneMatch(r -> r == revision)) {
            throw new InvalidTargetException(target.text(), "Destination " + index.id(revision)
                    + " is not a valid downgrade target from current head(s) " + describe(current));
        }
        return NewestFirstOrder.sort(index, dropped);
    }

    private CurrentRelative.Destination downgradeDestination(int[] current, Target target) {
        if (target instanceof Target.Relative step && step.fromCurrent()) {
            if (step.steps() > 0) {
                throw new RelativeWalkException(step.text(), step.steps());
            }
            return relative.down(current, step);
        }
        return new CurrentRelative.Destination(target.branch(), resolver.resolveOne(target));
    }

    /** The revisions whose descendants are dropped: every base, or the destination's children. */
    private int[] downgradeRoots(CurrentRelative.Destination destination, Target target) {
        int revision = destination.revision();
        int[] roots = revision == RevisionIndex.BASE ? index.bases : index.nextRevs[revision];
        Optional<String> branch = destination.branch();
        if (branch.isEmpty() || roots.length < 2) {
            return roots;
        }
        BitSet below = Traversal.closure(index.parents, resolver.resolveBranch(branch.get(), target.text()));
        int[] onBranch = Arrays.stream(roots).filter(below::get).toArray();
        if (onBranch.length == 0) {
            throw new InvalidTargetException(target.text(), "Not a valid downgrade target from current heads");
        }
        return onBranch;
    }

    /**
     * A history range {@code lower:upper}, newest first; either bound may be empty (base, heads)
     * or {@code current}.
     */
    int[] history(String range, int[] current) {
        int colon = range.indexOf(':');
        if (colon < 0 || colon != range.lastIndexOf(':')) {
            throw new InvalidTargetException(range, "History range requires [start]:[end], [start]:, or :[end]");
        }
        String lowerText = range.substring(0, colon).strip();
        String upperText = range.substring(colon + 1).strip();
        int[] lowers = lowerBound(lowerText, current);
        int[] uppers = upperBound(upperText, lowers, current);
        if (!lowerText.isEmpty() && !"current".equals(lowerText)) {
            Optional<String> branch = Target.parse(lowerText).branch();
            if (branch.isPresent()) {
                uppers = resolver.onLineage(uppers, branch.get(), lowerText);
            }
        }
        return NewestFirstOrder.sort(index, between(range, lowers, uppers));
    }

    private int[] lowerBound(String text, int[] current) {
        if (text.isEmpty()) {
            return new int[0];
        }
        if ("current".equals(text)) {
            return current;
        }
        Target target = Target.parse(text);
        if (target instanceof Target.Relative step && step.fromCurrent()) {
            if (step.steps() > 0) {
                throw new InvalidTargetException(text, "a history range starts at a revision, base, current or -N");
            }
            return resolver.belowHeads(step, TargetResolver.Overwalk.STOP);
        }
        return resolver.resolve(target);
    }

    private int[] upperBound(String text, int[] lowers, int[] current) {
        if (text.isEmpty()) {
            return index.realHeads;
        }
        if ("current".equals(text)) {
            return current;
        }
        Target target = Target.parse(text);
        if (target instanceof Target.Relative step && step.fromCurrent()) {
            if (step.steps() < 0) {
                throw new RelativeWalkException(step.text(), step.steps());
            }
            if (lowers.length > 1) {
                throw new AmbiguousWalkException(text, "the start of the range", index.ids(lowers));
            }
            int start = lowers.length == 0 ? RevisionIndex.BASE : lowers[0];
            int reached = resolver.walk(start, step.steps(), step.branch(), text, TargetResolver.Overwalk.STOP);
            return reached == RevisionIndex.BASE ? new int[0] : new int[] {reached};
        }
        return resolver.resolve(target);
    }

    /** The uppers and their ancestors, down to and including the lowers, above the lowers only. */
    private BitSet between(String range, int[] lowers, int[] uppers) {
        Traversal.requireIndependent(index, uppers);
        Traversal.requireIndependent(index, lowers);
        BitSet included = Traversal.closure(index.downs, uppers);
        for (int lower : lowers) {
            if (!included.get(lower)) {
                throw new InvalidTargetException(range, "Requested range " + range
                        + " does not refer to ancestor/descendant revisions along the same branch");
            }
        }
        if (lowers.length > 0) {
            included.andNot(Traversal.closure(index.downs, lowers));
            Arrays.stream(lowers).forEach(included::set);
            included.and(Traversal.closure(index.nextRevs, lowers));
        }
        return included;
    }

    private String describe(int[] revisions) {
        return revisions.length == 0 ? "(none)" : String.join(", ", index.ids(revisions));
    }

    private static void reverse(int[] order) {
        for (int i = 0, j = order.length - 1; i < j; i++, j--) {
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
