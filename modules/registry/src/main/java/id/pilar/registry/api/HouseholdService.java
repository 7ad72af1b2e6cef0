package id.pilar.registry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/** Households (KK): members with their SHDK relation, splits and moves kept as history. */
public interface HouseholdService {

    /** A new KK; the head is its first member. */
    HouseholdSummary create(String nomorKk, String alamatJalan, String rt, String rw, String kodeKelurahan,
            String kepalaPersonId, LocalDate tanggal);

    /** Adds a person; a current membership in another KK ends on the same day. */
    HouseholdSummary addMember(String householdId, String personId, Shdk shdk, LocalDate tanggal);

    /** Ends a membership (the person left, died, …) without deleting it. */
    HouseholdSummary endMembership(String householdId, String personId, LocalDate tanggal, String keterangan);

    /** Members leave for a new KK (pecah KK); the new KK records where it came from. */
    HouseholdSummary split(String householdId, String nomorKkBaru, List<String> personIds, String kepalaPersonId,
            LocalDate tanggal);

    /** The whole household moves to a new address (pindah). */
    HouseholdSummary move(String householdId, String alamatJalan, String rt, String rw, String kodeKelurahan,
            LocalDate tanggal);

    Optional<HouseholdSummary> find(String householdId);

    /** Households with this KK number (normally one). */
    List<HouseholdSummary> findByKk(String nomorKk);

    static HouseholdService get() {
        return Lookup.getDefault().lookup(HouseholdService.class);
    }
}
