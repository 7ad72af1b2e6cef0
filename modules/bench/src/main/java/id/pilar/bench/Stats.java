package id.pilar.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

    /** A measured piece of work (its result only keeps the JIT from dropping it). */
    public interface Work {
        Object call() throws Exception;
    }

    /**
     * Pilar's way and its baseline, alternated run by run after warm-ups so that the machine's
     * noise (2 shared cores) falls on both alike: the medians in ms, {@code {pilar, baseline}}.
     */
    public static double[] alternate(Work pilar, Work baseline, int warmups, int runs) throws Exception {
        return Arrays.copyOf(alternateWithCpu(pilar, baseline, warmups, runs), 2);
    }

    /**
     * {@link #alternate} with the calling thread's CPU time as well: the medians in ms,
     * {@code {pilar, baseline, pilar CPU, baseline CPU}}. Work that runs in the calling thread
     * (JDBC on SQLite does) is counted; on a machine shared with other builds the CPU time says
     * what the wall time would be on a quiet one.
     */
    public static double[] alternateWithCpu(Work pilar, Work baseline, int warmups, int runs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            pilar.call();
            baseline.call();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] a = new double[runs];
        double[] b = new double[runs];
        double[] ca = new double[runs];
        double[] cb = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            pilar.call();
            a[i] = (System.nanoTime() - t) / 1e6;
            ca[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
            c = cpu.getCurrentThreadCpuTime();
            t = System.nanoTime();
            baseline.call();
            b[i] = (System.nanoTime() - t) / 1e6;
            cb[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
        }
        return new double[] {median(a), median(b), median(ca), median(cb)};
    }
}
