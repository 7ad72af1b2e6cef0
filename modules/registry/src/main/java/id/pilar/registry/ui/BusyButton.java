package id.pilar.registry.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;

/** The import views' button while their import runs. */
final class BusyButton {

    private BusyButton() {
    }

    /**
     * Disables {@code button} without moving the view. Disabling the focused button sends the
     * focus to the view's first control and the scroll pane follows it to the top, away from the
     * status line the clerk is waiting for; {@code near}, a control just above the button, takes
     * the focus first.
     */
    static void disableInPlace(Button button, Node near) {
        near.requestFocus();
        button.setDisable(true);
    }
}
