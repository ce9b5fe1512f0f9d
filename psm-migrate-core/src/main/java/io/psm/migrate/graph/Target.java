package io.psm.migrate.graph;

import java.util.Objects;
import java.util.Optional;

/**
 * A migration target as a user writes it ({@code head}, {@code ae10@head}, {@code base+2},
 * {@code -1}, ...), parsed but not yet resolved against a {@link RevisionGraph}.
 *
 * <p>Every form has an optional <em>branch</em>: the text before {@code @}, a branch label or a
 * revision (full id or prefix) whose lineage narrows the target, exactly as in Alembic. Parsing
 * only checks the syntax; whether the names exist is the graph's business.
 */
public sealed interface Target {

    /** The word {@code head}. */
    String HEAD = "head";
    /** The word {@code heads}. */
    String HEADS = "heads";
    /** The word {@code base}. */
    String BASE = "base";

    /**
     * The text before {@code @}: a branch label or a revision narrowing the target to its lineage.
     *
     * @return the branch, or empty when the target has no {@code @}
     */
    Optional<String> branch();

    /**
     * The target written back in canonical form, for messages.
     *
     * @return the text, such as {@code shop@head-1}
     */
    String text();

    /**
     * Parses target text.
     *
     * @param text the argument as given, for example {@code head}, {@code 3f2a}, {@code shop@-1}
     * @return the parsed target
     * @throws InvalidTargetException when the text is no target form
     */
    static Target parse(String text) {
        return TargetSyntax.parse(text);
    }

    /**
     * The one head of the graph, or of the branch: {@code head}, {@code <branch>@head}.
     *
     * @param branch the branch narrowing the heads, if any
     */
    record Head(Optional<String> branch) implements Target {
        public Head {
            Objects.requireNonNull(branch, "branch");
        }

        @Override
        public String text() {
            return TargetSyntax.withBranch(branch, HEAD);
        }
    }

    /**
     * Every head of the graph, or of the branch: {@code heads}, {@code <branch>@heads}.
     *
     * @param branch the branch narrowing the heads, if any
     */
    record Heads(Optional<String> branch) implements Target {
        public Heads {
            Objects.requireNonNull(branch, "branch");
        }

        @Override
        public String text() {
            return TargetSyntax.withBranch(branch, HEADS);
        }
    }

    /**
     * Below every revision (an empty version table): {@code base}, {@code <branch>@base}.
     *
     * @param branch the branch whose base is meant, if any
     */
    record Base(Optional<String> branch) implements Target {
        public Base {
            Objects.requireNonNull(branch, "branch");
        }

        @Override
        public String text() {
            return TargetSyntax.withBranch(branch, BASE);
        }
    }

    /**
     * One revision by full id, unique prefix (four characters at least) or branch label:
     * {@code 3f2a9c}, {@code <branch>@3f2a}, {@code <rev>@<label>}.
     *
     * @param branch   the branch the revision must belong to, if any
     * @param revision the id, prefix or label
     */
    record Id(Optional<String> branch, String revision) implements Target {
        public Id {
            Objects.requireNonNull(branch, "branch");
            Objects.requireNonNull(revision, "revision");
        }

        @Override
        public String text() {
            return TargetSyntax.withBranch(branch, revision);
        }
    }

    /**
     * A number of steps up ({@code +N}) or down ({@code -N}) from a revision, or from the current
     * revisions when {@code from} is empty: {@code +2}, {@code -1}, {@code head-2}, {@code base+1},
     * {@code 3f2a+1}, {@code <branch>@+1}, {@code <branch>@head-1}, {@code <branch>@base+2}.
     *
     * @param branch the branch whose lineage the walk follows, if any
     * @param from   where the walk starts ({@code head}, {@code base}, {@code heads}, an id, a
     *               prefix or a label); empty for the database's current revisions
     * @param steps  how far to walk: positive up, negative down, never zero
     */
    record Relative(Optional<String> branch, Optional<String> from, int steps) implements Target {
        public Relative {
            Objects.requireNonNull(branch, "branch");
            Objects.requireNonNull(from, "from");
            if (steps == 0) {
                throw new IllegalArgumentException("a relative target walks at least one step");
            }
        }

        /** Whether the walk starts at the database's current revisions rather than a named one. */
        public boolean fromCurrent() {
            return from.isEmpty();
        }

        @Override
        public String text() {
            String sign = steps > 0 ? "+" : "";
            return TargetSyntax.withBranch(branch, from.orElse("") + sign + steps);
        }
    }
}
