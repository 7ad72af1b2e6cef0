package id.pilar.security.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.security.api.SecurityRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.modules.OnStart;
import org.openide.modules.OnStop;
import org.openide.util.RequestProcessor;

/**
 * Automatic backups: once a day while Pilar runs (checked every hour), and when Pilar exits.
 * Skipped in batch runs, when switched off, without a stored passphrase, or on a server database.
 * A failure never stops Pilar from closing; it is remembered and told at the next start and in the
 * status line ({@link BackupStatusImpl}).
 */
public final class AutomaticBackup {

    private static final Logger LOG = Logger.getLogger(AutomaticBackup.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Pilar automatic backup", 1);
    static final Duration DAILY = Duration.ofHours(24);

    private AutomaticBackup() {
    }

    /** Makes a backup when due (or {@code always}); returns whether one was made. */
    static boolean runIfDue(BackupSettings settings, boolean always) {
        if (BatchIdentity.isBatch() || !settings.automatic() || settings.passphrase() == null) {
            return false;
        }
        DatabaseTarget t = DataKernel.get().target();
        if (t == null || !t.isSqlite() || !java.nio.file.Files.exists(t.sqliteFile())) {
            return false;
        }
        Instant last = BackupsImpl.lastAutomatic(settings.folder(t));
        if (!always && last != null && last.isAfter(Instant.now().minus(DAILY))) {
            return false;
        }
        try {
            BackupsImpl.automatic(settings);
            settings.recordSuccess(id.pilar.core.api.time.JakartaTime.now());
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Automatic backup failed", e);
            // Told at the next start and in the status line, not only in the log.
            settings.recordFailure(id.pilar.core.api.time.JakartaTime.now(),
                    e instanceof id.pilar.core.api.error.PilarException || e instanceof SecurityRefusedException ? e.getMessage() : null);
            return false;
        }
    }

    /** Hourly check for the daily backup. */
    @OnStart
    public static final class Daily implements Runnable {
        @Override
        public void run() {
            if (BatchIdentity.isBatch()) {
                return;
            }
            RP.scheduleAtFixedRate(() -> {
                if (DataKernel.get().status().isReady()) {
                    runIfDue(new BackupSettings(), false);
                }
            }, 10, 60, java.util.concurrent.TimeUnit.MINUTES);
        }
    }

    /** On exit: the snapshot is read from the file itself, so it works whether or not the kernel closed first. */
    @OnStop
    public static final class OnExit implements Runnable {
        @Override
        public void run() {
            runIfDue(new BackupSettings(), true);
        }
    }
}
