package id.pilar.cases.api;

import java.time.Instant;
import java.util.List;
import org.openide.util.Lookup;

/**
 * Attachments of a case (scans of documents, photos, letters): PDF, JPEG or PNG up to
 * {@link #MAX_BYTES}, recognised by their content, not by their name (a renamed .exe is refused).
 * The bytes live inside the database, so every backup holds them; a SHA-256 checksum is kept.
 */
public interface AttachmentService {

    int MAX_BYTES = 10 * 1024 * 1024;

    Attachment add(String caseId, String fileName, byte[] content);

    List<Attachment> list(String caseId);

    /** The bytes, checked against the stored checksum. */
    byte[] content(String attachmentId);

    static AttachmentService get() {
        return Lookup.getDefault().lookup(AttachmentService.class);
    }

    record Attachment(String id, String caseId, String namaFile, String mime, int ukuran, String sha256, String oleh, Instant waktu) {
    }
}
