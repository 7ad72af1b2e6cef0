package id.pilar.security.ui;

import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the security view models share: short work on the {@link UiExecutor} background pool,
 * long work (backup, restore, export) through {@link LongWork} with a progress bar, and one
 * message line that shows success or the service's refusal in plain words.
 */
abstract class ViewModelSupport {

    /** Long work with progress and cancel; production uses {@link BackgroundWork}, tests run it directly. */
    interface LongWork {
        <T> void submit(String title, BackgroundWork.Job<T> job, Consumer<T> done, Consumer<Throwable> failed);

        LongWork BACKGROUND = new LongWork() {
            @Override
            public <T> void submit(String title, BackgroundWork.Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
                BackgroundWork.submit(title, job, done, failed);
            }
        };
    }

    protected final UiExecutor ui;
    protected final LongWork longWork;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    ViewModelSupport(UiExecutor ui, LongWork longWork) {
        this.ui = ui;
        this.longWork = longWork;
    }

    StringProperty message() {
        return message;
    }

    /** True when {@link #message()} reports a failure. */
    BooleanProperty error() {
        return error;
    }

    BooleanProperty busy() {
        return busy;
    }

    void say(String text) {
        message.set(text);
        error.set(false);
    }

    /** A check of the view model itself refused (a text of its bundle). */
    void refuse(String text) {
        message.set(text);
        error.set(true);
    }

    /** A service call failed: its text through the one mapping. */
    void fail(Throwable t) {
        message.set(UserMessages.of(t));
        error.set(true);
    }

    /** Runs {@code work} in the background and hands its result to {@code done} on the FX thread. */
    <T> void background(Supplier<T> work, Consumer<T> done) {
        busy.set(true);
        ui.background().execute(() -> {
            try {
                T r = work.get();
                ui.fx().execute(() -> {
                    busy.set(false);
                    done.accept(r);
                });
            } catch (RuntimeException e) {
                ui.fx().execute(() -> {
                    busy.set(false);
                    fail(e);
                });
            }
        });
    }
}
