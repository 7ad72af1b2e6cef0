package id.pilar.bench.registry;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this process per kind of thread, read from Linux's {@code /proc} (in clock ticks,
 * 10 ms here): for the import, how much of the two cores the JIT compilers took beside the
 * writer and the reading threads. Threads that ended between two snapshots (the import's own
 * reading threads) show up as the difference to the process's total. Elsewhere the snapshot is
 * empty and nothing is printed.
 */
final class ThreadCpu {

    private static final String PROCESS = "(process)";

    private final Map<String, Long> ticks;

    private ThreadCpu(Map<String, Long> ticks) {
        this.ticks = ticks;
    }

    static ThreadCpu now() {
        Map<String, Long> m = new TreeMap<>();
        Path self = Path.of("/proc/self");
        if (!Files.isDirectory(self.resolve("task"))) {
            return new ThreadCpu(m);
        }
        try {
            m.put(PROCESS, ticks(Files.readString(self.resolve("stat"))));
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(self.resolve("task"))) {
                for (Path t : tasks) {
                    String stat = Files.readString(t.resolve("stat"));
                    // "C2 CompilerThread0", "GC Thread#1": one line per kind, not per thread
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[#\\d]+$", "");
                    m.merge(t.getFileName() + " " + name, ticks(stat), Long::sum);
                }
            }
        } catch (IOException | RuntimeException e) {
            m.clear(); // a thread that ended while being read: no figures rather than wrong ones
        }
        return new ThreadCpu(m);
    }

    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
    }

    /** "# cpu since …" line: seconds per kind of thread between {@code before} and this snapshot. */
    String since(ThreadCpu before, String what) {
        if (ticks.isEmpty() || before.ticks.isEmpty()) {
            return null;
        }
        Map<String, Long> kinds = new TreeMap<>();
        long threads = 0;
        for (Map.Entry<String, Long> e : ticks.entrySet()) {
            if (e.getKey().equals(PROCESS)) {
                continue;
            }
            long d = e.getValue() - before.ticks.getOrDefault(e.getKey(), 0L);
            threads += d;
            if (d > 0) {
                kinds.merge(e.getKey().substring(e.getKey().indexOf(' ') + 1), d, Long::sum);
            }
        }
        long process = ticks.get(PROCESS) - before.ticks.get(PROCESS);
        kinds.put("threads that ended", Math.max(0, process - threads));
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "# cpu of %s: %.2f s in all;", what, process / 100.0));
        kinds.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.2f;", k, v / 100.0)));
        return b.toString();
    }
}
