package id.pilar.core.api.db;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * Which database Pilar opens at start-up.
 *
 * <p>Precedence: {@code --db} on the command line, then the {@code pilar.db} system property,
 * then the setting chosen in Tools → Options, then {@code <pilar home>/data/pilar.db}. The setting
 * lives in the OS user's preferences, outside the platform user directory, so the window and
 * batch jobs (which use their own user directory) agree on it.
 */
public final class DatabaseSettings {

    private static final String KEY = "database";
    private static volatile DatabaseTarget commandLine;

    private DatabaseSettings() {
    }

    private static Preferences prefs() {
        return Preferences.userRoot().node("id/pilar/core");
    }

    /** Pilar's home folder: {@code pilar.home} (set by the launcher), else {@code ~/.pilar}. */
    public static Path pilarHome() {
        String home = System.getProperty("pilar.home");
        // A launcher that did not expand the variable leaves "${...}" behind: ignore it.
        if (home != null && !home.isBlank() && !home.contains("${")) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".pilar");
    }

    public static Path defaultSqliteFile() {
        return pilarHome().resolve("data").resolve("pilar.db");
    }

    /** The location chosen in Tools → Options, or null. */
    public static String configured() {
        String v = prefs().get(KEY, null);
        return v == null || v.isBlank() ? null : v;
    }

    public static void setConfigured(String location) {
        if (location == null || location.isBlank()) {
            prefs().remove(KEY);
        } else {
            prefs().put(KEY, location.trim());
        }
    }

    /** Set by the {@code --db} option; wins over everything else for this run. */
    public static void setCommandLine(DatabaseTarget target) {
        commandLine = target;
    }

    public static DatabaseTarget commandLine() {
        return commandLine;
    }

    /** The database to open now. */
    public static DatabaseTarget startupTarget() {
        if (commandLine != null) {
            return commandLine;
        }
        String prop = System.getProperty("pilar.db");
        if (prop != null && !prop.isBlank()) {
            return DatabaseTarget.parse(prop);
        }
        String chosen = configured();
        if (chosen != null) {
            return DatabaseTarget.parse(chosen);
        }
        return DatabaseTarget.sqlite(defaultSqliteFile());
    }

    /** True when nothing was chosen: the default file may be created, folders included. */
    public static boolean isDefault(DatabaseTarget t) {
        return t.isSqlite() && t.sqliteFile().equals(defaultSqliteFile().toAbsolutePath().normalize());
    }
}
