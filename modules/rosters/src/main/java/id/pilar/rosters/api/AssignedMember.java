package id.pilar.rosters.api;

/** A member on a shift; {@code attended} when a check-in exists. */
public record AssignedMember(String assignmentId, String memberId, String memberName, String organisationName, boolean attended) {
}
