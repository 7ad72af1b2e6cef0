package id.pilar.cases.impl.demo;

import id.pilar.cases.impl.CasesSchema;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;

/** Demo cases: one per twenty people (at least 300, at most 100,000), in every state, with timelines. Runs after the registry. */
@ServiceProvider(service = DemoDataContributor.class, position = 300)
@org.openide.util.NbBundle.Messages("MSG_DemoCases=Membuat data kasus: asesmen, rencana, layanan, rujukan, catatan dan tugas")
public final class CasesDemoData implements DemoDataContributor {

    private static final Logger LOG = Logger.getLogger(CasesDemoData.class.getName());
    /** The demo's social workers (user names); a supervisor sees their case load. */
    public static final List<String> WORKERS = List.of("rina.pekerja", "budi.pekerja", "sari.pekerja", "andi.pekerja", "dewi.pekerja", "yusuf.pekerja");

    private final Transactions tx;

    public CasesDemoData() {
        this(null);
    }

    public CasesDemoData(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public String moduleId() {
        return CasesSchema.MODULE_ID;
    }

    @Override
    public String description() {
        return Bundle.MSG_DemoCases();
    }

    static int cases(int size) {
        return Math.max(300, Math.min(100_000, size / 20));
    }

    @Override
    public void generate(DemoDataContext ctx) throws Exception {
        ReferenceData ref = ReferenceData.get();
        CasesGenerator.Plan plan = new CasesGenerator.Plan(cases(ctx.size()), WORKERS, ref.kelurahan().stream().map(Kelurahan::kode).toList(),
                ref.kategori(KategoriKesos.PPKS, false).stream().map(KategoriKesos::kode).toList(), LocalDate.now(ZoneId.of("Asia/Jakarta")));
        try {
            CasesGenerator.Result r = (tx != null ? tx : Transactions.get()).jdbc(c -> new CasesGenerator(c, "demo")
                    .generate(ctx.randomFor(CasesSchema.MODULE_ID), plan, ctx::cancelled));
            LOG.info("Demo cases: " + r);
        } catch (CancellationException e) {
            LOG.info("Demo cases cancelled; rolled back");
        }
    }
}
