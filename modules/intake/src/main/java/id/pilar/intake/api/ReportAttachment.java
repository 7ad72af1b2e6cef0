package id.pilar.intake.api;

import java.time.Instant;

/**
 * A photo or document kept with a report (a picture of the place, the letter that reported it).
 * The content is checked by its first bytes, not its name: PDF, JPEG or PNG only.
 *
 * @param ukuran bytes
 * @param sha256 of the content, checked again when it is read
 */
public record ReportAttachment(String id, String reportId, String namaFile, String mime, int ukuran, String sha256,
        String oleh, Instant waktu) {

    /** The largest file a report takes: a phone photo or a scanned letter, not a video. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** A file to attach: its name (extension must fit the content) and its bytes. */
    public record NewFile(String namaFile, byte[] isi) {
    }
}
