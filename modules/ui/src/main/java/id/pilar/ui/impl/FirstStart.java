package id.pilar.ui.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.ui.spi.FirstStartStep;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;
import org.openide.util.RequestProcessor;

/**
 * The first start of a new database, after the first sign-in: every {@link FirstStartStep} in
 * position order (backup passphrase, then demo data), one dialog at a time.
 */
final class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Pilar first start", 1);

    private FirstStart() {
    }

    /** Runs the steps once someone is signed in (the first Admin is being created now, or a single local user). */
    static void begin() {
        AccessControl ac = AccessControl.get();
        if (ac.signedIn()) {
            RP.post(FirstStart::runSteps);
            return;
        }
        AtomicBoolean started = new AtomicBoolean();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ac.signedIn() && started.compareAndSet(false, true)) {
                ac.removeUserListener(listener[0]);
                RP.post(FirstStart::runSteps);
            }
        };
        ac.addUserListener(listener[0]);
    }

    private static void runSteps() {
        List<? extends FirstStartStep> steps = List.copyOf(Lookup.getDefault().lookupAll(FirstStartStep.class));
        for (FirstStartStep step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "First-start step " + step.getClass().getName() + " failed", e);
            }
        }
    }
}
