package id.pilar.bench.app;

import id.pilar.bench.BenchSuite;
import id.pilar.bench.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Start-up and memory of the built application under Xvfb.
 *
 * <p>Baseline: the same launcher starting the bare platform (the {@code pilar} cluster, which
 * holds every Pilar module and the branding, removed from the cluster list), measured in the
 * same run, alternating with Pilar runs so that both see the same machine noise. Each start uses
 * a fresh user directory and home, so both include building the module caches.
 */
public final class ApplicationBench implements BenchSuite {

    private static final int RUNS = 3;
    private static final long TIMEOUT_MS = 120_000;

    @Override
    public String name() {
        return "app";
    }

    @Override
    public void run(int size, Path workDir, Consumer<Figure> out) throws Exception {
        Path app = Path.of("application/target/pilar").toAbsolutePath();
        if (!Files.isExecutable(app.resolve("bin/pilar"))) {
            System.out.println("# app: " + app + " not built (run mvn install first); start-up figures skipped");
            return;
        }
        Files.createDirectories(workDir);
        Path bare = barePlatform(app, workDir.resolve("bare"));
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isEmpty()) {
            int n = 95;
            while (Files.exists(Path.of("/tmp/.X" + n + "-lock")) && n < 140) {
                n++; // another X server (or a stale lock) holds this display
            }
            display = ":" + n;
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1400x900x24").redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("xvfb.log").toFile()).start();
            awaitDisplay(display);
        }
        try {
            List<Long> pilarWindow = new ArrayList<>();
            List<Long> pilarData = new ArrayList<>();
            List<Long> bareWindow = new ArrayList<>();
            long rssKb = 0;
            for (int i = 0; i < RUNS; i++) {
                Start b = start(bare, workDir.resolve("home-bare-" + i), display, false);
                bareWindow.add(b.windowMs);
                Start p = start(app, workDir.resolve("home-pilar-" + i), display, true);
                pilarWindow.add(p.windowMs);
                pilarData.add(p.dataMs);
                rssKb = Math.max(rssKb, p.rssKb);
            }
            double bareMed = median(bareWindow);
            out.accept(new Figure("app.start.window", median(pilarWindow), "ms", bareMed, "<=1.2x bare platform"));
            // With user accounts the start page shows data only after a person logs in; "ready" is
            // the database open, migrated and the start page waiting for that login.
            out.accept(new Figure("app.start.ready", median(pilarData), "ms", bareMed, "<=1.2x bare platform; <=10000 ms"));
            out.accept(new Figure("app.memory.rss_after_start", rssKb / 1024.0, "MB", Double.NaN, "<=450 MB"));
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    private record Start(long windowMs, long dataMs, long rssKb) {
    }

    /** Waits until the X server answers, so the first start is not timed against its boot. */
    private static void awaitDisplay(String display) throws Exception {
        for (int i = 0; i < 100; i++) {
            ProcessBuilder pb = new ProcessBuilder("xdotool", "getdisplaygeometry").redirectErrorStream(true);
            pb.environment().put("DISPLAY", display);
            Process x = pb.start();
            x.getInputStream().readAllBytes();
            if (x.waitFor() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Xvfb " + display + " did not start");
    }

    /** A copy of the launcher whose cluster list lacks the pilar cluster; big folders are linked. */
    private static Path barePlatform(Path app, Path bare) throws IOException {
        if (Files.exists(bare.resolve("etc/pilar.clusters"))) {
            return bare;
        }
        Files.createDirectories(bare.resolve("etc"));
        Files.createDirectories(bare.resolve("bin"));
        Files.copy(app.resolve("bin/pilar"), bare.resolve("bin/pilar"));
        bare.resolve("bin/pilar").toFile().setExecutable(true);
        Files.copy(app.resolve("etc/pilar.conf"), bare.resolve("etc/pilar.conf"));
        List<String> clusters = new ArrayList<>();
        for (String c : Files.readAllLines(app.resolve("etc/pilar.clusters"))) {
            if (!c.isBlank() && !c.trim().equals("pilar")) {
                clusters.add(c);
                if (!Files.exists(bare.resolve(c))) {
                    Files.createSymbolicLink(bare.resolve(c), app.resolve(c));
                }
            }
        }
        Files.write(bare.resolve("etc/pilar.clusters"), clusters);
        return bare;
    }

    private static Start start(Path app, Path home, String display, boolean pilar) throws Exception {
        Files.createDirectories(home);
        ProcessBuilder pb = new ProcessBuilder(app.resolve("bin/pilar").toString(), "--nosplash")
                .redirectErrorStream(true).redirectOutput(home.resolve("out.log").toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("DISPLAY", display);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            String titles = pilar ? "^Pilar$" : "^Apache NetBeans Platform";
            long window = -1;
            long data = -1;
            Path log = home.resolve(".pilar/dev/var/log/messages.log");
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            while (System.currentTimeMillis() < deadline && (window < 0 || (pilar && data < 0))) {
                if (window < 0 && windowShown(display, titles)) {
                    window = (System.nanoTime() - t0) / 1_000_000;
                }
                if (pilar && data < 0 && Files.exists(log) && Files.readString(log).contains("PILAR-BERANDA-READY")) {
                    data = (System.nanoTime() - t0) / 1_000_000;
                }
                Thread.sleep(50);
            }
            long rss = 0;
            if (pilar) {
                Thread.sleep(2000);
                rss = rssOfJava(home);
            }
            if (window < 0) {
                throw new IllegalStateException("no window within " + TIMEOUT_MS + " ms (" + app + ")");
            }
            return new Start(window, data, rss);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean windowShown(String display, String titleRegex) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", titleRegex);
        pb.environment().put("DISPLAY", display);
        Process x = pb.redirectErrorStream(true).start();
        String outText = new String(x.getInputStream().readAllBytes()).trim();
        x.waitFor();
        return !outText.isEmpty() && outText.lines().anyMatch(l -> l.matches("\\d+"));
    }

    /** Resident memory of the JVM started with this home (its command line names the home). */
    private static long rssOfJava(Path home) throws Exception {
        Process ps = new ProcessBuilder("ps", "-eo", "rss=,args=").redirectErrorStream(true).start();
        String text = new String(ps.getInputStream().readAllBytes());
        ps.waitFor();
        return text.lines().filter(l -> l.contains("java") && l.contains(home.toString()))
                .mapToLong(l -> Long.parseLong(l.trim().split("\\s+")[0])).max().orElse(0);
    }

    private static double median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }
}
