package id.pilar.registry.api;

import java.util.List;

/**
 * A KK with its members (current and past) and its history.
 *
 * @param status {@code AKTIF} or {@code TIDAK_AKTIF}
 * @param asalId the household this one was split from, or null
 * @param tanpaAlamatTetap a family without a fixed address; {@code lokasiTerakhir} where it was last seen
 */
public record HouseholdSummary(String id, String nomorKk, String alamatJalan, String rt, String rw, String kelurahan,
        String status, String asalId, List<HouseholdMember> anggota, List<HouseholdEvent> riwayat, boolean tanpaAlamatTetap,
        String lokasiTerakhir) {

    public HouseholdSummary {
        anggota = List.copyOf(anggota);
        riwayat = List.copyOf(riwayat);
    }

    public List<HouseholdMember> currentMembers() {
        return anggota.stream().filter(m -> m.selesai() == null).toList();
    }
}
