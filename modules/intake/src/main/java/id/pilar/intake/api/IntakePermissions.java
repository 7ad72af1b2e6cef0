package id.pilar.intake.api;

import id.pilar.core.api.security.Permission;
import id.pilar.core.api.security.Permission.Kind;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/**
 * What the intake services check before every operation. Every role reads and enters reports (a
 * hotline clerk is an operator); triage and outreach are case work; targets and alert thresholds
 * are a supervisor's; the reporter's identity is sensitive ({@code AccessControl.Sensitive.REPORTER}).
 */
@Messages({
    "PERM_Read=Lihat laporan sosial, titik rawan, operasi penjangkauan dan peringatan dini",
    "PERM_Enter=Catat laporan sosial dan titik rawan baru; impor laporan dari berkas",
    "PERM_Triage=Triase laporan (tautkan, buka kasus, duplikat, tutup), catat operasi penjangkauan, akui peringatan",
    "PERM_Settings=Ubah target waktu triase dan respons serta ambang peringatan dini"
})
public final class IntakePermissions {

    public static final Permission READ = Permission.of("intake.read", Kind.READ, Bundle.PERM_Read());
    public static final Permission ENTER = Permission.of("intake.report.enter", Kind.DATA_ENTRY, Bundle.PERM_Enter());
    public static final Permission TRIAGE = Permission.of("intake.triage.work", Kind.CASE_WORK, Bundle.PERM_Triage());
    public static final Permission SETTINGS = Permission.of("intake.settings.approve", Kind.APPROVE, Bundle.PERM_Settings());

    public static final List<Permission> ALL = List.of(READ, ENTER, TRIAGE, SETTINGS);

    private IntakePermissions() {
    }
}
