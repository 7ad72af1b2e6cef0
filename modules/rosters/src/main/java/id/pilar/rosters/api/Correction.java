package id.pilar.rosters.api;

import java.time.Instant;

/**
 * A manual correction of hours, kept beside the original attendance.
 *
 * @param replacementMinutes the hours a {@link Kind#REPLACE} set, null for a delta
 * @param deltaMinutes       its effect on the hours
 */
public record Correction(String id, String attendanceId, Kind kind, Integer replacementMinutes, int deltaMinutes,
        String reason, String by, Instant at) {

    public enum Kind {
        /** Adds (or with a negative value subtracts) minutes. */
        DELTA,
        /** Sets the hours of the attendance to a value. */
        REPLACE
    }
}
