package id.pilar.atlas.ui.map;

import id.pilar.core.api.security.AccessControl;
import id.pilar.ui.api.DataChanges;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Reloads a view while it is in a scene: when data changed behind it ({@link DataChanges}) and
 * when another user signs in — a window restored at start loads before the login and must not
 * keep the refusal it got then.
 */
public final class Reloads {

    private Reloads() {
    }

    /** {@code reload} runs on the FX thread. */
    public static void whileShown(Node view, Runnable reload) {
        Runnable onChange = () -> Platform.runLater(reload);
        view.sceneProperty().addListener((o, old, now) -> {
            if (now != null) {
                DataChanges.addListener(onChange);
                AccessControl.get().addUserListener(onChange);
            } else {
                DataChanges.removeListener(onChange);
                AccessControl.get().removeUserListener(onChange);
            }
        });
    }
}
