package id.pilar.ui.impl;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;
import org.openide.windows.OnShowing;
import org.openide.windows.WindowManager;

/**
 * The first start of a newer Pilar over an older one says what changed ("Yang baru"), once per
 * user. The version last started is kept in the platform user directory, which an upgrade keeps
 * (the database and its pre-migration backup are core's business). A new user directory (a first
 * installation) only records the version: a new clerk has nothing to compare with.
 */
@OnShowing
public final class WhatsNew implements Runnable {

    private static final Logger LOG = Logger.getLogger(WhatsNew.class.getName());
    static final String LAST_VERSION_KEY = "lastVersionStarted";

    @Override
    public void run() {
        if (java.awt.GraphicsEnvironment.isHeadless() || Boolean.getBoolean("pilar.batch")) {
            return;
        }
        String current = currentVersion();
        Preferences prefs = NbPreferences.forModule(WhatsNew.class);
        String last = prefs.get(LAST_VERSION_KEY, null);
        if (shouldShow(current, last)) {
            LOG.info(() -> "Pilar " + current + " follows " + last + " on this user directory: showing what is new");
            WindowManager.getDefault().invokeWhenUIReady(() -> WhatsNewTopComponent.show(current));
        }
        if (last == null || ReleaseVersion.parse(current).compareTo(ReleaseVersion.parse(last)) > 0) {
            prefs.put(LAST_VERSION_KEY, current); // never lowered: starting an older copy once does not re-arm the note
        }
    }

    /** True when {@code current} is newer than the version last started here (none: a first installation). */
    static boolean shouldShow(String current, String lastStarted) {
        return lastStarted != null && ReleaseVersion.parse(current).compareTo(ReleaseVersion.parse(lastStarted)) > 0;
    }

    /** The version the build wrote into this module ({@code pilar-version.properties}, filtered by Maven). */
    static String currentVersion() {
        Properties p = new Properties();
        try (InputStream in = WhatsNew.class.getResourceAsStream("pilar-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            LOG.fine(() -> "No version resource: " + e);
        }
        return p.getProperty("version", "0");
    }
}
