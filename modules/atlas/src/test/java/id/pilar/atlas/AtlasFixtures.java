package id.pilar.atlas;

import id.pilar.core.persistence.Transactions;
import id.pilar.security.api.UserAccounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A small month of data written straight into the feature modules' tables (November 2026), whose
 * counts the tests know by hand:
 *
 * <ul>
 * <li>registry: Gambir 3 people in need (one with two categories), plus one whose category ended
 *     in October and one merged record (neither counts); Karang Anyar 2;
 * <li>cases: Gambir open since September, opened 5 November, and one closed on 10 November;
 *     Karang Anyar opened 20 November → open on 30 November 3, new in November 2;
 * <li>intake: Gambir 2 reports on 25 November and a duplicate (left out), Karang Anyar 1 in August
 *     (outside 30 and 90 days);
 * <li>rosters: Karang Anyar 2 members with a running membership and one whose membership ended in
 *     October; one TKSK of kecamatan Gambir (SK in force) and one whose SK lapsed → 1 for the
 *     kecamatan, counted once in the totals although each of Gambir's 6 kelurahan shows it.
 * </ul>
 */
public final class AtlasFixtures {

    public static final String GAMBIR = "31.71.01.1001";
    public static final String KARANG_ANYAR = "31.71.02.1002";
    public static final char[] PASSWORD = "Kata-Sandi-Uji-2026".toCharArray();
    private static final String AT = "2026-10-01T00:00:00Z";

    private AtlasFixtures() {
    }

    /** The first admin of a new database, signed in. */
    public static void signInAsAdmin() {
        UserAccounts users = UserAccounts.get();
        users.createFirstAdmin("admin", "Admin Uji", PASSWORD);
        users.login("admin", PASSWORD);
    }

