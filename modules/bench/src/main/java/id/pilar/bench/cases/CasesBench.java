package id.pilar.bench.cases;

import id.pilar.bench.BenchSuite;
import id.pilar.bench.Figure;
import id.pilar.bench.Stats;
import id.pilar.cases.api.CaseImport;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseFilter;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.CaseSummaryExport;
import id.pilar.cases.impl.CaseQueries;
import id.pilar.cases.impl.demo.CasesDemoData;
import id.pilar.cases.impl.demo.CasesGenerator;
import id.pilar.cases.ui.CaseWindowModel;
import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import id.pilar.ui.api.UiExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.openide.util.Lookup;

/**
 * Case figures (issue 12): filtering 100,000 cases against the same SQL on a plain connection
 * and the same indexes, opening a case with 200 timeline entries, the case summary PDF, and the
 * import of 10,000 old cases — the sizes from {@code --size 100000} up; smaller runs (CI's
 * check that the command still works) use {@code size} cases and {@code size / 10} imports.
 * {@code -Dpilar.bench.cases.count=N} and {@code -Dpilar.bench.cases.import=N} override them;
 * the registry behind them is {@code --size} people (at least 5,000).
 */
public final class CasesBench implements BenchSuite {

    private static final int WARMUPS = 5;
    private static final int RUNS = 11;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public void run(int size, Path workDir, Consumer<Figure> out) throws Exception {
        int cases = Integer.getInteger("pilar.bench.cases.count", Math.min(100_000, size));
        int imports = Integer.getInteger("pilar.bench.cases.import", Math.min(10_000, Math.max(100, size / 10)));
        Files.createDirectories(workDir);
        Path dbFile = workDir.resolve("cases.db");
        Files.deleteIfExists(dbFile);
        DataKernel.get().open(DatabaseTarget.sqlite(dbFile));
        try {
            Transactions tx = Transactions.get();
            long t0 = System.nanoTime();
            DemoDataContributor registry = Lookup.getDefault().lookupAll(DemoDataContributor.class).stream()
                    .filter(d -> d.moduleId().equals("registry")).findFirst().orElseThrow();
            registry.generate(new DemoDataContext(20260621L, Math.max(5_000, size), DemoDataContext.Progress.NONE));
            ReferenceData ref = ReferenceData.get();
            CasesGenerator.Result r = tx.jdbc(c -> new CasesGenerator(c, "bench").generate(new Random(20260621L),
                    new CasesGenerator.Plan(cases, CasesDemoData.WORKERS, ref.kelurahan().stream().map(Kelurahan::kode).toList(),
                            ref.kategori(KategoriKesos.PPKS, false).stream().map(KategoriKesos::kode).toList(), TODAY), () -> false));
            double gen = (System.nanoTime() - t0) / 1e9;
            System.out.println("# generated " + Math.max(5_000, size) + " people and " + r + " in " + String.format("%.1f", gen) + " s");
            out.accept(new Figure("cases.generate." + Figure.sizeLabel(cases), gen, "s", Double.NaN, ""));

            CaseService service = CaseService.get();
            String kel = ref.kelurahan().get(3).kode();
            List<CaseFilter> filters = List.of(
                    new CaseFilter(CaseStatus.LAYANAN, null, kel, null, false, null, null, 500),
                    new CaseFilter(null, "rina.pekerja", null, "PPKS-11", false, null, null, 500),
                    new CaseFilter(null, null, null, null, true, CaseSource.PENJANGKAUAN, null, 500),
                    new CaseFilter(null, null, null, null, false, null, "siti", 500),
                    new CaseFilter(null, null, null, null, false, null, null, 500));
            String[] names = {"status_kelurahan", "worker_category", "overdue_source", "client_name", "newest"};
            try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
                for (int i = 0; i < filters.size(); i++) {
                    CaseFilter f = filters.get(i);
                    double[] m = compare(() -> service.list(f).size(), () -> plainList(plain, f));
                    System.out.println("# filter " + names[i] + ": " + service.list(f).size() + " rows");
                    out.accept(new Figure("cases.filter." + names[i] + "." + Figure.sizeLabel(cases), m[0], "ms", m[1], "<=200_ms,<=3x"));
                }
            }

            // A case with 200 timeline entries, made through the services as a worker would.
            String person = firstPerson(tx);
            CaseService.CaseDetail c = service.open(new CaseService.CaseDraft(List.of(person), null, CaseSource.PENJANGKAUAN, "PPKS-11", null,
                    null, TODAY.minusDays(100), kel, "Kasus uji dengan linimasa panjang"));
            for (int i = 0; i < 120; i++) {
                service.addNote(c.id(), "Catatan kunjungan ke-" + (i + 1) + ": klien ditemui, kondisi dicatat.", i % 10 == 0);
            }
            for (int i = 0; i < 40; i++) {
                service.addTask(c.id(), "Tindak lanjut " + (i + 1), TODAY.plusDays(i - 20), null);
            }
            for (int i = 0; i < 39; i++) {
                service.addService(c.id(), id.pilar.cases.api.ServiceKind.values()[i % 8], TODAY.minusDays(90 - i), "Sudinsos", "diterima");
            }
            int entries = service.timeline(c.id()).size();
            double[] open = measure(() -> {
                CaseWindowModel m = new CaseWindowModel(c.id(), UiExecutor.DIRECT, s -> { }, msg -> {
                    throw new IllegalStateException(msg);
                });
                m.reload();
                return m.current().timeline().size();
            });
            System.out.println("# case window with " + entries + " timeline entries");
            breakdown(c.id());
            out.accept(new Figure("cases.open_case.timeline_" + entries, open[0], "ms", Double.NaN, "<=300_ms"));
            Path pdf = workDir.resolve("ringkasan.pdf");
            double[] summary = measure(() -> {
                CaseSummaryExport.get().write(c.id(), CaseSummaryExport.everything(), pdf);
                return 1;
            });
            System.out.println("# summary PDF " + Files.size(pdf) + " bytes");
            out.accept(new Figure("cases.summary_pdf.timeline_" + entries, summary[0], "ms", Double.NaN, "<=1000_ms"));

            Path csv = workDir.resolve("kasus-lama.csv");
            writeOldList(csv, imports);
            long t1 = System.nanoTime();
            CaseImport.Preview p = CaseImport.get().preview(csv);
            CaseImport.Result res = CaseImport.get().importValid(p, CaseImport.Progress.NONE);
            double importSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.println("# import: " + res.line());
            out.accept(new Figure("cases.import." + Figure.sizeLabel(imports), importSeconds, "s", Double.NaN, "<=10_s"));
        } finally {
            DataKernel.get().close();
        }
    }

    private static String firstPerson(Transactions tx) {
        return tx.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM reg_person ORDER BY nomor_registri LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /** Old cases: half with a NIK (Jakarta Pusat, valid date and sex), a few bad rows for the reject report. */
    private static void writeOldList(Path csv, int n) throws Exception {
        Random rnd = new Random(7);
        StringBuilder b = new StringBuilder("\uFEFFnomor_kasus;nik;nama;jenis_kelamin;tanggal_lahir;tanggal_buka;sumber;kategori;status;kelurahan;tanggal_tutup;alasan_tutup\n");
        String[] sources = {"penjangkauan", "laporan", "datang langsung", "rujukan", "hotline"};
        String[] kel = {"Gambir", "Kebon Kelapa", "Petojo Utara", "Senen", "Kwitang", "Kramat", "Tanah Tinggi", "Galur"};
        for (int i = 0; i < n; i++) {
            int day = 1 + rnd.nextInt(28);
            int month = 1 + rnd.nextInt(12);
            int year = 1950 + rnd.nextInt(50);
            boolean woman = rnd.nextBoolean();
            String nik = i % 2 == 0 ? String.format("317101%02d%02d%02d%04d", day + (woman ? 40 : 0), month, year % 100, 1 + i % 9000) : "";
            boolean closed = i % 3 == 0;
            String bad = i % 200 == 199 ? "Entah" : closed ? "Ditutup" : "Layanan";
            b.append("LAMA-").append(i).append(';').append(nik).append(';').append("Klien Lama ").append(i).append(';').append(woman ? "P" : "L")
                    .append(';').append(String.format("%02d/%02d/%d", day, month, year)).append(";15/03/2023;").append(sources[i % 5])
                    .append(";PPKS-11;").append(bad).append(';').append(kel[i % kel.length]).append(';')
                    .append(closed ? "20/06/2023;selesai" : ";").append('\n');
        }
        Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
    }

    private static int plainList(Connection c, CaseFilter f) throws Exception {
        List<String> args = new ArrayList<>();
        String sql = CaseQueries.sql(f, args, TODAY);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Where the case window's time goes: each service call it makes, median of a few runs (diagnostic lines). */
    private static void breakdown(String caseId) throws Exception {
        java.util.Map<String, Callable<Integer>> calls = new java.util.LinkedHashMap<>();
        CaseService cs = CaseService.get();
        calls.put("find", () -> cs.find(caseId).isPresent() ? 1 : 0);
        calls.put("timeline", () -> cs.timeline(caseId).size());
        calls.put("notes", () -> cs.notes(caseId).size());
        calls.put("tasks", () -> cs.tasks(caseId).size());
        calls.put("services", () -> cs.services(caseId).size());
        calls.put("plans", () -> id.pilar.cases.api.PlanService.get().revisions(caseId).size());
        calls.put("referrals", () -> id.pilar.cases.api.ReferralService.get().forCase(caseId).size());
        calls.put("assessment", () -> id.pilar.cases.api.AssessmentService.get().form(caseId).size());
        calls.put("bansos", () -> id.pilar.cases.api.AssessmentService.get().bansos(caseId).size());
        calls.put("institutions", () -> id.pilar.cases.api.ReferralService.get().institutions().size());
        calls.put("attachments", () -> id.pilar.cases.api.AttachmentService.get().list(caseId).size());
        calls.put("consents", () -> id.pilar.cases.api.CaseConsents.get().forCase(caseId).size());
        StringBuilder b = new StringBuilder("# case window calls (median ms):");
        for (var e : calls.entrySet()) {
            b.append(' ').append(e.getKey()).append('=').append(String.format(java.util.Locale.ROOT, "%.1f", measure(e.getValue())[0]));
        }
        System.out.println(b);
    }

    private static double[] measure(Callable<Integer> work) throws Exception {
        for (int i = 0; i < WARMUPS; i++) {
            work.call();
        }
        double[] a = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.call();
            a[i] = (System.nanoTime() - t) / 1e6;
        }
        return new double[] {Stats.median(a)};
    }

    private static double[] compare(Callable<Integer> pilar, Callable<Integer> baseline) throws Exception {
        return Stats.alternate(pilar::call, baseline::call, WARMUPS, RUNS);
    }
}
