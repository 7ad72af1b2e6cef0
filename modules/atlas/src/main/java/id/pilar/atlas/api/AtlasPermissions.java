package id.pilar.atlas.api;

import id.pilar.core.api.security.Permission;
import id.pilar.core.api.security.Permission.Kind;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/**
 * What the atlas services check first. Everyone who reads the registry may read the atlas (its
 * figures are counts, never persons); the index weights are a supervisor's decision; the monthly
 * report leaves the office and the population figures replace the shipped ones, so both are
 * administrative work of the sub-agency's head.
 */
@Messages({
    "PERM_Read=Lihat peta kerentanan, indeks per kelurahan dan dasbor",
    "PERM_Weights=Ubah bobot indikator indeks kerentanan",
    "PERM_Report=Buat rekap bulanan (XLSX dan PDF) untuk dinas provinsi",
    "PERM_Import=Impor batas wilayah (GeoJSON) dan angka penduduk per kelurahan"
})
public final class AtlasPermissions {

    public static final Permission READ = Permission.of("atlas.read", Kind.READ, Bundle.PERM_Read());
    public static final Permission WEIGHTS = Permission.of("atlas.weights.approve", Kind.APPROVE, Bundle.PERM_Weights());
    public static final Permission REPORT = Permission.of("atlas.report.approve", Kind.APPROVE, Bundle.PERM_Report());
    public static final Permission IMPORT = Permission.of("atlas.import.administer", Kind.ADMINISTER, Bundle.PERM_Import());

    public static final List<Permission> ALL = List.of(READ, WEIGHTS, REPORT, IMPORT);

    private AtlasPermissions() {
    }
}
