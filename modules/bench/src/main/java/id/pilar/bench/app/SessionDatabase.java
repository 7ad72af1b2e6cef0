package id.pilar.bench.app;

import id.pilar.bench.Figure;
import id.pilar.bench.rosters.RostersBench;
import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.impl.demo.RegistryDemoData;
import id.pilar.registry.impl.demo.RegistryGenerator;
import id.pilar.rosters.impl.demo.RostersGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/**
 * The database a clerk's session is measured on: N people (the registry suite's file when it ran
 * in this work folder: people, a DTSEN extract of N rows and the duplicate queue), the pillars'
 * rosters at the same scale, and an administrator made by the launcher's own
 * {@code --first-admin}, so the security module's migrations run as they would in an office.
 */
final class SessionDatabase {

    static final String USER = "bench";
    static final String PASSWORD = "bench-kata-sandi-1";
    private static final long SEED = 20260621L;

    private SessionDatabase() {
    }

    /** Prepares the file once per work folder and size; later runs reuse it. */
    static Path prepare(int size, Path workDir) throws Exception {
        String label = Figure.sizeLabel(size);
        Path db = workDir.resolve("session-" + label + ".db");
        Path ready = workDir.resolve("session-" + label + ".ready");
        if (Files.exists(ready) && Files.exists(db)) {
            System.out.println("# session: reusing " + db);
            return db;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        Path fromRegistry = workDir.resolveSibling("registry").resolve("registry-" + size + ".db");
        boolean reuse = Files.exists(fromRegistry) && !Files.exists(Path.of(fromRegistry + "-wal"));
        if (reuse) {
            Files.move(fromRegistry, db, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("# session: the registry suite's database (people, DTSEN extract, duplicate queue)");
        }
        long t0 = System.nanoTime();
        DataKernel.get().open(DatabaseTarget.sqlite(db));
        try {
            Transactions tx = Transactions.get();
            if (!reuse) {
                RegistryGenerator.Result people = new RegistryGenerator(tx, "bench").generate(SEED, size,
                        RegistryDemoData.DUPLICATE_RATE, ReferenceData.get().kelurahan(), null, () -> false);
                System.out.println("# session: generated " + people.people() + " people");
            }
            RostersGenerator.Result r = RostersBench.generate(tx, size);
            System.out.println("# session: generated rosters " + r);
        } finally {
            DataKernel.get().close();
        }
        firstAdmin(db, workDir.resolve("home-admin"));
        System.out.printf("# session: database ready in %.1f s: %s (%d MB)%n", (System.nanoTime() - t0) / 1e9, db,
                Files.size(db) / 1_048_576);
        Files.writeString(ready, "prepared\n");
        return db;
    }

    /** The launcher in batch mode: migrates the security module and creates the administrator. */
    private static void firstAdmin(Path db, Path home) throws Exception {
        Files.createDirectories(home);
        ProcessBuilder pb = new ProcessBuilder(Desktop.APP.resolve("bin/pilar").toString(), "--nogui", "--db", db.toString(),
                "--first-admin").redirectErrorStream(true).redirectOutput(home.resolve("first-admin.log").toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("PILAR_USER", USER);
        pb.environment().put("PILAR_PASSWORD", PASSWORD);
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("--first-admin failed, see " + home.resolve("first-admin.log"));
        }
    }
}
