package id.pilar.cases.ui;

import id.pilar.ui.api.FxTopComponent;

/**
 * A cases window that reloads, while open, when data change behind it or the user changes
 * ({@link Reloads}); the subclass names its reload with {@link #reloadOnChange(Runnable)}.
 */
abstract class CasesWindow extends FxTopComponent {

    private volatile Runnable reloader;
    private final Reloads reloads = new Reloads(() -> {
        Runnable r = reloader;
        if (r != null) {
            r.run();
        }
    });

    /** @param reload runs on the JavaFX thread once the content exists */
    protected final void reloadOnChange(Runnable reload) {
        this.reloader = reload;
    }

    @Override
    protected void componentOpened() {
        super.componentOpened();
        reloads.opened();
    }

    @Override
    protected void componentClosed() {
        reloads.closed();
        super.componentClosed();
    }
}
