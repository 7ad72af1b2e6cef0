package id.pilar.registry.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a registry person is in DTSEN, as the person window shows it.
 *
 * @param match    how the link was made: {@code NIK}, {@code KK_NAMA_TANGGAL}, {@code DIKONFIRMASI};
 *                 null when not registered
 * @param history  earlier snapshots, newest first (the current values are not repeated)
 * @param candidates fuzzy matches awaiting a clerk's confirmation, when not registered
 */
public record DtsenStatus(boolean registered, String iddtks, Integer desil, boolean pkh, boolean bpnt, boolean pbiJk,
        LocalDate tanggalImpor, String match, List<DtsenSnapshot> history, List<DtsenCandidate> candidates) {

    public DtsenStatus {
        history = List.copyOf(history);
        candidates = List.copyOf(candidates);
    }

    public static DtsenStatus notRegistered(List<DtsenCandidate> candidates) {
        return new DtsenStatus(false, null, null, false, false, false, null, null, List.of(), candidates);
    }

    /** Programmes the decile qualifies for (information only). */
    public List<Programme> eligible() {
        return Programme.eligibleFor(desil);
    }
}
