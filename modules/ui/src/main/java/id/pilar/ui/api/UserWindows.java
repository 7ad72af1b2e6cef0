package id.pilar.ui.api;

import java.util.List;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * When the user changes (logout, switch user, an account gone after a restore), nothing the
 * previous user opened may stay on the screen: a user list, a typed passphrase, a person's file.
 * Every window closes, except those marked {@link #KEEP} (the start page, which reloads for the
 * next user).
 */
public final class UserWindows {

    /** Client property of a window that stays open across users because it reloads itself. */
    public static final String KEEP = "pilar.keepAcrossUsers";

    private UserWindows() {
    }

    /** Closes the previous user's windows; waits for it when called off the EDT. */
    public static void closeAll() {
        Runnable close = () -> {
            List<TopComponent> open = List.copyOf(WindowManager.getDefault().getRegistry().getOpened());
            for (TopComponent tc : open) {
                if (!Boolean.TRUE.equals(((JComponent) tc).getClientProperty(KEEP))) {
                    tc.close();
                }
            }
        };
        if (SwingUtilities.isEventDispatchThread()) {
            close.run();
        } else {
            try {
                SwingUtilities.invokeAndWait(close);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
