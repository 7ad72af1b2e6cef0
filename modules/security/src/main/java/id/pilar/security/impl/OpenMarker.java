package id.pilar.security.impl;

import id.pilar.core.api.db.DatabaseTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Remembers, on this PC, that a database is open: a small file per database in the platform's
 * user directory, made when the window opens the database and removed when it closes it. Still
 * there at the next start means the last session ended without closing (power cut, crash,
 * killed), which is when the start-up integrity check must run before anyone works.
 */
public final class OpenMarker {

    private static final Logger LOG = Logger.getLogger(OpenMarker.class.getName());
    private final Path folder;

    public OpenMarker(Path folder) {
        this.folder = folder;
    }

    /** Marks {@code target} open; returns true when the previous session left it marked. */
    public boolean open(DatabaseTarget target) {
        Path marker = markerFor(target);
        boolean leftOpen = Files.exists(marker);
        try {
            Files.createDirectories(folder);
            Files.writeString(marker, target.describe() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Without a marker the next start checks before the login: safe, only slower.
            LOG.log(Level.INFO, "cannot mark " + target.describe() + " open", e);
        }
        return leftOpen;
    }

    /** The database was closed properly. */
    public void closed(DatabaseTarget target) {
        try {
            Files.deleteIfExists(markerFor(target));
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot clear the open mark of " + target.describe(), e);
        }
    }

    private Path markerFor(DatabaseTarget target) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(target.describe().getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest, 0, 12) + ".terbuka");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