    public static void november(Transactions tx) {
        tx.jdbc(c -> {
            person(c, GAMBIR, "AKTIF", "PPKS-11", "2026-10-01", null);
            String two = person(c, GAMBIR, "AKTIF", "PPKS-11", "2026-10-01", null);
            category(c, two, "PPKS-12", "2026-11-02", null);
            person(c, GAMBIR, "AKTIF", "PPKS-12", null, null);
            person(c, GAMBIR, "AKTIF", "PPKS-11", "2026-09-01", "2026-10-15");
            person(c, GAMBIR, "GANDA", "PPKS-11", "2026-10-01", null);
            person(c, KARANG_ANYAR, "AKTIF", "PPKS-24", "2026-10-01", null);
            person(c, KARANG_ANYAR, "AKTIF", "PPKS-24", "2026-11-30", null);

            kasus(c, GAMBIR, "PPKS-11", "2026-09-01", null);
            kasus(c, GAMBIR, "PPKS-12", "2026-11-05", null);
            kasus(c, GAMBIR, "PPKS-11", "2026-08-01", "2026-11-10");
            kasus(c, KARANG_ANYAR, "PPKS-24", "2026-11-20", null);

            laporan(c, GAMBIR, "PPKS-11", "2026-11-25", "BARU");
            laporan(c, GAMBIR, "PPKS-12", "2026-11-25", "DITAUTKAN");
            laporan(c, GAMBIR, "PPKS-11", "2026-11-25", "DUPLIKAT");
            laporan(c, KARANG_ANYAR, "PPKS-24", "2026-08-10", "BARU");

            exec(c, "INSERT INTO ros_organisation (id, version, created_at, created_by, updated_at, updated_by, name, psks_kode,"
                    + " registration_number, kelurahan_kode, status) VALUES ('org-1', 0, ?, 'uji', ?, 'uji', 'Karang Taruna Uji', 'PSKS-05',"
                    + " 'KT-UJI-1', ?, 'AKTIF')", AT, AT, KARANG_ANYAR);
            member(c, "m1", KARANG_ANYAR, null, null, "2026-01-01", null);
            member(c, "m2", KARANG_ANYAR, null, null, "2026-06-01", null);
            member(c, "m3", KARANG_ANYAR, null, null, "2026-01-01", "2026-10-31");
            member(c, "m4", GAMBIR, "31.71.01", "2026-12-31", null, null);
            member(c, "m5", GAMBIR, "31.71.01", "2026-06-30", null, null);
            return null;
        });
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** A pillar member; a TKSK when {@code tkskKecamatan} is given, a member of org-1 when {@code start} is. */
    private static void member(Connection c, String id, String kel, String tkskKecamatan, String tkskUntil, String start, String end)
            throws SQLException {
        exec(c, "INSERT INTO ros_member (id, version, created_at, created_by, updated_at, updated_by, nik, full_name, name_key, sex,"
                + " kelurahan_kode, tksk_kecamatan_kode, tksk_sk_valid_until) VALUES (?, 0, ?, 'uji', ?, 'uji', ?, 'Anggota Uji', 'anggota uji',"
                + " 'L', ?, ?, ?)", id, AT, AT, "31710101019000" + id.substring(1).length() + id.substring(1), kel, tkskKecamatan, tkskUntil);
        if (start != null) {
            exec(c, "INSERT INTO ros_membership (id, version, created_at, created_by, updated_at, updated_by, member_id, organisation_id,"
                    + " role, start_date, end_date) VALUES (?, 0, ?, 'uji', ?, 'uji', ?, 'org-1', 'ANGGOTA', ?, ?)", "ms-" + id, AT, AT, id, start, end);
        }
    }

    private static String person(Connection c, String kel, String status, String kategori, String mulai, String selesai) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reg_person (id, version, created_at, created_by, updated_at, updated_by,"
                + " nomor_registri, nama, nama_kanonik, kode_kelurahan, tanpa_alamat, status) VALUES (?, 0, ?, 'uji', ?, 'uji', ?, 'Uji', 'uji', ?, 0, ?)")) {
            ps.setString(1, id);
            ps.setString(2, AT);
            ps.setString(3, AT);
            ps.setString(4, "REG-" + id);
            ps.setString(5, kel);
            ps.setString(6, status);
            ps.executeUpdate();
        }
        category(c, id, kategori, mulai, selesai);
        return id;
    }

    private static void category(Connection c, String person, String kategori, String mulai, String selesai) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reg_person_kategori (id, version, created_at, created_by, updated_at,"
                + " updated_by, person_id, kode_kategori, mulai, selesai) VALUES (?, 0, ?, 'uji', ?, 'uji', ?, ?, ?, ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, AT);
            ps.setString(3, AT);
            ps.setString(4, person);
            ps.setString(5, kategori);
            ps.setString(6, mulai);
            ps.setString(7, selesai);
            ps.executeUpdate();
        }
    }

    private static void kasus(Connection c, String kel, String kategori, String buka, String tutup) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_file (id, version, created_at, created_by, updated_at, updated_by,"
                + " nomor, tahun, status, sumber, kategori_kode, risiko, tanggal_buka, kode_kelurahan, tanggal_tutup)"
                + " VALUES (?, 0, ?, 'uji', ?, 'uji', ?, 2026, ?, 'DATANG', ?, 'SEDANG', ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, AT);
            ps.setString(3, AT);
            ps.setString(4, "KS-" + id);
            ps.setString(5, tutup == null ? "LAYANAN" : "DITUTUP");
            ps.setString(6, kategori);
            ps.setString(7, buka);
            ps.setString(8, kel);
            ps.setString(9, tutup);
            ps.executeUpdate();
        }
    }

    private static void laporan(Connection c, String kel, String kategori, String tanggal, String status) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_report (id, version, created_at, created_by, updated_at, updated_by,"
                + " nomor, diterima_at, tanggal, minggu, kanal, anonim, kode_kelurahan, kategori_kode, jumlah_orang, status)"
                + " VALUES (?, 0, ?, 'uji', ?, 'uji', ?, ?, ?, ?, 'HOTLINE', 1, ?, ?, 1, ?)")) {
            ps.setString(1, id);
            ps.setString(2, AT);
            ps.setString(3, AT);
            ps.setString(4, "LP-" + id);
            ps.setString(5, tanggal + "T03:00:00Z");
            ps.setString(6, tanggal);
            ps.setString(7, tanggal);
            ps.setString(8, kel);
            ps.setString(9, kategori);
            ps.setString(10, status);
            ps.executeUpdate();
        }
    }
}
