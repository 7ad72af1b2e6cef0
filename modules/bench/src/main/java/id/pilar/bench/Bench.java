package id.pilar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark command: {@code scripts/bench --size 1000000 [--only registry,rosters] [--work DIR]}.
 * Prints one line per figure and a closing line with the count.
 */
public final class Bench {

    /** Suites by class name, so a module that is not built yet is skipped, not a compile error. */
    static final List<String> SUITES = List.of(
            "id.pilar.bench.registry.RegistryBench",
            "id.pilar.bench.rosters.RostersBench",
            "id.pilar.bench.awards.AwardsBench",
            "id.pilar.bench.intake.IntakeBench",
            "id.pilar.bench.cases.CasesBench",
            "id.pilar.bench.atlas.AtlasBench",
            "id.pilar.bench.security.SecurityBench",
            "id.pilar.bench.app.ApplicationBench",
            "id.pilar.bench.app.SessionBench"); // last: it takes over the registry suite's database

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        int size = 10_000;
        String only = null;
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(args[++i].replace("_", ""));
                case "--only" -> only = args[++i];
                case "--work" -> work = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: bench [--size N] [--only suite,suite] [--work DIR]");
                    System.exit(2);
                }
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("pilar-bench");
        }
        Files.createDirectories(work);
        System.out.println("# Pilar benchmarks: size=" + size + " cores=" + Runtime.getRuntime().availableProcessors()
                + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / 1_048_576 + " java=" + System.getProperty("java.version")
                + " work=" + work);
        List<Figure> figures = new ArrayList<>();
        int failed = 0;
        for (String cls : SUITES) {
            BenchSuite suite;
            try {
                suite = (BenchSuite) Class.forName(cls).getDeclaredConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                System.out.println("# skipped " + cls + " (module not built)");
                continue;
            }
            if (only != null && !List.of(only.split(",")).contains(suite.name())) {
                continue;
            }
            System.out.println("# suite " + suite.name());
            try {
                suite.run(size, work.resolve(suite.name()), f -> {
                    figures.add(f);
                    System.out.println(f.line());
                    System.out.flush();
                });
            } catch (Exception | Error e) {
                failed++;
                System.out.println("# suite " + suite.name() + " FAILED: " + e);
                e.printStackTrace(System.out);
            }
        }
        System.out.println("# " + figures.size() + " figures, " + failed + " suites failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
