package id.pilar.registry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/** Households (KK): members with their SHDK relation, splits and moves kept as history. */
public interface HouseholdService {

    /** A new KK at a street address (every part optional); the head is its first member. */
    default HouseholdSummary create(String nomorKk, String alamatJalan, String rt, String rw, String kodeKelurahan,
            String kepalaPersonId, LocalDate tanggal) {
        return create(nomorKk, HouseholdAddress.of(alamatJalan, rt, rw, kodeKelurahan), kepalaPersonId, tanggal);
    }

    /**
     * A new KK, with or without a fixed address; the head is its first member.
     *
     * @throws RegistryValidationException when the KK number or the address is not valid
     */
    HouseholdSummary create(String nomorKk, HouseholdAddress alamat, String kepalaPersonId, LocalDate tanggal);

    /** Adds a person; a current membership in another KK ends on the same day. */
    HouseholdSummary addMember(String householdId, String personId, Shdk shdk, LocalDate tanggal);

    /** Ends a membership (the person left, died, …) without deleting it. */
    HouseholdSummary endMembership(String householdId, String personId, LocalDate tanggal, String keterangan);

    /** Members leave for a new KK (pecah KK); the new KK records where it came from. */
    HouseholdSummary split(String householdId, String nomorKkBaru, List<String> personIds, String kepalaPersonId,
            LocalDate tanggal);

    /** The whole household moves to a new street address (pindah); the members' own records stay. */
    default HouseholdSummary move(String householdId, String alamatJalan, String rt, String rw, String kodeKelurahan,
            LocalDate tanggal) {
        return move(householdId, HouseholdAddress.of(alamatJalan, rt, rw, kodeKelurahan), List.of(), tanggal);
    }

    /**
     * The household moves (pindah), and in the same transaction the members named in
     * {@code movingMembers} get the new address on their own records (each change in their history).
     *
     * @param movingMembers current members to update, usually chosen from {@link #residents}
     * @throws RegistryValidationException when the address is not valid
     */
    HouseholdSummary move(String householdId, HouseholdAddress alamat, List<String> movingMembers, LocalDate tanggal);

    /**
     * Current members who live at the household's address (their own address equals it, or both
     * have no fixed address): the ones a move offers to update.
     */
    List<PersonSummary> residents(String householdId);

    Optional<HouseholdSummary> find(String householdId);

    /** Households with this KK number (normally one). */
    List<HouseholdSummary> findByKk(String nomorKk);

    static HouseholdService get() {
        return Lookup.getDefault().lookup(HouseholdService.class);
    }
}
