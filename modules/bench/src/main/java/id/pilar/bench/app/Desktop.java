package id.pilar.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The desktop the application suites drive: an Xvfb display (started here unless {@code DISPLAY}
 * is set), the built launcher started with a fresh home, and {@code xdotool} for windows, clicks
 * and keys. The X server has no window manager, so a window gets the keyboard by a click in it.
 */
final class Desktop implements AutoCloseable {

    static final Path APP = Path.of("application/target/pilar").toAbsolutePath();

    private final String display;
    private final Process xvfb;

    private Desktop(String display, Process xvfb) {
        this.display = display;
        this.xvfb = xvfb;
    }

    static boolean appBuilt() {
        return Files.isExecutable(APP.resolve("bin/pilar"));
    }

    /** The display from the environment, or a new Xvfb on the first free display number. */
    static Desktop open(Path workDir) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isEmpty()) {
            return new Desktop(display, null);
        }
        for (int n = 95; n < 140; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue; // another X server (or a stale lock) holds this display
            }
            // -noreset: by default the server resets when its last client leaves (our readiness
            // probe, a stopped application) and refuses connections meanwhile; a start that met
            // that moment failed with "Can't connect to X11 window server".
            Process x = new ProcessBuilder("Xvfb", ":" + n, "-noreset", "-screen", "0", "1400x900x24").redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("xvfb-" + n + ".log").toFile()).start();
            Desktop d = new Desktop(":" + n, x);
            for (int i = 0; i < 100 && x.isAlive(); i++) {
                // Ours only if our process still runs: a server that is shutting down on this
                // number can still answer once and then leave the display empty.
                if (d.xdotool("getdisplaygeometry").exit == 0 && x.isAlive()) {
                    return d;
                }
                Thread.sleep(100);
            }
            d.close(); // lost the race for this number (or it did not start): try the next one
        }
        throw new IllegalStateException("no Xvfb display could be started (:95 to :139)");
    }

    String display() {
        return display;
    }

    /** Starts {@code app}'s launcher with {@code home} as HOME (its user directory lives there). */
    Process launch(Path app, Path home, List<String> args) throws IOException {
        Files.createDirectories(home);
        List<String> cmd = new ArrayList<>();
        cmd.add(app.resolve("bin/pilar").toString());
        cmd.add("--nosplash");
        cmd.addAll(args);
        // Java preferences (backup settings, a stored backup passphrase) of this home, not of the
        // OS account running the benchmark: every run starts from the same settings.
        cmd.add("-J-Djava.util.prefs.userRoot=" + home.resolve(".java"));
        String extra = System.getenv("PILAR_BENCH_APP_OPTS"); // e.g. -J-XX:NativeMemoryTracking=summary, to look inside
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve("out.log").toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("DISPLAY", display);
        return pb.start();
    }

    /** Stops a launched application and everything it started. */
    static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    /** The first visible window whose title matches, if any. */
    Optional<String> window(String titleRegex) throws Exception {
        Result r = xdotool("search", "--onlyvisible", "--name", titleRegex);
        return r.out.lines().filter(l -> l.matches("\\d+")).findFirst();
    }

    String awaitWindow(String titleRegex, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            Optional<String> w = window(titleRegex);
            if (w.isPresent()) {
                return w.get();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no window '" + titleRegex + "' within " + timeoutMs + " ms");
    }

    /** Width and height of a window. */
    int[] size(String window) throws Exception {
        String out = xdotool("getwindowgeometry", "--shell", window).out;
        int w = 0;
        int h = 0;
        for (String l : out.split("\n")) {
            if (l.startsWith("WIDTH=")) {
                w = Integer.parseInt(l.substring(6).trim());
            } else if (l.startsWith("HEIGHT=")) {
                h = Integer.parseInt(l.substring(7).trim());
            }
        }
        return new int[] {w, h};
    }

    /**
     * Puts the window on top, as a window manager keeps a modal dialog above its owner: with none,
     * a window mapped later (the main window after the login dialog) covers it, and a click meant
     * for the dialog lands on the other window.
     */
    void raise(String window) throws Exception {
        check(xdotool("windowraise", window));
    }

    /** A click at (x, y) inside the window: gives it the keyboard (there is no window manager). */
    void click(String window, int x, int y) throws Exception {
        check(xdotool("mousemove", "--window", window, String.valueOf(x), String.valueOf(y), "click", "1"));
    }

    void type(String text) throws Exception {
        check(xdotool("type", "--delay", "15", text));
    }

    /** Keys by X name, e.g. {@code ctrl+shift+p}, {@code Return}, {@code BackSpace}. */
    void key(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("key", "--delay", "15"));
        args.addAll(List.of(keys));
        check(xdotool(args.toArray(String[]::new)));
    }

    /** Resident memory (kB) of the JVM started with this home: its command line names the home. */
    static long rssKb(Path home) throws Exception {
        Process ps = new ProcessBuilder("ps", "-eo", "rss=,args=").redirectErrorStream(true).start();
        String text = new String(ps.getInputStream().readAllBytes());
        ps.waitFor();
        return text.lines().filter(l -> l.contains("java") && l.contains(home.toString()))
                .mapToLong(l -> Long.parseLong(l.trim().split("\\s+")[0])).max().orElse(0);
    }

    private record Result(int exit, String out) {
    }

    private Result xdotool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("xdotool");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process x = pb.start();
        String out = new String(x.getInputStream().readAllBytes()).trim();
        return new Result(x.waitFor(), out);
    }

    private static void check(Result r) {
        if (r.exit != 0) {
            throw new IllegalStateException("xdotool failed: " + r.out);
        }
    }

    /** Stops our Xvfb and waits for it, so the next suite never meets a server that is going away. */
    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
            try {
                if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                    xvfb.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
