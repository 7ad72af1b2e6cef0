package id.pilar.security.api;

import id.pilar.core.api.security.AccessControl.Sensitive;
import id.pilar.core.api.security.Permission;
import id.pilar.core.api.security.Permission.Kind;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/** The permissions this module's services declare; roles get them through {@link RolePolicy}. */
@Messages({
    "PERM_UserAdmin=Kelola akun pengguna",
    "PERM_SelfWrite=Ganti kata sandi sendiri",
    "PERM_BackupAdmin=Buat cadangan dan atur pencadangan",
    "PERM_RestoreAdmin=Pulihkan basis data dari cadangan",
    "PERM_AuditRead=Lihat riwayat perubahan dan log akses",
    "PERM_ConsentRead=Lihat register persetujuan",
    "PERM_ConsentWrite=Catat dan tarik persetujuan",
    "PERM_RequestWrite=Ajukan permintaan penghapusan/pembatasan",
    "PERM_RequestApprove=Setujui permintaan penghapusan/pembatasan",
    "PERM_SubjectExport=Ekspor data subjek (akses data pribadi)"
})
public final class SecurityPermissions {

    /** Create, change, deactivate and unlock accounts; list all accounts. */
    public static final Permission USER_ADMIN = Permission.of("security.user.admin", Kind.ADMINISTER, Bundle.PERM_UserAdmin());
    /** Change one's own password: every role. */
    public static final Permission SELF_WRITE = Permission.of("security.self.write", Kind.OWN_ACCOUNT, Bundle.PERM_SelfWrite());
    /** Make an encrypted backup and change backup settings. */
    public static final Permission BACKUP_ADMIN = Permission.of("security.backup.admin", Kind.ADMINISTER, Bundle.PERM_BackupAdmin());
    /** Replace the database with a backup. */
    public static final Permission RESTORE_ADMIN = Permission.of("security.restore.admin", Kind.ADMINISTER, Bundle.PERM_RestoreAdmin());
    /** Read the audit history (who changed what) and the read log. */
    public static final Permission AUDIT_READ = Permission.of("security.audit.read", Kind.APPROVE, Bundle.PERM_AuditRead());
    public static final Permission CONSENT_READ = Permission.of("pdp.consent.read", Kind.READ, Bundle.PERM_ConsentRead());
    public static final Permission CONSENT_WRITE = Permission.of("pdp.consent.write", Kind.DATA_ENTRY, Bundle.PERM_ConsentWrite());
    /** File an erasure or restriction request. */
    public static final Permission REQUEST_WRITE = Permission.of("pdp.request.write", Kind.CASE_WORK, Bundle.PERM_RequestWrite());
    /** Approve (and thereby carry out) or reject a request. */
    public static final Permission REQUEST_APPROVE = Permission.of("pdp.request.approve", Kind.APPROVE, Bundle.PERM_RequestApprove());
    /** Subject-access export: everything held about a person, unmasked. */
    public static final Permission SUBJECT_EXPORT = Permission.of("pdp.subject.export", Kind.EXPORT_PERSONAL, Bundle.PERM_SubjectExport());

    private SecurityPermissions() {
    }

    /** The permission core's {@code AccessControl.canSee(kind)} asks for, e.g. {@code sensitive.nik-kk.view}. */
    public static Permission sensitive(Sensitive kind) {
        return Permission.sensitive(kind);
    }

    public static List<Permission> all() {
        return List.of(USER_ADMIN, SELF_WRITE, BACKUP_ADMIN, RESTORE_ADMIN, AUDIT_READ, CONSENT_READ, CONSENT_WRITE,
                REQUEST_WRITE, REQUEST_APPROVE, SUBJECT_EXPORT,
                sensitive(Sensitive.NIK_KK), sensitive(Sensitive.HEALTH), sensitive(Sensitive.CASE_NOTES),
                sensitive(Sensitive.REPORTER));
    }
}
