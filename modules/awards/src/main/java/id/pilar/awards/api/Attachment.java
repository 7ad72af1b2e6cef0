package id.pilar.awards.api;

import java.time.Instant;

/** An evidence file attached to a nomination for one checklist item. */
public record Attachment(String id, String documentCode, String fileName, String mediaType, int sizeBytes, String sha256,
        String addedBy, Instant addedAt) {
}
