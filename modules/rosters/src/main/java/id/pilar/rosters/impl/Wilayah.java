package id.pilar.rosters.impl;

import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kecamatan;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import java.util.Optional;

/** Names of the reference codes the rosters store. */
final class Wilayah {

    private Wilayah() {
    }

    static Optional<Kelurahan> kelurahan(String kode) {
        return kode == null ? Optional.empty() : ReferenceData.get().kelurahan(kode);
    }

    static String kelurahanName(String kode) {
        return kelurahan(kode).map(Kelurahan::nama).orElse(kode == null ? "" : kode);
    }

    static Optional<Kecamatan> kecamatan(String kode) {
        return ReferenceData.get().kecamatan().stream().filter(k -> k.kode().equals(kode)).findFirst();
    }

    /** A current PSKS category, or empty (a PPKS code is not a pillar). */
    static Optional<KategoriKesos> psks(String kode) {
        return kode == null ? Optional.empty()
                : ReferenceData.get().kategori(kode).filter(k -> KategoriKesos.PSKS.equals(k.jenis()) && k.aktif());
    }

    static String psksLabel(String kode) {
        return psks(kode).map(k -> k.singkatan() == null ? k.nama() : k.singkatan()).orElse(kode);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
