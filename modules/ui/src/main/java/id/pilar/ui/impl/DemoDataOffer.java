package id.pilar.ui.impl;

import id.pilar.core.api.demo.DemoData;
import id.pilar.core.api.security.AccessControl;
import java.util.concurrent.atomic.AtomicBoolean;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.ui.api.BackgroundWork;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/** First run: a new, empty database. Offer demo data so a new office can try Pilar at once. */
@Messages({
    "MSG_OfferDemoData=Basis data baru telah dibuat.\n\nMuat data contoh (orang, keluarga, pilar sosial di Jakarta Pusat) untuk mencoba Pilar?\nGunakan data contoh hanya untuk latihan, bukan di basis data kantor yang sebenarnya.",
    "TTL_OfferDemoData=Selamat datang di Pilar",
    "BTN_LoadDemoData=Ya, muat data contoh",
    "BTN_StartEmpty=Tidak, mulai kosong",
    "LBL_LoadingDemoData=Memuat data contoh",
    "# {0} - result",
    "MSG_DemoDataDone={0}"
})
final class DemoDataOffer {

    static final int SIZE = 2_000;

    private DemoDataOffer() {
    }

    static void offer() {
        if (org.openide.util.Lookup.getDefault().lookupAll(id.pilar.core.spi.DemoDataContributor.class).isEmpty()) {
            return; // no module ships demo data (a core-only build)
        }
        AccessControl ac = AccessControl.get();
        if (!ac.signedIn()) {
            // Ask after the first login (the administrator is being created): one dialog at a time.
            AtomicBoolean asked = new AtomicBoolean();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (ac.signedIn() && asked.compareAndSet(false, true)) {
                    ac.removeUserListener(listener[0]);
                    DatabaseStartup.RP.post(DemoDataOffer::offer);
                }
            };
            ac.addUserListener(listener[0]);
            return;
        }
        Object load = Bundle.BTN_LoadDemoData();
        Object empty = Bundle.BTN_StartEmpty();
        NotifyDescriptor q = new NotifyDescriptor(Bundle.MSG_OfferDemoData(), Bundle.TTL_OfferDemoData(),
                NotifyDescriptor.DEFAULT_OPTION, NotifyDescriptor.QUESTION_MESSAGE, new Object[] {load, empty}, load);
        if (DialogDisplayer.getDefault().notify(q) != load) {
            return;
        }
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
