package id.pilar.core.api.reference;

import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/** Reference data shipped with Pilar: Jakarta Pusat's regions and the PPKS/PSKS categories. */
public interface ReferenceData {

    List<Kecamatan> kecamatan();

    List<Kelurahan> kelurahan();

    Optional<Kelurahan> kelurahan(String kodeKemendagri);

    /**
     * Finds a kelurahan by a name as met in real files: any case, spaces, a BOM, and known
     * variants ("Harapan Mulya" for Harapan Mulia, "Rawa Sari" for Rawasari), or by its
     * Kemendagri or BPS code.
     */
    Optional<Kelurahan> findKelurahan(String nameOrCode);

    /** Categories of one kind ({@link KategoriKesos#PPKS}, …), current ones only unless {@code withLegacy}. */
    List<KategoriKesos> kategori(String jenis, boolean withLegacy);

    Optional<KategoriKesos> kategori(String kode);

    static ReferenceData get() {
        return Lookup.getDefault().lookup(ReferenceData.class);
    }
}
