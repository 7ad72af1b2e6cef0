package id.pilar.rosters.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A duty to plan.
 *
 * @param kelurahanKode   where, as a kelurahan (may be null when a named place is given)
 * @param placeName       a named hotspot (Pasar Senen, Monas, …), may be null
 * @param organisationId  the organising organisation, may be null
 * @param requiredSkills  skill codes every assigned member needs a valid certificate for
 */
public record DutyDraft(DutyKind kind, String title, LocalDate date, String kelurahanKode, String placeName,
        String organisationId, List<String> requiredSkills, String notes, List<ShiftDraft> shifts) {

    public DutyDraft {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        shifts = List.copyOf(shifts);
    }
}
