package id.pilar.rosters.api;

import java.time.LocalDate;

/** What a clerk enters for an organisation. */
public record OrganisationDraft(String name, String psksKode, String registrationNumber, String skNumber,
        LocalDate skValidFrom, LocalDate skValidUntil, String address, String kelurahanKode, String headName,
        OrganisationStatus status) {
}
