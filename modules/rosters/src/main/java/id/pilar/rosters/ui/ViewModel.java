package id.pilar.rosters.ui;

import id.pilar.rosters.api.RostersException;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.openide.util.NbBundle.Messages;

/**
 * What every rosters view model shares: service calls on the background executor, results and
 * failures back on the FX thread, a message line for the user and a busy flag.
 */
abstract class ViewModel {

    protected final UiExecutor ex;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    protected ViewModel(UiExecutor ex) {
        this.ex = ex;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Runs {@code work} in the background and hands its result to {@code done} on the FX thread. */
    protected <T> void call(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        ex.background().execute(() -> {
            try {
                T result = work.call();
                ex.fx().execute(() -> {
                    busy.set(false);
                    done.accept(result);
                });
            } catch (Exception | LinkageError e) {
                ex.fx().execute(() -> {
                    busy.set(false);
                    message.set(describe(e));
                });
            }
        });
    }

    /**
     * Plain words for the user, never a stack trace: the one mapping of {@link UserMessages}, with
     * a refusal of several findings shown one finding per line.
     */
    static String describe(Throwable e) {
        if (UserMessages.unwrap(e) instanceof RostersException r) {
            return String.join("\n", r.problems());
        }
        return UserMessages.of(e);
    }
}
