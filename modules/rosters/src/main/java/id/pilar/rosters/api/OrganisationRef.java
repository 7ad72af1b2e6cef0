package id.pilar.rosters.api;

/** Enough of an organisation to name it and open its window; what other modules' tabs on it receive. */
public record OrganisationRef(String id, String registrationNumber, String name) {
}
