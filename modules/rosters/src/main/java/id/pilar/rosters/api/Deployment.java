package id.pilar.rosters.api;

import java.time.LocalDate;

/** A shift a member was assigned to, with the minutes credited (after corrections; 0 when absent). */
public record Deployment(String assignmentId, LocalDate date, DutyKind kind, String title, String place,
        String organisationId, long minutes) {
}
