package id.pilar.bench.registry;

import id.pilar.bench.BenchSuite;
import id.pilar.bench.Figure;
import id.pilar.bench.Stats;
import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.api.DtsenImportResult;
import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.impl.DuplicateServiceImpl;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.registry.impl.demo.DtsenCsvWriter;
import id.pilar.registry.impl.demo.RegistryDemoData;
import id.pilar.registry.impl.demo.RegistryGenerator;
import id.pilar.registry.impl.dtsen.DtsenImportImpl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Registry figures, each against a baseline measured in the same run: DTSEN import vs the
 * {@code sqlite3} CLI's {@code .import} of the same file into a bare table; person search through
 * the service vs the same index query through plain JDBC; the duplicate scan with recall and
 * precision against the generator's planted duplicates.
 */
public final class RegistryBench implements BenchSuite {

    private static final long SEED = 20260621L;
    private static final int SEARCH_RUNS = 1000;

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public void run(int size, Path workDir, Consumer<Figure> out) throws Exception {
        Files.createDirectories(workDir);
        Path dbFile = workDir.resolve("registry-" + size + ".db");
        // For working on one figure: -Dpilar.bench.registry.reuse=true keeps the people of an earlier
        // run (the planted pairs are made again, without writing), -Dpilar.bench.registry.parts=scan
        // measures only some of import, search, scan.
        boolean reuse = Boolean.getBoolean("pilar.bench.registry.reuse") && Files.exists(dbFile);
        List<String> parts = List.of(System.getProperty("pilar.bench.registry.parts", "import,search,scan").split(","));
        if (!reuse) {
            Files.deleteIfExists(dbFile);
        }
        DataKernel.get().open(DatabaseTarget.sqlite(dbFile));
        try {
            Transactions tx = Transactions.get();
            long t0 = System.nanoTime();
            RegistryGenerator.Result people = reuse ? planted(size)
                    : new RegistryGenerator(tx, "bench").generate(SEED, size, RegistryDemoData.DUPLICATE_RATE,
                    ReferenceData.get().kelurahan(), null, () -> false);
            System.out.println("# " + (reuse ? "reused " : "generated ") + people.people() + " people, " + people.households() + " households, "
                    + people.plantedPairs().size() + " planted duplicates in " + seconds(t0) + " s");
            if (reuse) {
                tx.jdbc(c -> {
                    try (Statement st = c.createStatement()) {
                        st.executeUpdate("DELETE FROM reg_duplikat");
                        if (parts.contains("import")) {
                            // The import is measured into an empty DTSEN table, as in a fresh run
                            // (an earlier run's rows would make it a re-import, another path).
                            st.executeUpdate("DELETE FROM dtsen_riwayat");
                            st.executeUpdate("DELETE FROM dtsen_person");
                            st.executeUpdate("DELETE FROM dtsen_impor");
                        }
                    }
                    return null;
                });
            }
            if (!parts.contains("import") && !parts.contains("search")) {
                scanFigures(size, people, out);
                return;
            }

            Path csv = workDir.resolve("dtsen-" + size + ".csv");
            DtsenCsvWriter.write(csv, size, SEED, 0.001, ReferenceData.get().kelurahan());
            System.out.println("# DTSEN extract " + csv + " " + Files.size(csv) / 1_048_576 + " MB");
            if (parts.contains("import")) {
                importFigures(size, workDir, csv, out);
            }
            if (parts.contains("search")) {
                searchFigures(size, tx, dbFile, out);
            }
            if (parts.contains("scan")) {
                scanFigures(size, people, out);
            }
        } finally {
            DataKernel.get().close();
        }
    }

    private static void importFigures(int size, Path workDir, Path csv, Consumer<Figure> out) throws Exception {
        double baseline = sqliteImport(workDir, csv);
        // Resolve who acts before the clock starts, as the application has at the login: the first
        // permission check of a fresh JVM counts the accounts through Hibernate (8 s under load),
        // which is the security module's start-up, not the import. The import's own check is timed.
        id.pilar.core.api.security.AccessControl.get().isPermitted(id.pilar.registry.api.RegistryPermissions.DTSEN_IMPORT);
        ThreadCpu cpuBefore = ThreadCpu.now();
        long t = System.nanoTime();
        id.pilar.registry.impl.dtsen.ImportPhases phases = new id.pilar.registry.impl.dtsen.ImportPhases();
        DtsenImportResult r = new DtsenImportImpl(Transactions.get()).importFile(csv, null, null, null, () -> false, phases);
        double pilar = seconds(t);
        String cpu = ThreadCpu.now().since(cpuBefore, "the import (\"java\" is the writer)");
        if (cpu != null) {
            System.out.println(cpu);
        }
        System.out.println("# pilar import: " + r.summaryLine());
        System.out.println("# import phases (splitting thread: parse; checking thread: validate; writer thread: the rest), each also as a share of sqlite3 .import "
                + String.format(java.util.Locale.ROOT, "%.3f s:", baseline));
        phases.seconds().forEach((k, v) -> System.out.println(String.format(java.util.Locale.ROOT, "#   %-16s %7.3f s  %5.2fx", k, v, v / baseline)));
        out.accept(new Figure("registry.import." + label(size), pilar, "s", baseline, "<=2x sqlite3 .import"));
    }

