package id.pilar.cases.api;

import id.pilar.core.api.security.Permission;
import id.pilar.core.api.security.Permission.Kind;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/**
 * What the case services check before every operation. Reading is for every role; case work for
 * social workers and up; approvals, capacity overrides and settings for supervisors; the case
 * summary takes personal data out of Pilar and is an export.
 */
@Messages({
    "PERM_Read=Lihat kasus, linimasa, tugas dan antrean persetujuan",
    "PERM_Work=Kerjakan kasus: buka, asesmen, rencana, layanan, rujukan, catatan, tugas, lampiran, persetujuan klien",
    "PERM_Approve=Setujui rencana intervensi dan penutupan kasus; izinkan rujukan ke lembaga penuh",
    "PERM_Settings=Ubah pengaturan kasus: awalan nomor kantor, ranah dan isian asesmen, direktori lembaga",
    "PERM_Import=Impor daftar kasus lama dari berkas",
    "PERM_Export=Cetak ringkasan kasus (PDF)"
})
public final class CasesPermissions {

    public static final Permission READ = Permission.of("cases.read", Kind.READ, Bundle.PERM_Read());
    public static final Permission WORK = Permission.of("cases.case.write", Kind.CASE_WORK, Bundle.PERM_Work());
    public static final Permission APPROVE = Permission.of("cases.approval.approve", Kind.APPROVE, Bundle.PERM_Approve());
    public static final Permission SETTINGS = Permission.of("cases.settings.approve", Kind.APPROVE, Bundle.PERM_Settings());
    public static final Permission IMPORT = Permission.of("cases.import.write", Kind.CASE_WORK, Bundle.PERM_Import());
    public static final Permission EXPORT = Permission.of("cases.summary.export", Kind.EXPORT_PERSONAL, Bundle.PERM_Export());

    public static final List<Permission> ALL = List.of(READ, WORK, APPROVE, SETTINGS, IMPORT, EXPORT);

    private CasesPermissions() {
    }
}
