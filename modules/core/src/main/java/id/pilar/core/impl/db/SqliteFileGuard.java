package id.pilar.core.impl.db;

import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseRefusedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks a SQLite file before anything opens it for writing. Every refusal leaves the file and
 * its folder exactly as they were: SQLite itself is only asked to read, and only once the header
 * says the file is SQLite.
 */
final class SqliteFileGuard {

    /** "PILR": written into the SQLite header so a Pilar file can be told from other databases. */
    static final int APPLICATION_ID = 0x50494C52;

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFileGuard() {
    }

    /** Outcome of the file-level checks. */
    enum FileState { NEW, EXISTING }

    static FileState check(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new DatabaseRefusedException(Reason.MISSING_FOLDER,
                    "Folder basis data tidak ada: " + parent + ". Buat foldernya dulu atau pilih lokasi lain.");
        }
        if (Files.isDirectory(file)) {
            throw new DatabaseRefusedException(Reason.NOT_SQLITE,
                    "Lokasi basis data adalah sebuah folder, bukan berkas: " + file);
        }
        boolean exists = Files.exists(file);
        long size = exists ? size(file) : 0;
        if (!Files.isWritable(parent)) {
            throw new DatabaseRefusedException(Reason.NOT_WRITABLE,
                    "Folder " + parent + " tidak dapat ditulis. Pilar perlu menulis berkas jurnal di samping basis data.");
        }
        if (!exists || size == 0) {
            return FileState.NEW;
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new DatabaseRefusedException(Reason.NOT_WRITABLE,
                    "Berkas basis data " + file + " tidak dapat dibaca atau ditulis (periksa hak akses).");
        }
        byte[] head = new byte[HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !Arrays.equals(head, HEADER)) {
                throw new DatabaseRefusedException(Reason.NOT_SQLITE,
                        "Berkas " + file + " bukan basis data Pilar (bukan berkas SQLite). Berkas tidak diubah.");
            }
        } catch (IOException e) {
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN, "Berkas " + file + " tidak dapat dibaca: " + e.getMessage(), e);
        }
        return FileState.EXISTING;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN, "Berkas " + file + " tidak dapat dibaca: " + e.getMessage(), e);
        }
    }
}
