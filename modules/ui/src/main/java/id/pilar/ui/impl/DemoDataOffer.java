package id.pilar.ui.impl;

import id.pilar.core.api.demo.DemoData;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.FxDialog;
import id.pilar.ui.spi.FirstStartStep;
import java.util.logging.Logger;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Last question of a new database: demo data, so a new office can try Pilar at once. Nothing is
 * loaded unless the user clicked "Yes"; closing the question or pressing Enter starts empty.
 */
@ServiceProvider(service = FirstStartStep.class, position = 900)
@Messages({
    "LBL_LoadingDemoData=Memuat data contoh",
    "# {0} - result",
    "MSG_DemoDataDone={0}"
})
public final class DemoDataOffer implements FirstStartStep {

    static final int SIZE = 2_000;
    private static final Logger LOG = Logger.getLogger(DemoDataOffer.class.getName());

    @Override
    public void run() {
        if (Lookup.getDefault().lookupAll(id.pilar.core.spi.DemoDataContributor.class).isEmpty()) {
            return; // no module ships demo data (a core-only build)
        }
        DemoDataQuestion.Answer answer;
        try {
            answer = FxDialog.ask(Bundle.TTL_OfferDemoData(), a -> new DemoDataQuestion(a).root);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        LOG.info("Demo data question answered: " + (answer == null ? "closed (no demo data)" : answer));
        if (answer == DemoDataQuestion.Answer.LOAD) {
            load();
        }
    }

    static void load() {
        BackgroundWork.submit(Bundle.LBL_LoadingDemoData(), p -> {
            DemoDataContext.Progress progress = new DemoDataContext.Progress() {
                @Override
                public void step(String message, int done, int total) {
                    p.message(message);
                }

                @Override
                public boolean cancelled() {
                    return p.cancelled();
                }
            };
            return DemoData.get().run(SIZE, 20260621L, progress, false);
        }, r -> {
            id.pilar.ui.api.DataChanges.fire();
            DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(Bundle.MSG_DemoDataDone(r.message())));
        }, null);
    }
}
