package id.pilar.rosters.api;

import java.time.LocalDate;

/**
 * A social-pillar organisation.
 *
 * @param psksKode      PSKS category, e.g. {@code PSKS-03} (Tagana)
 * @param activeMembers members whose membership runs today
 */
public record Organisation(String id, int version, String name, String psksKode, String psksLabel,
        String registrationNumber, String skNumber, LocalDate skValidFrom, LocalDate skValidUntil,
        String address, String kelurahanKode, String kelurahanName, String headName, OrganisationStatus status,
        int activeMembers) {

    /** What a tab on the organisation window is handed. */
    public OrganisationRef ref() {
        return new OrganisationRef(id, registrationNumber, name);
    }

    /** The fields a clerk edits. */
    public OrganisationDraft draft() {
        return new OrganisationDraft(name, psksKode, registrationNumber, skNumber, skValidFrom, skValidUntil, address,
                kelurahanKode, headName, status);
    }
}
