package id.pilar.registry.api;

import java.time.LocalDate;

/** A person's DTSEN values as one import saw them. */
public record DtsenSnapshot(LocalDate tanggalImpor, String namaFile, Integer desil, boolean pkh, boolean bpnt,
        boolean pbiJk) {
}
