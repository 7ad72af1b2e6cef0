package id.pilar.security.api;

import id.pilar.core.api.security.AccessControl.Sensitive;
import id.pilar.core.api.security.Permission;
import java.util.List;
import java.util.Locale;

/** The permissions this module's services declare; roles get them through {@link RolePolicy}. */
public final class SecurityPermissions {

    /** Create, change, deactivate and unlock accounts; list all accounts. */
    public static final Permission USER_ADMIN = Permission.of("security.user.admin", "Kelola akun pengguna");
    /** Change one's own password: every role. */
    public static final Permission SELF_WRITE = Permission.of("security.self.write", "Ganti kata sandi sendiri");
    /** Make an encrypted backup and change backup settings. */
    public static final Permission BACKUP_ADMIN = Permission.of("security.backup.admin", "Buat cadangan dan atur pencadangan");
    /** Replace the database with a backup. */
    public static final Permission RESTORE_ADMIN = Permission.of("security.restore.admin", "Pulihkan basis data dari cadangan");
    /** Read the audit history (who changed what) and the read log. */
    public static final Permission AUDIT_READ = Permission.of("security.audit.read", "Lihat riwayat perubahan dan log akses");
    public static final Permission CONSENT_READ = Permission.of("pdp.consent.read", "Lihat register persetujuan");
    public static final Permission CONSENT_WRITE = Permission.of("pdp.consent.write", "Catat dan tarik persetujuan");
    /** File an erasure or restriction request. */
    public static final Permission REQUEST_WRITE = Permission.of("pdp.request.write", "Ajukan permintaan penghapusan/pembatasan");
    /** Approve (and thereby carry out) or reject a request. */
    public static final Permission REQUEST_APPROVE = Permission.of("pdp.request.approve", "Setujui permintaan penghapusan/pembatasan");
    /** Subject-access export: everything held about a person, unmasked. */
    public static final Permission SUBJECT_EXPORT = Permission.of("pdp.subject.export", "Ekspor data subjek (akses data pribadi)");

    private SecurityPermissions() {
    }

    /** The permission core's {@code AccessControl.canSee(kind)} asks for, e.g. {@code sensitive.nik-kk.view}. */
    public static Permission sensitive(Sensitive kind) {
        return Permission.of("sensitive." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".view",
                "Lihat data sensitif");
    }

    public static List<Permission> all() {
        return List.of(USER_ADMIN, SELF_WRITE, BACKUP_ADMIN, RESTORE_ADMIN, AUDIT_READ, CONSENT_READ, CONSENT_WRITE,
                REQUEST_WRITE, REQUEST_APPROVE, SUBJECT_EXPORT,
                sensitive(Sensitive.NIK_KK), sensitive(Sensitive.HEALTH), sensitive(Sensitive.CASE_NOTES),
                sensitive(Sensitive.REPORTER));
    }
}
