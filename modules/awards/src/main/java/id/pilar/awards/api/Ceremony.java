package id.pilar.awards.api;

import java.time.LocalDate;

/** A ceremony (event, date, place, presenter such as the mayor or a DPD RI member); {@code awards} presented there. */
public record Ceremony(String id, int version, String name, LocalDate heldOn, String place, String presenter, int awards) {
}
