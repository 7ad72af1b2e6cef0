package id.pilar.security.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.security.api.BackupInfo;
import id.pilar.security.api.Backups.ProgressListener;
import id.pilar.security.api.RestoreResult;
import id.pilar.security.api.SecurityRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The steps of a restore, in the order that keeps the user's data safe:
 * <ol>
 * <li>decrypt into a temporary file beside the database (wrong passphrase, altered or truncated
 * file stop here);</li>
 * <li>check the copy: {@code integrity_check}, Pilar's application id, schema versions not newer
 * than this application;</li>
 * <li>close the kernel and prove nobody else has the file open;</li>
 * <li>keep the current file as {@code <name>.diganti-<stamp>.db}, move the copy in, reopen;</li>
 * <li>if the copy does not open, move the original back and reopen it.</li>
 * </ol>
 */
final class RestoreProcedure {

    private static final Logger LOG = Logger.getLogger(RestoreProcedure.class.getName());

    private final DataKernel kernel;
    private final DatabaseTarget target;
    private final Map<String, String> shippedVersions;
    private final ProgressListener progress;

    RestoreProcedure(DataKernel kernel, DatabaseTarget target, Map<String, String> shippedVersions, ProgressListener progress) {
        this.kernel = kernel;
        this.target = target;
        this.shippedVersions = shippedVersions;
        this.progress = progress;
    }

    RestoreResult run(Path backup, char[] passphrase) {
        Path db = target.sqliteFile();
        String stamp = id.pilar.core.api.time.JakartaTime.fileStamp();
        String base = db.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path copy = db.resolveSibling("." + base + ".pulih-" + stamp + ".tmp");
        try {
            BackupInfo info = BackupsImpl.decryptTo(backup, passphrase, copy, progress);
            BackupsImpl.checkCopy(copy, shippedVersions, progress);
            BackupsImpl.checkCancel(progress);
            progress.step(Bundle.MSG_StepReplace());
            kernel.close();
            try {
                SqliteFiles.requireExclusive(db);
            } catch (SecurityRefusedException e) {
                kernel.open(target);
                throw e;
            }
            Path kept = db.resolveSibling(base + ".diganti-" + stamp + ".db");
            Files.move(db, kept, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
            Files.move(copy, db, StandardCopyOption.ATOMIC_MOVE);
            try {
                kernel.open(target);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Restored copy did not open; putting the original back", e);
                Files.move(db, db.resolveSibling(base + ".gagal-pulih-" + stamp + ".db"), StandardCopyOption.ATOMIC_MOVE);
                Files.move(kept, db, StandardCopyOption.ATOMIC_MOVE);
                kernel.open(target);
                throw new SecurityRefusedException("MSG_RestoreFailed", Bundle.MSG_RestoreFailed(e.getMessage()), e, e.getMessage());
            }
            return new RestoreResult(db, kept, info);
        } catch (IOException | SQLException e) {
            if (!kernel.status().isReady()) {
                kernel.open(target);
            }
            throw new SecurityRefusedException("MSG_RestoreFailed", Bundle.MSG_RestoreFailed(e.getMessage()), e, e.getMessage());
        } finally {
            BackupsImpl.deleteQuietly(copy);
        }
    }
}
