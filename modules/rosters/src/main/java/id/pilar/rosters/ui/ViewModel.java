package id.pilar.rosters.ui;

import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.rosters.api.RostersException;
import id.pilar.ui.api.UiExecutor;
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
@Messages({
    "# {0} - what failed",
    "MSG_Failed=Gagal: {0}",
    "MSG_Conflict=Data ini baru saja diubah orang lain. Muat ulang, lalu ulangi perubahan Anda."
})
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

    /** Plain words for the user, never a stack trace. */
    static String describe(Throwable e) {
        if (e instanceof RostersException r) {
            return String.join("\n", r.problems());
        }
        if (e instanceof AccessDeniedException) {
            return e.getMessage();
        }
        // By name: the ui layer must not see persistence classes.
        String type = e.getClass().getSimpleName();
        if (type.contains("OptimisticLock") || type.contains("StaleObject")) {
            return Bundle.MSG_Conflict();
        }
        return Bundle.MSG_Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
