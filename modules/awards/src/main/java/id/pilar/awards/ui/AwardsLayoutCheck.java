package id.pilar.awards.ui;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.modules.OnStart;
import org.openide.windows.WindowManager;
import org.openide.windows.WindowSystemEvent;
import org.openide.windows.WindowSystemListener;

/**
 * The awards window is {@code PERSISTENCE_NEVER}: the window system never saves it as open, so it
 * should never come back at start (restored before the login it showed "Akses ditolak"). But a
 * layout saved while it was still {@code PERSISTENCE_ONLY_OPENED} (until 2 December 2026) holds
 * {@code Windows2Local/Modes/editor/AwardsTopComponent.wstcref} with {@code opened="true"}, and the
 * window system opens what a saved layout says, whatever the persistence type (lazily, after the
 * main window shows, so the window cannot tell); at the next exit it writes it closed, so the
 * window came up exactly once. Before the layout is read, such a saved reference is removed: the
 * module's own (closed) applies, and only the clerk opens the window (menu, Ctrl+Shift+H, tile).
 */
@OnStart
public final class AwardsLayoutCheck implements Runnable {

    private static final Logger LOG = Logger.getLogger(AwardsLayoutCheck.class.getName());
    static final String TC_REF = "AwardsTopComponent.wstcref";

    @Override
    public void run() {
        if (java.awt.GraphicsEnvironment.isHeadless() || Boolean.getBoolean("pilar.batch")) {
            return; // no window system to load
        }
        WindowManager wm = WindowManager.getDefault();
        wm.addWindowSystemListener(new WindowSystemListener() {
            @Override
            public void beforeLoad(WindowSystemEvent event) {
                wm.removeWindowSystemListener(this); // only the layout of the start
                dropOpenedReferences(FileUtil.getConfigFile("Windows2Local/Modes"));
            }

            @Override
            public void afterLoad(WindowSystemEvent event) {
            }

            @Override
            public void beforeSave(WindowSystemEvent event) {
            }

            @Override
            public void afterSave(WindowSystemEvent event) {
            }
        });
    }

    /** Deletes the saved awards references that say "opened" in every mode of a saved layout (none: a new user directory). */
    static void dropOpenedReferences(FileObject modes) {
        if (modes == null) {
            return;
        }
        for (FileObject mode : modes.getChildren()) {
            FileObject ref = mode.isFolder() ? mode.getFileObject(TC_REF) : null;
            if (ref == null) {
                continue;
            }
            try {
                if (ref.asText("UTF-8").replace(" ", "").contains("opened=\"true\"")) {
                    LOG.log(Level.INFO, "Saved window layout has the awards window open in {0} (an older Pilar kept it): not reopened", mode.getNameExt());
                    ref.delete();
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not read or remove " + ref.getPath(), e);
            }
        }
    }
}
