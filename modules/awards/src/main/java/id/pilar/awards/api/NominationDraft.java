package id.pilar.awards.api;

import java.time.LocalDate;

/** What a nomination starts from; {@code justification} is required when the recipient is not eligible on {@code asOf}. */
public record NominationDraft(String typeCode, String recipientId, LocalDate asOf, String justification) {
}
