package id.pilar.awards.api;

import id.pilar.core.api.security.Permission;
import id.pilar.core.api.security.Permission.Kind;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/**
 * What the awards services check before every operation: everyone reads; social workers nominate
 * and attach evidence; supervisors move nominations along the route, decide, confer and edit the
 * catalogue; taking personal data out (XLSX, CSV) is for supervisors.
 */
@Messages({
    "PERM_Read=Lihat katalog penghargaan, kelayakan, usulan, upacara dan penghargaan",
    "PERM_Nominate=Buat usulan penghargaan, lampirkan dokumen dan ajukan",
    "PERM_RecordFacts=Catat kewarganegaraan, donor darah dan hukuman anggota untuk penilaian penghargaan",
    "PERM_Decide=Verifikasi, teruskan, setujui, tolak dan anugerahkan usulan penghargaan; kelola upacara",
    "PERM_Catalogue=Ubah katalog jenis penghargaan dan aturannya",
    "PERM_Print=Cetak piagam dan laporan penghargaan (PDF)",
    "PERM_Export=Ekspor daftar kelayakan dan laporan penghargaan (XLSX, CSV)"
})
public final class AwardsPermissions {

    public static final Permission READ = Permission.of("awards.read", Kind.READ, Bundle.PERM_Read());
    public static final Permission NOMINATE = Permission.of("awards.nomination.write", Kind.CASE_WORK, Bundle.PERM_Nominate());
    public static final Permission RECORD_FACTS = Permission.of("awards.facts.write", Kind.CASE_WORK, Bundle.PERM_RecordFacts());
    public static final Permission DECIDE = Permission.of("awards.nomination.approve", Kind.APPROVE, Bundle.PERM_Decide());
    public static final Permission CATALOGUE = Permission.of("awards.catalogue.approve", Kind.APPROVE, Bundle.PERM_Catalogue());
    public static final Permission PRINT = Permission.of("awards.report.read", Kind.READ, Bundle.PERM_Print());
    public static final Permission EXPORT = Permission.of("awards.report.export", Kind.EXPORT_PERSONAL, Bundle.PERM_Export());

    public static final List<Permission> ALL = List.of(READ, NOMINATE, RECORD_FACTS, DECIDE, CATALOGUE, PRINT, EXPORT);

    private AwardsPermissions() {
    }
}
