package id.pilar.awards.impl.demo;

import id.pilar.awards.api.Ceremony;
import id.pilar.awards.api.EligibilityFilter;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.Nomination;
import id.pilar.awards.api.NominationDraft;
import id.pilar.awards.impl.AwardRecordsImpl;
import id.pilar.awards.impl.AwardsSchema;
import id.pilar.awards.impl.EligibilityImpl;
import id.pilar.awards.impl.NominationsImpl;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Demo awards: recorded facts for the demo members, last year's HKSN ceremony with its awards (the past
 * ceremony), this year's HKSN ceremony, and
 * this year's SLKS nominations in every state (made through the services, so every step is logged
 * and audited), one of them flagged with a written justification.
 */
@ServiceProvider(service = DemoDataContributor.class, position = 300)
@Messages({
    "DEMO_Description=Membuat data penghargaan: keterangan anggota, upacara HKSN tahun lalu dan usulan SLKS",
    "DEMO_Cv=Daftar Riwayat Hidup", "DEMO_CvBody=Riwayat pengabdian sebagai pilar sosial (data contoh).",
    "DEMO_Rekom=Surat Rekomendasi Gubernur DKI Jakarta", "DEMO_RekomBody=Merekomendasikan calon penerima Satyalancana Kebaktian Sosial (data contoh).",
    "DEMO_Justification=Berjasa menonjol sebagai relawan dapur umum saat banjir awal tahun; diusulkan meski masa bakti belum genap.",
    "DEMO_Reject=Berkas pendukung tidak sesuai dengan riwayat keanggotaan.",
    "DEMO_ToProvince=diteruskan ke Dinas Sosial Provinsi", "DEMO_ToMinistry=diteruskan ke Kementerian Sosial",
    "DEMO_ToPresident=diteruskan untuk Keputusan Presiden"
})
public final class AwardsDemoData implements DemoDataContributor {

    private static final Logger LOG = Logger.getLogger(AwardsDemoData.class.getName());

    private final Transactions tx;

    public AwardsDemoData() {
        this(null);
    }

    public AwardsDemoData(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public String moduleId() {
        return AwardsSchema.MODULE_ID;
    }

    @Override
    public String description() {
        return Bundle.DEMO_Description();
    }

    @Override
    public void generate(DemoDataContext ctx) throws Exception {
        Transactions t = tx != null ? tx : Transactions.get();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        LocalDate hksn = LocalDate.of(today.getYear(), 12, 20);
        LocalDate lastHksn = hksn.minusYears(1);
        AwardsGenerator.Result r = t.jdbc(c -> new AwardsGenerator(c, "demo").generate(ctx.randomFor(AwardsSchema.MODULE_ID), lastHksn));
        LOG.info("Demo awards: " + r);
        if (ctx.cancelled()) {
            return;
        }
        EligibilityImpl eligibility = new EligibilityImpl(t, null);
        NominationsImpl nominations = new NominationsImpl(t, eligibility);
        List<Judgement> slks = eligibility.judgeAll("SLKS", hksn, EligibilityFilter.ALL);
        List<Judgement> eligible = slks.stream().filter(Judgement::eligible).limit(7).toList();
        if (eligible.size() < 7) {
            LOG.info("Demo awards: only " + eligible.size() + " members eligible for SLKS; nominations skipped");
            return;
        }
        byte[] cv = SampleFiles.pdf(Bundle.DEMO_Cv(), Bundle.DEMO_CvBody());
        byte[] rekom = SampleFiles.pdf(Bundle.DEMO_Rekom(), Bundle.DEMO_RekomBody());
        byte[] photo = SampleFiles.photo();
        String[] route = {Bundle.DEMO_ToProvince(), Bundle.DEMO_ToMinistry(), Bundle.DEMO_ToPresident()};
        for (int i = 0; i < eligible.size(); i++) {
            Judgement j = eligible.get(i);
            Nomination n = nominations.create(new NominationDraft("SLKS", j.recipientId(), hksn, null));
            if (i == 0) {
                continue; // stays a draft
            }
            nominations.attach(n.id(), "CV", "riwayat-hidup.pdf", cv);
            nominations.attach(n.id(), "FOTO", "pas-foto-4x6.png", photo);
            n = nominations.submit(n.id(), n.version(), null);
            if (i == 1) {
                continue; // diusulkan
            }
            if (i == 5) {
                nominations.reject(n.id(), n.version(), Bundle.DEMO_Reject());
                continue;
            }
            n = nominations.verify(n.id(), n.version(), null);
            if (i == 2) {
                continue; // diverifikasi
            }
            nominations.attach(n.id(), "REKOM_GUBERNUR", "rekomendasi-gubernur.pdf", rekom);
            n = nominations.forward(n.id(), n.version(), route[0]);
            if (i == 3) {
                continue; // diteruskan
            }
            n = nominations.forward(n.id(), n.version(), route[1]);
            n = nominations.forward(n.id(), n.version(), route[2]);
            n = nominations.approve(n.id(), n.version(), "Keppres 95/TK/" + today.getYear(), hksn.minusDays(10), null);
            if (i == 4) {
                continue; // disetujui, waiting for the ceremony
            }
            // This year's HKSN ceremony: one award already entered, the approved one above waits to be conferred there.
            Ceremony c = new AwardRecordsImpl(t).createCeremony("Peringatan HKSN " + hksn.getYear(), hksn,
                    "Aula Kantor Wali Kota Jakarta Pusat", "Anggota DPD RI Dapil DKI Jakarta");
            nominations.confer(n.id(), n.version(), c.id(), "Wali Kota Administrasi Jakarta Pusat", "Wali Kota Administrasi Jakarta Pusat");
        }
        slks.stream().filter(j -> !j.eligible() && j.reason().startsWith("masa bakti")).findFirst()
                .ifPresent(j -> nominations.create(new NominationDraft("SLKS", j.recipientId(), hksn, Bundle.DEMO_Justification())));
    }
}
