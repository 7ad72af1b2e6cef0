package id.pilar.registry.api;

import java.time.LocalDate;

/** A PPKS category a person belongs to, from {@code mulai} until {@code selesai} (null: still). */
public record CategoryPeriod(String kode, LocalDate mulai, LocalDate selesai) {
}
