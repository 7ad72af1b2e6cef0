package id.pilar.awards.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A nomination as lists and the board show it.
 *
 * @param levelName the route level it stands at (our office first)
 * @param flagged   nominated although not eligible; the written justification travels with it
 * @param stateSince when the last step happened (how long it has waited)
 */
public record Nomination(String id, int version, String typeCode, String typeName, RecipientKind kind, String recipientId,
        String nik, String name, LocalDate asOf, NominationState state, int routeLevel, String levelName, boolean lastLevel,
        boolean eligible, String eligibilityReason, String justification, boolean flagged, String tier, String decisionNumber,
        LocalDate decidedOn, String rejectionReason, Instant stateSince, String createdBy) {
}
