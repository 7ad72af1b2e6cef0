package id.pilar.rosters.api;

/**
 * What the rosters know of one organisation on an as-of date, read in bulk (awards eligibility).
 *
 * @param skValid       its decree (SK) covers the as-of date
 * @param activeMembers members whose membership covers the as-of date
 * @param minutes       service minutes credited to it in the period, after corrections
 */
public record OrganisationFacts(String id, String registrationNumber, String name, String psksKode, String kelurahanKode,
        String kecamatanKode, boolean skValid, int activeMembers, long minutes) {
}
