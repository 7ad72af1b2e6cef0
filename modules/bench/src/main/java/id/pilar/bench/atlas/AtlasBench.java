package id.pilar.bench.atlas;

import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.atlas.impl.AtlasServiceImpl;
import id.pilar.bench.BenchSuite;
import id.pilar.bench.Figure;
import id.pilar.bench.Stats;
import id.pilar.cases.impl.atlas.CasesAreaFigures;
import id.pilar.cases.impl.demo.CasesDemoData;
import id.pilar.cases.impl.demo.CasesGenerator;
import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.intake.impl.atlas.IntakeAreaFigures;
import id.pilar.registry.impl.atlas.RegistryAreaFigures;
import id.pilar.rosters.impl.atlas.RostersAreaFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.openide.util.Lookup;

/**
 * The vulnerability index (issue 15 item 7): the 44 kelurahan over {@code --size} people (the
 * issue's 1,000,000 at full size) and {@code min(100,000, size)} cases, against a baseline of the
 * same aggregate queries — the four sources' SQL for both periods — run on a plain SQLite
 * connection in the same run. The index's cost above the baseline is Lookup, the permission
 * checks, the pooled connections and the arithmetic; the target is ≤ 2 s.
 *
 * <p>Further atlas measurements (the map's redraw) go in {@link #MORE}.
 */
public final class AtlasBench implements BenchSuite {

    /** Further measurements on the same database, by class name (an {@link AtlasMeasure}); absent ones are skipped. */
    static final List<String> MORE = List.of("id.pilar.bench.atlas.MapRedrawBench");

    private static final int WARMUPS = 2;
    private static final int RUNS = 7;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Override
    public String name() {
        return "atlas";
    }

    @Override
    public void run(int size, Path workDir, Consumer<Figure> out) throws Exception {
        int cases = Math.min(100_000, size);
        Files.createDirectories(workDir);
        Path dbFile = workDir.resolve("atlas.db");
        // -Dpilar.bench.atlas.reuse=true keeps the database of an earlier run of the same size
        // (generating a million people takes longer than the measurement).
        boolean reuse = Boolean.getBoolean("pilar.bench.atlas.reuse") && Files.exists(dbFile);
        if (!reuse) {
            Files.deleteIfExists(dbFile);
        }
        DataKernel.get().open(DatabaseTarget.sqlite(dbFile));
        try {
            if (!reuse) {
                generate(size, cases);
            } else {
                System.out.println("# reused " + dbFile);
            }
            measure(size, cases, dbFile, workDir, out);
        } finally {
            DataKernel.get().close();
        }
    }

    private static void generate(int size, int cases) throws Exception {
        Transactions tx = Transactions.get();
        long t0 = System.nanoTime();
        DemoDataContributor registry = Lookup.getDefault().lookupAll(DemoDataContributor.class).stream()
                .filter(d -> d.moduleId().equals("registry")).findFirst().orElseThrow();
        registry.generate(new DemoDataContext(20261201L, size, DemoDataContext.Progress.NONE));
        ReferenceData ref = ReferenceData.get();
        CasesGenerator.Result r = tx.jdbc(c -> new CasesGenerator(c, "bench").generate(new Random(20261201L),
                new CasesGenerator.Plan(cases, CasesDemoData.WORKERS, ref.kelurahan().stream().map(Kelurahan::kode).toList(),
                        ref.kategori(KategoriKesos.PPKS, false).stream().map(KategoriKesos::kode).toList(), TODAY), () -> false));
        double gen = (System.nanoTime() - t0) / 1e9;
        System.out.println("# generated " + size + " people and " + r + " in " + String.format("%.1f", gen) + " s");
    }

    private static void measure(int size, int cases, Path dbFile, Path workDir, Consumer<Figure> out) throws Exception {
        AtlasServiceImpl atlas = new AtlasServiceImpl();
        VulnerabilityIndex first = atlas.index(TODAY);
        System.out.println("# index over " + first.rows().size() + " kelurahan, " + first.indicators().size() + " indicators; top: "
                + first.rows().get(0).nama() + " " + String.format("%.1f", first.rows().get(0).index()));
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
            Transactions direct = new PlainConnection(plain);
            List<AreaIndicatorSource> sources = List.of(new RegistryAreaFigures(direct), new CasesAreaFigures(direct),
                    new IntakeAreaFigures(direct), new RostersAreaFigures(direct));
            AreaPeriod now = AreaPeriod.daysEndingOn(TODAY, AtlasServiceImpl.PERIOD_DAYS);
            AreaPeriod before = AreaPeriod.daysEndingOn(TODAY.minusDays(AtlasServiceImpl.PERIOD_DAYS), AtlasServiceImpl.PERIOD_DAYS);
            double[] m = compare(() -> atlas.index(TODAY).rows().size(), () -> {
                int n = 0;
                for (AreaIndicatorSource s : sources) {
                    n += s.figures(now).size() + s.figures(before).size();
                }
                return n;
            });
            out.accept(new Figure("atlas.index." + Figure.sizeLabel(size) + "_people." + Figure.sizeLabel(cases) + "_cases",
                    m[0], "ms", m[1], "<=2000_ms"));
        }
        for (String cls : MORE) {
            AtlasMeasure more;
            try {
                more = (AtlasMeasure) Class.forName(cls).getDeclaredConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                System.out.println("# skipped " + cls + " (not built)");
                continue;
            }
            more.run(size, workDir, out);
        }
    }

    private interface Work {
        int call() throws Exception;
    }

    private static double[] compare(Work pilar, Work baseline) throws Exception {
        return Stats.alternate(pilar::call, baseline::call, WARMUPS, RUNS);
    }

    /** The sources' SQL on one plain connection: no pool, no session, no kernel. */
    private record PlainConnection(Connection c) implements Transactions {
        @Override
        public <T> T inTransaction(Function<Session, T> work) {
            throw new UnsupportedOperationException("baseline runs plain SQL only");
        }

        @Override
        public <T> T read(Function<Session, T> work) {
            throw new UnsupportedOperationException("baseline runs plain SQL only");
        }

        @Override
        public <T> T jdbc(JdbcWork<T> work) {
            return query(work);
        }

        @Override
        public <T> T query(JdbcWork<T> work) {
            try {
                return work.execute(c);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
