package id.pilar.bench.app;

import id.pilar.bench.BenchSuite;
import id.pilar.bench.Figure;
import id.pilar.bench.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        if (!Desktop.appBuilt()) {
            System.out.println("# app: " + Desktop.APP + " not built (run mvn install first); start-up figures skipped");
            return;
        }
        Files.createDirectories(workDir);
        Path bare = barePlatform(Desktop.APP, workDir.resolve("bare"));
        try (Desktop desktop = Desktop.open(workDir)) {
            List<Long> pilarWindow = new ArrayList<>();
            List<Long> pilarData = new ArrayList<>();
            List<Long> bareWindow = new ArrayList<>();
            List<Long> bareRss = new ArrayList<>();
            List<Long> pilarRss = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                Start b = start(desktop, bare, workDir.resolve("home-bare-" + i), false);
                bareWindow.add(b.windowMs);
                bareRss.add(b.rssKb);
                Start p = start(desktop, Desktop.APP, workDir.resolve("home-pilar-" + i), true);
                pilarWindow.add(p.windowMs);
                pilarData.add(p.dataMs);
                pilarRss.add(p.rssKb);
            }
            double bareMed = Stats.median(bareWindow);
            out.accept(new Figure("app.start.window", Stats.median(pilarWindow), "ms", bareMed, "<=1.2x bare platform"));
            // With user accounts the start page shows data only after a person logs in; "ready" is
            // the database open, migrated and the start page waiting for that login. The session
            // suite measures the rest (login to data on screen) on the big database.
            out.accept(new Figure("app.start.ready", Stats.median(pilarData), "ms", bareMed, "<=1.2x bare platform; <=10000 ms"));
            out.accept(new Figure("app.memory.rss_after_start", Stats.median(pilarRss) / 1024.0, "MB", Stats.median(bareRss) / 1024.0, "<=450 MB"));
        }
    }

    private record Start(long windowMs, long dataMs, long rssKb) {
    }

    /** A copy of the launcher whose cluster list lacks the pilar cluster; big folders are linked. */
    static Path barePlatform(Path app, Path bare) throws IOException {
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

    private static Start start(Desktop desktop, Path app, Path home, boolean pilar) throws Exception {
        long t0 = System.nanoTime();
        Process p = desktop.launch(app, home, List.of());
        try {
            String titles = pilar ? "^Pilar$" : "^Apache NetBeans Platform";
            long window = -1;
            long data = -1;
            Path log = home.resolve(".pilar/dev/var/log/messages.log");
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            while (System.currentTimeMillis() < deadline && (window < 0 || (pilar && data < 0))) {
                if (window < 0 && desktop.window(titles).isPresent()) {
                    window = (System.nanoTime() - t0) / 1_000_000;
                }
                if (pilar && data < 0 && Files.exists(log) && Files.readString(log).contains("PILAR-BERANDA-READY")) {
                    data = (System.nanoTime() - t0) / 1_000_000;
                }
                Thread.sleep(50);
            }
            if (window < 0) {
                throw new IllegalStateException("no window within " + TIMEOUT_MS + " ms (" + app + ")");
            }
            Thread.sleep(2000); // let start-up work settle before reading memory
            return new Start(window, data, Desktop.rssKb(home));
        } finally {
            Desktop.stop(p);
        }
    }

}
