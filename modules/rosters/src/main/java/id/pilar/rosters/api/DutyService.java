package id.pilar.rosters.api;

import java.time.LocalDate;
import java.util.List;
import org.openide.util.Lookup;

/** Duties, shifts, assignments and the roster with its conflicts. */
public interface DutyService {

    /** Plans a duty with its shifts; returns the shifts as the roster shows them. */
    List<RosterShift> plan(DutyDraft draft);

    /**
     * Puts a member on a shift. A double booking is refused; a membership or certificate not
     * valid on the date is saved and returned as a warning.
     *
     * @param organisationId the organisation the member serves for; null picks a valid membership
     */
    AssignmentResult assign(String shiftId, String memberId, String organisationId);

    /** Removes an assignment that has no attendance yet. */
    void unassign(String assignmentId);

    /** Shifts starting on {@code from} … {@code to} (inclusive, Jakarta dates) with members and issues. */
    List<RosterShift> roster(LocalDate from, LocalDate to);

    /** Every issue on shifts in the period. */
    default List<RosterIssue> issues(LocalDate from, LocalDate to) {
        return roster(from, to).stream().flatMap(s -> s.issues().stream()).toList();
    }

    static DutyService get() {
        return Lookup.getDefault().lookup(DutyService.class);
    }
}
