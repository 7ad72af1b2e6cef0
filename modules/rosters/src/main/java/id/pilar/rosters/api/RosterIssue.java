package id.pilar.rosters.api;

/**
 * A problem on the roster.
 *
 * @param memberId null for {@link Kind#UNDER_STAFFED}
 * @param message  Indonesian, for the user
 */
public record RosterIssue(Kind kind, String shiftId, String memberId, String message) {

    public enum Kind {
        /** The member is on two shifts whose times overlap. */
        DOUBLE_BOOKING,
        /** The member has no membership valid on the shift's date. */
        NO_VALID_MEMBERSHIP,
        /** The duty needs a skill the member has no certificate for, valid on that date. */
        CERTIFICATE_MISSING,
        /** Fewer members assigned than the headcount. */
        UNDER_STAFFED
    }
}
