package id.pilar.rosters.api;

/**
 * What the start page says of the social pillars, read by plain JDBC (it is asked while
 * Hibernate may still be starting).
 *
 * @param activeMembers       members with a membership valid today
 * @param organisations       organisations on the roster
 * @param certificatesExpiring certificates that run out within the next 30 days (today included)
 * @param certificatesExpired certificates that ran out within the last year (still call for action)
 * @param underStaffedShifts  shifts of this week (Monday to Sunday) with fewer people than needed
 */
public record RostersOverview(long activeMembers, long organisations, long certificatesExpiring, long certificatesExpired,
        long underStaffedShifts) {
}
