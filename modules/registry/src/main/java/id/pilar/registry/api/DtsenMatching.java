package id.pilar.registry.api;

import org.openide.util.Lookup;

/**
 * Links registry people to DTSEN rows: by NIK, else by KK + name + birth date, else scored fuzzy
 * candidates that a clerk confirms.
 */
public interface DtsenMatching {

    DtsenStatus status(String personId);

    /** Records a clerk's confirmation of a fuzzy candidate. */
    DtsenStatus confirm(String personId, String iddtks);

    /** The latest import, or null when none was made. */
    DtsenSnapshotInfo latestImport();

    /** Share of active registry people found in DTSEN by NIK (0..1). */
    double matchedShare();

    /** A finished import. */
    record DtsenSnapshotInfo(String id, String namaFile, java.time.LocalDate tanggal, long baru, long ubah, long tolak) {
    }

    static DtsenMatching get() {
        return Lookup.getDefault().lookup(DtsenMatching.class);
    }
}
