package id.pilar.cases.ui;

import id.pilar.core.api.security.AccessControl;
import id.pilar.ui.api.DataChanges;
import id.pilar.ui.api.UiExecutor;

/**
 * Reloads a cases window when data changed behind its back (an import, demo data, a restore:
 * {@link DataChanges}) or the acting user changed (login, logout, switch user, unlock), so it
 * never shows the previous user's cases or permissions. Listens only while the window is open.
 */
final class Reloads {

    private final Runnable listener;

    /** @param reload runs on the JavaFX thread; it starts its own background load */
    Reloads(Runnable reload) {
        this.listener = () -> UiExecutor.standard().fx().execute(reload);
    }

    void opened() {
        DataChanges.addListener(listener);
        AccessControl.get().addUserListener(listener);
    }

    void closed() {
        DataChanges.removeListener(listener);
        AccessControl.get().removeUserListener(listener);
    }
}
