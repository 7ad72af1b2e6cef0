package id.pilar.core.impl.db;

import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseRefusedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;
import org.openide.util.NbBundle.Messages;

/**
 * Checks a SQLite file before anything opens it for writing. Every refusal leaves the file and
 * its folder exactly as they were: SQLite itself is only asked to read, and only once the header
 * says the file is SQLite.
 */
@Messages({
    "# {0} - folder",
    "ERR_DbMissingFolder=Folder basis data tidak ada: {0}. Buat foldernya dulu atau pilih lokasi lain.",
    "# {0} - path",
    "ERR_DbIsFolder=Lokasi basis data adalah sebuah folder, bukan berkas: {0}",
    "# {0} - folder",
    "ERR_DbFolderReadOnly=Folder {0} tidak dapat ditulis. Pilar perlu menulis berkas jurnal di samping basis data.",
    "# {0} - file",
    "ERR_DbFileAccess=Berkas basis data {0} tidak dapat dibaca atau ditulis (periksa hak akses).",
    "# {0} - file",
    "ERR_DbNotSqlite=Berkas {0} bukan basis data Pilar (bukan berkas SQLite). Berkas tidak diubah.",
    "# {0} - file",
    "ERR_DbUnreadable=Berkas {0} tidak dapat dibaca. Berkas tidak diubah."
})
final class SqliteFileGuard {

    /** "PILR": written into the SQLite header so a Pilar file can be told from other databases. */
    static final int APPLICATION_ID = 0x50494C52;

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * Whether a folder or file may be written. A seam for tests: the operating system's answer
     * ignores permissions for root, so a test can only simulate a read-only folder there.
     */
    static Predicate<Path> writable = Files::isWritable;

    private SqliteFileGuard() {
    }

    /** Outcome of the file-level checks. */
    enum FileState { NEW, EXISTING }

    static FileState check(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new DatabaseRefusedException(Reason.MISSING_FOLDER,
                    "ERR_DbMissingFolder", Bundle.ERR_DbMissingFolder(parent), parent);
        }
        if (Files.isDirectory(file)) {
            throw new DatabaseRefusedException(Reason.NOT_SQLITE,
                    "ERR_DbIsFolder", Bundle.ERR_DbIsFolder(file), file);
        }
        boolean exists = Files.exists(file);
        long size = exists ? size(file) : 0;
        if (!writable.test(parent)) {
            throw new DatabaseRefusedException(Reason.NOT_WRITABLE,
                    "ERR_DbFolderReadOnly", Bundle.ERR_DbFolderReadOnly(parent), parent);
        }
        if (!exists || size == 0) {
            return FileState.NEW;
        }
        if (!Files.isReadable(file) || !writable.test(file)) {
            throw new DatabaseRefusedException(Reason.NOT_WRITABLE,
                    "ERR_DbFileAccess", Bundle.ERR_DbFileAccess(file), file);
        }
        byte[] head = new byte[HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !Arrays.equals(head, HEADER)) {
                throw new DatabaseRefusedException(Reason.NOT_SQLITE,
                        "ERR_DbNotSqlite", Bundle.ERR_DbNotSqlite(file), file);
            }
        } catch (IOException e) {
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN, "ERR_DbUnreadable", Bundle.ERR_DbUnreadable(file), e, file);
        }
        return FileState.EXISTING;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN, "ERR_DbUnreadable", Bundle.ERR_DbUnreadable(file), e, file);
        }
    }
}
