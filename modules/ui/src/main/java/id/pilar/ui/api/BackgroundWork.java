package id.pilar.ui.api;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.Cancellable;
import org.openide.util.RequestProcessor;

/**
 * Long work (imports, scans, backups, demo data) off the EDT and the FX thread, with a
 * {@link ProgressHandle} in the status bar and a cancel button.
 *
 * <p>The job checks {@link Progress#cancelled()} and must leave no half-written data: do the
 * writing in one transaction, or roll back what was done when cancelled.
 */
public final class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Pilar long work", 2, true);

    private BackgroundWork() {
    }

    /** What a job sees. */
    public interface Progress {
        /** Switches to a determinate bar of {@code units}. */
        void start(int units);

        void progress(String message, int done);

        void message(String message);

        boolean cancelled();
    }

    /** A job; its exception is shown to the user. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Runs {@code job} in the background.
     *
     * @param onDone  called on the FX thread with the result (not when cancelled)
     * @param onError called on the FX thread on failure; null shows a standard error dialog
     */
    public static <T> RequestProcessor.Task submit(String title, Job<T> job, Consumer<T> onDone, Consumer<Throwable> onError) {
        AtomicBoolean cancelled = new AtomicBoolean();
        RequestProcessor.Task[] task = new RequestProcessor.Task[1];
        Cancellable cancel = () -> {
            cancelled.set(true);
            return true;
        };
        ProgressHandle handle = ProgressHandle.createHandle(title, cancel);
        task[0] = RP.create(() -> {
            handle.start();
            handle.switchToIndeterminate();
            Progress p = new Progress() {
                private int units;

                @Override
                public void start(int u) {
                    units = Math.max(1, u);
                    handle.switchToDeterminate(units);
                }

                @Override
                public void progress(String message, int done) {
                    if (units > 0) {
                        handle.progress(message, Math.min(done, units));
                    } else {
                        handle.progress(message);
                    }
                }

                @Override
                public void message(String message) {
                    handle.progress(message);
                }

                @Override
                public boolean cancelled() {
                    return cancelled.get() || Thread.currentThread().isInterrupted();
                }
            };
            try {
                T result = job.run(p);
                if (!p.cancelled() && onDone != null) {
                    UiExecutor.standard().fx().execute(() -> onDone.accept(result));
                }
            } catch (Exception | LinkageError e) {
                LOG.log(Level.WARNING, title + " failed", e);
                if (onError != null) {
                    UiExecutor.standard().fx().execute(() -> onError.accept(e));
                } else {
                    showError(title, e);
                }
            } finally {
                handle.finish();
            }
        });
        task[0].schedule(0);
        return task[0];
    }

    /** Shows a failure to the user in plain words, never a stack trace. */
    public static void showError(String title, Throwable e) {
        String msg = UserMessages.of(e);
        DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(title + ": " + msg, NotifyDescriptor.ERROR_MESSAGE));
    }
}
