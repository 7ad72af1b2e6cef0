package id.pilar.rosters.api;

import java.time.LocalDate;

/** A new membership. */
public record MembershipDraft(String memberId, String organisationId, String role, LocalDate startDate, LocalDate endDate) {
}
