package id.pilar.awards.api;

import java.time.LocalDate;

/** A conferred award: who received what, when, at which ceremony, on whose decision, under which certificate number. */
public record ConferredAward(String id, String serialNumber, String typeCode, String typeName, RecipientKind kind,
        String recipientId, String nik, String name, String tier, LocalDate conferredOn, String ceremonyId, String ceremonyName,
        String ceremonyPlace, String presenter, String decisionNumber, String signatoryName, String signatoryTitle,
        int printCount, String nominationId) {
}
