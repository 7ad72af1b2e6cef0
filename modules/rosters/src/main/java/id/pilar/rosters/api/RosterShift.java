package id.pilar.rosters.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One shift as the roster view shows it: the duty, the window, who is on it and what is wrong. */
public record RosterShift(String shiftId, String dutyId, DutyKind kind, String title, LocalDate date,
        Instant startsAt, Instant endsAt, String place, int headcount, List<String> requiredSkills,
        List<AssignedMember> members, List<RosterIssue> issues) {

    public RosterShift {
        requiredSkills = List.copyOf(requiredSkills);
        members = List.copyOf(members);
        issues = List.copyOf(issues);
    }

    public boolean underStaffed() {
        return members.size() < headcount;
    }
}
