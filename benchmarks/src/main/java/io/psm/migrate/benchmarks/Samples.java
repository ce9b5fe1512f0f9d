package io.psm.migrate.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Timings of one measured thing, in nanoseconds; order statistics by nearest rank. */
final class Samples {

    private final List<Long> nanos = new ArrayList<>();

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    int count() {
        return nanos.size();
    }

    /** The median: the middle sample, or the mean of the two middle ones. */
    double medianMillis() {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = sorted();
        int middle = sorted.length / 2;
        double nanosMedian = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return nanosMedian / 1_000_000.0;
    }

    double p90Millis() {
        return percentileMillis(90);
    }

    double minMillis() {
        return percentileMillis(0);
    }

    /** The nearest-rank percentile; 0 is the minimum. */
    double percentileMillis(int percent) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = sorted();
        int rank = Math.max(1, (int) Math.ceil(percent / 100.0 * sorted.length));
        return sorted[rank - 1] / 1_000_000.0;
    }

    private long[] sorted() {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
