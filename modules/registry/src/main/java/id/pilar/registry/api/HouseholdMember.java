package id.pilar.registry.api;

import java.time.LocalDate;

/** A member as the household view lists them. */
public record HouseholdMember(PersonSummary person, Shdk shdk, LocalDate mulai, LocalDate selesai) {
}
