package id.pilar.rosters.api;

import id.pilar.core.api.security.Permission;
import java.util.List;

/**
 * What the rosters services check before every operation. Ids end in the verb the role policy
 * reads ({@code read}, {@code write}, {@code import}, {@code export}): data entry is open to
 * operators, a spreadsheet export of personal data to supervisors.
 */
public final class RostersPermissions {

    public static final Permission READ = Permission.of("rosters.read", "Lihat organisasi, anggota, jadwal tugas dan jam layanan pilar sosial");
    public static final Permission ORGANISATION_WRITE = Permission.of("rosters.organisation.write", "Ubah data organisasi pilar sosial");
    public static final Permission MEMBER_WRITE = Permission.of("rosters.member.write", "Ubah data anggota, keanggotaan dan sertifikat");
    public static final Permission MEMBER_IMPORT = Permission.of("rosters.member.import", "Impor daftar anggota dari berkas");
    public static final Permission DUTY_WRITE = Permission.of("rosters.duty.write", "Rencanakan tugas, shift dan penugasan");
    public static final Permission ATTENDANCE_WRITE = Permission.of("rosters.attendance.write", "Catat kehadiran (datang/pulang)");
    public static final Permission HOURS_CORRECT = Permission.of("rosters.correction.write", "Koreksi jam layanan dengan alasan");
    public static final Permission REPORT = Permission.of("rosters.report.read", "Buat dan cetak (PDF) laporan dan jadwal pilar sosial");
    public static final Permission REPORT_EXPORT = Permission.of("rosters.report.export", "Ekspor laporan pilar sosial ke XLSX");

    public static final List<Permission> ALL = List.of(READ, ORGANISATION_WRITE, MEMBER_WRITE, MEMBER_IMPORT, DUTY_WRITE,
            ATTENDANCE_WRITE, HOURS_CORRECT, REPORT, REPORT_EXPORT);

    private RostersPermissions() {
    }
}
