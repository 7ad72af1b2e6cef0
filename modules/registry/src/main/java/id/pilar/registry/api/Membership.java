package id.pilar.registry.api;

import java.time.LocalDate;

/** A person's place in one household over a period; {@code selesai} null means current. */
public record Membership(String householdId, String nomorKk, Shdk shdk, LocalDate mulai, LocalDate selesai) {

    public boolean current() {
        return selesai == null;
    }
}
