package id.pilar.ui.api;

import java.awt.BorderLayout;
import java.net.URL;
import javafx.application.Platform;
import javafx.embed.swing.JFXPanel;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.openide.windows.TopComponent;

/**
 * A TopComponent whose content is a JavaFX scene.
 *
 * <p>The {@link JFXPanel} is made on the EDT (this constructor), the scene on the FX thread
 * ({@link #createContent()}) when the window is first shown — after the subclass constructor has
 * finished, so its fields are set. Subclasses must not touch the database in either: start
 * background work from the view model.
 */
public abstract class FxTopComponent extends TopComponent {

    private static volatile boolean fxReady;
    private final JFXPanel panel;
    private boolean sceneRequested;
    private volatile boolean isActivated;

    protected FxTopComponent() {
        setLayout(new BorderLayout());
        panel = new JFXPanel();
        add(panel, BorderLayout.CENTER);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (sceneRequested) {
            return;
        }
        sceneRequested = true;
        Platform.runLater(() -> {
            ensureNoImplicitExit();
            Parent content = createContent();
            Scene scene = new Scene(content);
            scene.getStylesheets().add(stylesheet());
            panel.setScene(scene);
            if (isActivated) {
                focusFirstField(); // opened by a shortcut: activation came before the scene
            }
            UiTrace.shown(scene, "view." + getClass().getSimpleName());
        });
    }

    /** The control that gets the keyboard when the window is activated (e.g. the search box), or null. */
    protected javafx.scene.Node firstField() {
        return null;
    }

    private void focusFirstField() {
        javafx.scene.Node first = firstField();
        if (first != null) {
            first.requestFocus();
        }
    }

    @Override
    protected void componentActivated() {
        isActivated = true;
        Platform.runLater(this::focusFirstField);
    }

    @Override
    protected void componentDeactivated() {
        isActivated = false;
    }

    /**
     * Activating the window (a click on its tab, a shortcut) must let one type at once: the
     * keyboard focus goes to the embedded scene, where the view's own focus (e.g. a search box) is.
     */
    @Override
    public boolean requestFocusInWindow() {
        super.requestFocusInWindow();
        return panel.requestFocusInWindow();
    }

    @Override
    public void requestFocus() {
        super.requestFocus();
        panel.requestFocus();
    }

    /** Closing the last JavaFX window must not stop the toolkit: other windows still need it. */
    private static void ensureNoImplicitExit() {
        if (!fxReady) {
            Platform.setImplicitExit(false);
            fxReady = true;
        }
    }

    /** Pilar's stylesheet, shared by every JavaFX view. */
    public static String stylesheet() {
        URL css = FxTopComponent.class.getResource("pilar.css");
        return css == null ? "" : css.toExternalForm();
    }

    /** Builds the scene's root; runs on the FX thread. */
    protected abstract Parent createContent();
}
