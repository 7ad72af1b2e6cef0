package id.pilar.registry.api;

import java.time.LocalDate;
import java.util.List;

/** A DTSEN row that may be the same person: shown for confirmation, never linked silently. */
public record DtsenCandidate(String iddtks, String nama, LocalDate tanggalLahir, String nomorKk, String kelurahan,
        int skor, List<String> alasan) {

    public DtsenCandidate {
        alasan = List.copyOf(alasan);
    }
}
