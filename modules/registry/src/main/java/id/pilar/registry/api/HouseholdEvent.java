package id.pilar.registry.api;

import java.time.LocalDate;

/** A KK change: {@code DIBENTUK}, {@code PECAH} (split), {@code PINDAH} (move). */
public record HouseholdEvent(String jenis, LocalDate tanggal, String keterangan) {
}
