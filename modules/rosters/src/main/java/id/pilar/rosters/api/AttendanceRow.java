package id.pilar.rosters.api;

import java.time.Instant;

/** An assignment on the attendance sheet of a day, with its attendance if any (null otherwise). */
public record AttendanceRow(String assignmentId, String memberId, String memberName, String dutyTitle,
        Instant shiftStart, Instant shiftEnd, AttendanceRecord attendance) {
}
