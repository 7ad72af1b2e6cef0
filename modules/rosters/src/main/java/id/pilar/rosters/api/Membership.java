package id.pilar.rosters.api;

import java.time.LocalDate;

/** A member's role in an organisation for a period; {@code endDate} null while it runs. */
public record Membership(String id, String memberId, String memberName, String organisationId, String organisationName,
        String psksKode, String role, LocalDate startDate, LocalDate endDate) {

    /** True when the membership covers {@code date}. */
    public boolean validOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
    }
}
