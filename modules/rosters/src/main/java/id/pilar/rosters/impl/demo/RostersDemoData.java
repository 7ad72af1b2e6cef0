package id.pilar.rosters.impl.demo;

import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import id.pilar.rosters.impl.RostersSchema;
import id.pilar.rosters.impl.ShiftTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.NbBundle.Messages;

/**
 * Demo rosters: one member per hundred people (at least 60, at most 10,000), organisations of
 * every PSKS type, and four weeks of past duties with attendance plus two weeks planned ahead.
 */
@ServiceProvider(service = DemoDataContributor.class, position = 200)
@Messages({
    "MSG_DemoDescription=Membuat data pilar sosial: organisasi, anggota, jadwal tugas dan kehadiran"
})
public final class RostersDemoData implements DemoDataContributor {

    private static final Logger LOG = Logger.getLogger(RostersDemoData.class.getName());

    private final Transactions tx;

    public RostersDemoData() {
        this(null);
    }

    public RostersDemoData(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public String moduleId() {
        return RostersSchema.MODULE_ID;
    }

    @Override
    public String description() {
        return Bundle.MSG_DemoDescription();
    }

    /** Members for a demo of {@code size} people. */
    static int members(int size) {
        return Math.max(60, Math.min(10_000, size / 100));
    }

    @Override
    public void generate(DemoDataContext ctx) throws Exception {
        int members = members(ctx.size());
        LocalDate today = LocalDate.now(ShiftTimes.JAKARTA);
        RostersGenerator.Plan plan = new RostersGenerator.Plan(members, Math.max(24, Math.min(1000, members / 10)),
                today.minusWeeks(4), today.plusWeeks(2), Math.max(20, members / 6), Instant.now());
        ReferenceData ref = ReferenceData.get();
        try {
            RostersGenerator.Result r = (tx != null ? tx : Transactions.get()).jdbc(c -> new RostersGenerator(c, "demo").generate(
                    ctx.randomFor(RostersSchema.MODULE_ID), plan, ref.kecamatan(), ref.kelurahan(),
                    ref.kategori(KategoriKesos.PSKS, false), ctx::cancelled));
            LOG.info("Demo rosters: " + r);
        } catch (CancellationException e) {
            // The generator runs in one transaction: nothing of it was kept.
            LOG.info("Demo rosters cancelled; rolled back");
        }
    }
}
