package id.pilar.ui.api;

import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.embed.swing.JFXPanel;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.openide.windows.WindowManager;

/**
 * A JavaFX pane as a modal dialog owned by the main window: it stays above Pilar, on a desktop
 * with a window manager and without one, and nothing behind it can be clicked until it is
 * answered. The pane gets a callback to close the dialog with its answer.
 */
public final class FxDialog {

    private FxDialog() {
    }

    /**
     * Shows the pane and waits until it is answered or closed. Call from a background thread.
     *
     * @param content builds the pane on the FX thread; calling the consumer closes the dialog with that answer
     * @return the answer, or null when the dialog was closed without one (its window button, Escape)
     */
    public static <T> T ask(String title, Function<Consumer<T>, Parent> content) throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread() || Platform.isFxApplicationThread()) {
            throw new IllegalStateException("FxDialog.ask blocks: call it from a background thread");
        }
        AtomicReference<T> answer = new AtomicReference<>();
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            Frame owner = WindowManager.getDefault().getMainWindow();
            JDialog dialog = new JDialog(owner, title, Dialog.ModalityType.APPLICATION_MODAL);
            dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            dialog.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    closed.countDown();
                }
            });
            JFXPanel panel = new JFXPanel();
            FxToolkit.started();
            dialog.setContentPane(panel);
            Platform.setImplicitExit(false);
            Platform.runLater(() -> {
                Parent root = content.apply(a -> {
                    answer.compareAndSet(null, a);
                    SwingUtilities.invokeLater(dialog::dispose);
                });
                Scene scene = new Scene(root);
                scene.getStylesheets().add(FxTopComponent.stylesheet());
                scene.setOnKeyPressed(k -> {
                    if (k.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                        SwingUtilities.invokeLater(dialog::dispose);
                    }
                });
                root.applyCss();
                root.layout();
                int w = (int) Math.ceil(root.prefWidth(-1));
                int h = (int) Math.ceil(root.prefHeight(w));
                SwingUtilities.invokeLater(() -> {
                    panel.setScene(scene);
                    panel.setPreferredSize(new Dimension(w, h));
                    dialog.pack();
                    dialog.setLocationRelativeTo(owner);
                    dialog.setVisible(true); // modal: returns when closed
                });
            });
        });
        closed.await();
        return answer.get();
    }
}
