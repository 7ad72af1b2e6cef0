package id.pilar.rosters.api;

import id.pilar.core.api.security.Permission;
import id.pilar.core.api.security.Permission.Kind;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/**
 * What the rosters services check before every operation. Data entry is open to operators; a
 * spreadsheet export of personal data is for supervisors.
 */
@Messages({
    "PERM_Read=Lihat organisasi, anggota, jadwal tugas dan jam layanan pilar sosial",
    "PERM_OrganisationWrite=Ubah data organisasi pilar sosial",
    "PERM_MemberWrite=Ubah data anggota, keanggotaan dan sertifikat",
    "PERM_MemberImport=Impor daftar anggota dari berkas",
    "PERM_DutyWrite=Rencanakan tugas, shift dan penugasan",
    "PERM_AttendanceWrite=Catat kehadiran (datang/pulang)",
    "PERM_HoursCorrect=Koreksi jam layanan dengan alasan",
    "PERM_Report=Buat dan cetak (PDF) laporan dan jadwal pilar sosial",
    "PERM_ReportExport=Ekspor laporan pilar sosial ke XLSX"
})
public final class RostersPermissions {

    public static final Permission READ = Permission.of("rosters.read", Kind.READ, Bundle.PERM_Read());
    public static final Permission ORGANISATION_WRITE = Permission.of("rosters.organisation.write", Kind.DATA_ENTRY, Bundle.PERM_OrganisationWrite());
    public static final Permission MEMBER_WRITE = Permission.of("rosters.member.write", Kind.DATA_ENTRY, Bundle.PERM_MemberWrite());
    public static final Permission MEMBER_IMPORT = Permission.of("rosters.member.import", Kind.DATA_ENTRY, Bundle.PERM_MemberImport());
    public static final Permission DUTY_WRITE = Permission.of("rosters.duty.write", Kind.DATA_ENTRY, Bundle.PERM_DutyWrite());
    public static final Permission ATTENDANCE_WRITE = Permission.of("rosters.attendance.write", Kind.DATA_ENTRY, Bundle.PERM_AttendanceWrite());
    public static final Permission HOURS_CORRECT = Permission.of("rosters.correction.write", Kind.DATA_ENTRY, Bundle.PERM_HoursCorrect());
    public static final Permission REPORT = Permission.of("rosters.report.read", Kind.READ, Bundle.PERM_Report());
    public static final Permission REPORT_EXPORT = Permission.of("rosters.report.export", Kind.EXPORT_PERSONAL, Bundle.PERM_ReportExport());

    public static final List<Permission> ALL = List.of(READ, ORGANISATION_WRITE, MEMBER_WRITE, MEMBER_IMPORT, DUTY_WRITE,
            ATTENDANCE_WRITE, HOURS_CORRECT, REPORT, REPORT_EXPORT);

    private RostersPermissions() {
    }
}
