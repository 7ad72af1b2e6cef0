package id.pilar.rosters.api;

import java.util.List;

/** A saved assignment and what is wrong with it (the clerk sees the warnings). */
public record AssignmentResult(String assignmentId, List<RosterIssue> warnings) {

    public AssignmentResult {
        warnings = List.copyOf(warnings);
    }
}
