package id.pilar.intake.impl;

import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import java.util.concurrent.CancellationException;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;

/**
 * Demo social reports: 14 weeks at every hotspot, with a visible rise of gelandangan at Stasiun
 * Gambir in the last 7 days, then the alerts computed so the start page shows one.
 */
@ServiceProvider(service = DemoDataContributor.class, position = 700)
@org.openide.util.NbBundle.Messages("DEMO_Description=Membuat laporan sosial per titik rawan (sebagian dengan koordinat) dan peringatan dini")
public final class IntakeDemoData implements DemoDataContributor {

    private static final Logger LOG = Logger.getLogger(IntakeDemoData.class.getName());

    private final Transactions tx;

    public IntakeDemoData() {
        this(null);
    }

    public IntakeDemoData(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public String moduleId() {
        return IntakeSchema.MODULE_ID;
    }

    @Override
    public String description() {
        return Bundle.DEMO_Description();
    }

    @Override
    public void generate(DemoDataContext ctx) throws Exception {
        Transactions t = tx != null ? tx : Transactions.get();
        ReportsGenerator.Plan plan = new ReportsGenerator.Plan(Jakarta.today(), 14, 1.0, "hs-stasiun-gambir", "PPKS-11", 5.0);
        try {
            int n = t.jdbc(c -> new ReportsGenerator(c).generate(ctx.randomFor(IntakeSchema.MODULE_ID), plan, ctx::cancelled));
            LOG.info("Demo social reports: " + n);
            new AlertServiceImpl(t).recompute(Jakarta.today());
        } catch (CancellationException e) {
            LOG.info("Demo social reports cancelled; rolled back");
        }
    }
}
