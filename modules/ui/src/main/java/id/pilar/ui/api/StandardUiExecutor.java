package id.pilar.ui.api;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.openide.util.RequestProcessor;

/** Background work on a small throttled pool; results back on the FX thread. */
final class StandardUiExecutor implements UiExecutor {

    static final StandardUiExecutor INSTANCE = new StandardUiExecutor();

    // Two threads: searches must not queue behind a long load, and the PCs have 2 cores.
    private final RequestProcessor pool = new RequestProcessor("Pilar UI background", 2, true);

    @Override
    public Executor background() {
        return pool;
    }

    @Override
    public Executor fx() {
        return r -> {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                FxToolkit.runLater(r); // before the toolkit runs: once it does
            }
        };
    }
}