    /** The CLI's own import of the same file into a bare table of a fresh database. */
    private static double sqliteImport(Path workDir, Path csv) throws Exception {
        Path bare = workDir.resolve("bare.db");
        Files.deleteIfExists(bare);
        Path script = workDir.resolve("import.sql");
        Files.writeString(script, ".separator |\n.import " + csv.toAbsolutePath() + " dtsen\n", StandardCharsets.UTF_8);
        // The JVM's first child process costs it 15-20 ms (its process classes, the reaper thread):
        // start one untimed, so the baseline is the CLI's import and not this JVM's first fork.
        new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        long t = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", bare.toString()).redirectInput(script.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("sqlite3.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 .import failed, see " + workDir.resolve("sqlite3.log"));
        }
        double s = seconds(t);
        Files.deleteIfExists(bare);
        return s;
    }

    private static void searchFigures(int size, Transactions tx, Path dbFile, Consumer<Figure> out) throws Exception {
        List<String[]> samples = samples(dbFile);
        PersonSearchImpl service = new PersonSearchImpl(tx);
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
            String[] kinds = {"name", "nik", "kk"};
            for (int k = 0; k < kinds.length; k++) {
                final int kind = k;
                List<String> queries = new ArrayList<>();
                for (String[] s : samples) {
                    queries.add(query(s, kind));
                }
                // Warm both paths (JIT, page cache) as in a running application, then measure
                // alternately so neither gets a warmer cache.
                for (int r = 0; r < 3; r++) {
                    for (String q : queries) {
                        service.search(q, 50);
                        plainQuery(plain, q, kind);
                    }
                }
                long[] svc = new long[SEARCH_RUNS];
                long[] jdbc = new long[SEARCH_RUNS];
                for (int i = 0; i < SEARCH_RUNS; i++) {
                    String q = queries.get(i % queries.size());
                    long t = System.nanoTime();
                    service.search(q, 50);
                    svc[i] = System.nanoTime() - t;
                    t = System.nanoTime();
                    plainQuery(plain, q, kind);
                    jdbc[i] = System.nanoTime() - t;
                }
                out.accept(new Figure("registry.search." + kinds[k] + ".p50." + label(size), Stats.percentileMs(svc, 50), "ms", Stats.percentileMs(jdbc, 50), "<=3x plain JDBC"));
                out.accept(new Figure("registry.search." + kinds[k] + ".p95." + label(size), Stats.percentileMs(svc, 95), "ms", Stats.percentileMs(jdbc, 95),
                        "<=5ms and <=3x plain JDBC"));
            }
        }
    }

    /** What a clerk types: the start of two name words, a whole NIK, a whole KK. */
    private static String query(String[] s, int kind) {
        return switch (kind) {
            case 0 -> {
                String[] w = s[0].split(" ");
                String q = w[0].substring(0, Math.min(4, w[0].length()));
                yield w.length > 1 ? q + " " + w[1].substring(0, Math.min(3, w[1].length())) : q;
            }
            case 1 -> s[1];
            default -> s[2];
        };
    }

    /** The index query the service runs, on a bare connection: the floor the service is compared with. */
    private static int plainQuery(Connection c, String q, int kind) throws Exception {
        String sql;
        String prefix;
        if (kind == 0) {
            String[] w = q.split(" ");
            prefix = Arrays.stream(w).max((a, b) -> a.length() - b.length()).orElseThrow().toLowerCase();
            sql = "SELECT p.id, p.nomor_registri, p.nik, p.nama, p.jenis_kelamin, p.tanggal_lahir, p.kode_kelurahan, p.status,"
                    + " p.nama_kanonik, p.alias_kanonik, p.alamat_jalan FROM reg_person_token t JOIN reg_person p ON p.id = t.person_id"
                    + " WHERE t.token >= ? AND t.token < ? LIMIT 50";
        } else if (kind == 1) {
            prefix = q;
            sql = "SELECT p.id, p.nomor_registri, p.nik, p.nama, p.jenis_kelamin, p.tanggal_lahir, p.kode_kelurahan, p.status"
                    + " FROM reg_person p WHERE p.nik >= ? AND p.nik < ? LIMIT 50";
        } else {
            prefix = q;
            sql = "SELECT p.id, p.nomor_registri, p.nik, p.nama, p.jenis_kelamin, p.tanggal_lahir, p.kode_kelurahan, p.status"
                    + " FROM reg_household h JOIN reg_household_anggota m ON m.household_id = h.id AND m.selesai IS NULL"
                    + " JOIN reg_person p ON p.id = m.person_id WHERE h.nomor_kk >= ? AND h.nomor_kk < ? LIMIT 50";
        }
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, prefix);
            ps.setString(2, prefix + '\uFFFF');
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                    rs.getString(4);
                    n++;
                }
            }
        }
        return n;
    }

    /** Random people with a NIK and a household: (name, NIK, KK). */
    private static List<String[]> samples(Path dbFile) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT p.nama_kanonik, p.nik, h.nomor_kk FROM reg_person p"
                        + " JOIN reg_household_anggota m ON m.person_id = p.id JOIN reg_household h ON h.id = m.household_id"
                        + " WHERE p.nik IS NOT NULL AND abs(random()) % 50 = 0 LIMIT 400")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        java.util.Collections.shuffle(out, new Random(SEED));
        return out;
    }

    private static void scanFigures(int size, RegistryGenerator.Result people, Consumer<Figure> out) throws Exception {
        DuplicateService.ScanResult r = new DuplicateServiceImpl(Transactions.get()).scan(() -> false);
        Set<String> found = new HashSet<>();
        Transactions.get().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT person_a, person_b FROM reg_duplikat")) {
                while (rs.next()) {
                    found.add(rs.getString(1) + "|" + rs.getString(2));
                }
            }
            return null;
        });
        long hit = 0;
        Set<String> planted = new HashSet<>();
        Map<String, PlantedKinds.Count> kinds = new TreeMap<>();
        Map<String, Long> falsePositives = Transactions.get().jdbc(c -> {
            try (PreparedStatement ps = PlantedKinds.statement(c)) {
                for (String[] p : people.plantedPairs()) {
                    String k = p[0].compareTo(p[1]) < 0 ? p[0] + "|" + p[1] : p[1] + "|" + p[0];
                    planted.add(k);
                    PlantedKinds.Person a = PlantedKinds.read(ps, p[0]);
                    PlantedKinds.Person b = PlantedKinds.read(ps, p[1]);
                    PlantedKinds.count(kinds, a == null || b == null ? "unreadable" : PlantedKinds.kind(a, b), found.contains(k));
                }
            }
            return PlantedKinds.falsePositives(c, found, planted);
        });
        for (String k : planted) {
            if (found.contains(k)) {
                hit++;
            }
        }
        System.out.println("# planted duplicates by what changed (name change, birth date):");
        PlantedKinds.lines(kinds).forEach(l -> System.out.println("#   " + l));
        System.out.println("# queued pairs that were not planted, by what differs:");
        falsePositives.forEach((k, n) -> System.out.println("#   " + k + ": " + n));
        double recall = people.plantedPairs().isEmpty() ? 100 : 100.0 * hit / people.plantedPairs().size();
        double precision = found.isEmpty() ? 100 : 100.0 * hit / found.size();
        System.out.println("# scan: " + r.compared() + " comparisons, " + found.size() + " pairs queued");
        out.accept(new Figure("registry.dupscan." + label(size), r.millis() / 1000.0, "s", Double.NaN, "<=60s at 1M"));
        out.accept(new Figure("registry.dupscan.recall." + label(size), recall, "%", Double.NaN, "planted pairs found"));
        out.accept(new Figure("registry.dupscan.precision." + label(size), precision, "%", Double.NaN, "queued pairs that are planted"));
    }


    /** The planted pairs of the people an earlier run wrote with the same seed and size (the factory is deterministic). */
    private static RegistryGenerator.Result planted(int size) {
        id.pilar.registry.impl.demo.PersonFactory f = new id.pilar.registry.impl.demo.PersonFactory(SEED, ReferenceData.get().kelurahan(),
                RegistryDemoData.DUPLICATE_RATE);
        List<String[]> pairs = new ArrayList<>();
        int n = 0;
        int households = 0;
        while (n < size) {
            var h = f.next();
            households++;
            n += h.members().size();
            for (var p : h.members()) {
                if (p.duplicateOf() != null) {
                    pairs.add(new String[] {p.duplicateOf(), p.id()});
                }
            }
        }
        return new RegistryGenerator.Result(n, households, pairs);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String label(int size) {
        return Figure.sizeLabel(size);
    }
}
