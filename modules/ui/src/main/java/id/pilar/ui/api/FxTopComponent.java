package id.pilar.ui.api;

import java.awt.BorderLayout;
import java.net.URL;
import javafx.application.Platform;
import javafx.embed.swing.JFXPanel;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * A TopComponent whose content is a JavaFX scene.
 *
 * <p>The scene is built on the FX thread ({@link #createContent()}) when the window is first
 * shown — after the subclass constructor has finished, so its fields are set. Subclasses must not
 * touch the database in either: start background work from the view model.
 *
 * <p>The scene lives as long as the window; the {@link JFXPanel} that shows it only while the
 * window is visible. An embedded scene keeps three window-sized pixel buffers (JavaFX's render
 * target, the copy handed to Swing, Swing's image: about 3.5 MB each at 1260×700, 8 MB at full
 * HD), so five open views behind their tabs held some 50 MB for nothing. A hidden view gives its
 * panel up; showing it again puts the same scene, with everything typed or selected, into a new
 * panel.
 *
 * <p>The first panel waits until the main window has been shown: creating a {@link JFXPanel}
 * starts the JavaFX toolkit (native libraries, its thread, GTK), and the start page is built while
 * the window system loads, so that start-up work held the main window back (measured in
 * docs/BENCHMARKS.md, 2026-12-02 "window first"). Until then the window shows its empty background.
 */
public abstract class FxTopComponent extends TopComponent {

    private static volatile boolean fxReady;
    /** EDT only: the main window has been shown, JavaFX panels may be created. */
    private static boolean windowShown;
    /** EDT only: a panel was created, so the toolkit runs and scenes can be built. */
    private static boolean toolkitStarted;
    private JFXPanel panel; // EDT only; null while the window is hidden
    private boolean sceneRequested;
    private boolean onScreen; // EDT only: between componentShowing and componentHidden
    private volatile boolean isActivated;
    private volatile Scene scene;

    protected FxTopComponent() {
        setLayout(new BorderLayout());
        if (windowShown) {
            attachPanel();
        } else {
            WindowManager.getDefault().invokeWhenUIReady(() -> javax.swing.SwingUtilities.invokeLater(this::windowShown));
        }
    }

    /** The main window is up: the panel (and so the toolkit) of a view already on screen, and its scene. */
    private void windowShown() {
        windowShown = true;
        if (panel == null && onScreen) { // its componentShowing came before the window did
            attachPanel();
            revalidate();
            repaint();
        } else if (toolkitStarted && isDisplayable()) {
            requestScene();
        }
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (toolkitStarted) {
            requestScene(); // else the first panel asks, once the toolkit is up
        }
    }

    private void requestScene() {
        if (sceneRequested) {
            return;
        }
        sceneRequested = true;
        Platform.runLater(() -> {
            ensureNoImplicitExit();
            Parent content = createContent();
            Scene created = new Scene(content);
            created.getStylesheets().add(stylesheet());
            scene = created;
            javax.swing.SwingUtilities.invokeLater(() -> {
                if (panel != null) {
                    panel.setScene(created);
                }
            });
            if (isActivated) {
                focusFirstField(); // opened by a shortcut: activation came before the scene
            }
            UiTrace.shown(created, "view." + getClass().getSimpleName());
        });
    }

    @Override
    protected void componentShowing() {
        onScreen = true;
        if (panel == null && windowShown) {
            attachPanel();
            revalidate();
            repaint();
        }
    }

    @Override
    protected void componentHidden() {
        onScreen = false;
        JFXPanel old = panel;
        if (old != null) {
            panel = null;
            remove(old);
            old.setScene(null); // the scene stays with this window; the panel and its pixels go
        }
    }

    private void attachPanel() {
        long t0 = System.nanoTime();
        panel = new JFXPanel();
        if (!toolkitStarted) {
            java.util.logging.Logger.getLogger(FxTopComponent.class.getName()).log(java.util.logging.Level.FINE,
                    "JavaFX started in {0} ms, at uptime {1} ms", new Object[] {(System.nanoTime() - t0) / 1_000_000,
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()});
        }
        toolkitStarted = true;
        FxToolkit.started();
        add(panel, BorderLayout.CENTER);
        Scene s = scene;
        if (s != null) {
            panel.setScene(s);
        }
        if (isDisplayable()) {
            requestScene();
        }
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
        FxToolkit.runLater(this::focusFirstField);
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
        return panel != null && panel.requestFocusInWindow();
    }

    @Override
    public void requestFocus() {
        super.requestFocus();
        if (panel != null) {
            panel.requestFocus();
        }
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
