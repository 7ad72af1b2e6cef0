package id.pilar.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of measured samples, the same way in every suite (nearest rank). */
public final class Stats {

    private Stats() {
    }

    /** The {@code p}-th percentile (nearest rank) of {@code values}; NaN when there are none. */
    public static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.max(0, Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1))];
    }

    /** Nanosecond samples: the percentile in milliseconds. */
    public static double percentileMs(long[] nanos, int p) {
        return percentile(Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray(), p);
    }

    public static double median(double[] values) {
        return percentile(values, 50);
    }

    public static double median(List<Long> values) {
        return median(values.stream().mapToDouble(Long::doubleValue).toArray());
    }
}
