package id.pilar.rosters.impl.pdp;

import id.pilar.core.spi.PersonalDataSection;
import id.pilar.core.spi.PersonalDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The rosters' part of a UU PDP request: what a social-pillar volunteer's roster holds (subject
 * access) and how the volunteer is made unidentifiable (erasure).
 *
 * <p>A request names a person by the registry's id. A member is the same person when the member's
 * NIK is the registry person's NIK; a request may also name the member's own id (a volunteer who
 * is not in the registry).
 *
 * <p>Erasure removes what identifies the volunteer: NIK (replaced by a unique placeholder, the
 * column is unique and required), name, phone, birth date, Tagana number, TKSK decree number,
 * certificate numbers and the free-text reasons of hours corrections, in the tables and in their
 * {@code _aud} history. It keeps what the service-hours statistics count: the member row and its
 * id (so attendance, assignments and corrections still add up per organisation, duty kind and
 * period), sex, kelurahan, Tagana rank, TKSK kecamatan and PSM kelurahan, memberships with their
 * dates (continuous service), certificates' training and skill, and every attendance minute.
 */
// Position: erasure runs the sources in Lookup order, and this one must run before the registry's
// (unpositioned, so later), which clears the NIK this one finds the member by.
@ServiceProvider(service = PersonalDataSource.class, position = 100)
@Messages({
    "PDP_Member=Pilar sosial: data anggota",
    "PDP_Memberships=Pilar sosial: keanggotaan organisasi",
    "PDP_Certificates=Pilar sosial: sertifikat pelatihan",
    "PDP_Deployments=Pilar sosial: penugasan dan kehadiran",
    "PDP_Corrections=Pilar sosial: koreksi jam",
    "PDP_Erased=[dihapus]",
    "FLD_birth_date=Tanggal lahir",
    "FLD_certificate_number=Nomor sertifikat",
    "FLD_check_in=Datang",
    "FLD_check_out=Pulang",
    "FLD_created_at=Dicatat",
    "FLD_created_by=Oleh",
    "FLD_delta_minutes=Selisih menit",
    "FLD_end_date=Selesai",
    "FLD_expires_on=Berlaku sampai",
    "FLD_full_name=Nama",
    "FLD_issued_on=Terbit",
    "FLD_issuer=Penerbit",
    "FLD_kelurahan_kode=Kode kelurahan",
    "FLD_kind=Jenis",
    "FLD_minutes=Menit",
    "FLD_name=Organisasi",
    "FLD_nik=NIK",
    "FLD_phone=Telepon",
    "FLD_psm_kelurahan_kode=Kelurahan PSM",
    "FLD_reason=Alasan",
    "FLD_role=Peran",
    "FLD_sex=Jenis kelamin",
    "FLD_shift_date=Tanggal",
    "FLD_skill_code=Keahlian",
    "FLD_source=Sumber",
    "FLD_start_date=Mulai",
    "FLD_tagana_number=Nomor Tagana",
    "FLD_tagana_rank=Tingkat Tagana",
    "FLD_title=Tugas",
    "FLD_tksk_kecamatan_kode=Kecamatan TKSK",
    "FLD_tksk_sk_number=Nomor SK TKSK",
    "FLD_tksk_sk_valid_from=SK TKSK berlaku dari",
    "FLD_tksk_sk_valid_until=SK TKSK berlaku sampai",
    "FLD_training_name=Pelatihan",
    "FLD_updated_at=Diubah",
    "FLD_work_date=Tanggal"
})
public final class RostersPersonalData implements PersonalDataSource {

    /** The label of a column in the subject-access export (bundle key {@code FLD_<column>}). */
    private static String label(String column) {
        return org.openide.util.NbBundle.getMessage(RostersPersonalData.class, "FLD_" + column);
    }

    private static final String[][] MEMBER_FIELDS = {
        {"nik", label("nik")}, {"full_name", label("full_name")}, {"sex", label("sex")}, {"birth_date", label("birth_date")},
        {"phone", label("phone")}, {"kelurahan_kode", label("kelurahan_kode")}, {"tagana_number", label("tagana_number")},
        {"tagana_rank", label("tagana_rank")}, {"tksk_kecamatan_kode", label("tksk_kecamatan_kode")}, {"tksk_sk_number", label("tksk_sk_number")},
        {"tksk_sk_valid_from", label("tksk_sk_valid_from")}, {"tksk_sk_valid_until", label("tksk_sk_valid_until")},
        {"psm_kelurahan_kode", label("psm_kelurahan_kode")}, {"created_at", label("created_at")}, {"updated_at", label("updated_at")}
    };

    @Override
    public String moduleId() {
        return "rosters";
    }

    @Override
    public List<PersonalDataSection> collect(String personId, Connection c) throws SQLException {
        List<PersonalDataSection> out = new ArrayList<>();
        for (String memberId : memberIds(personId, c)) {
            StringBuilder cols = new StringBuilder();
            for (String[] f : MEMBER_FIELDS) {
                cols.append(cols.length() == 0 ? "" : ", ").append(f[0]);
            }
            add(out, Bundle.PDP_Member(), rows(c, "SELECT " + cols + " FROM ros_member WHERE id = ?", memberId, MEMBER_FIELDS));
            add(out, Bundle.PDP_Memberships(), rows(c, "SELECT o.name, m.role, m.start_date, m.end_date FROM ros_membership m "
                    + "JOIN ros_organisation o ON o.id = m.organisation_id WHERE m.member_id = ? ORDER BY m.start_date", memberId,
                    new String[][] {{"name", label("name")}, {"role", label("role")}, {"start_date", label("start_date")}, {"end_date", label("end_date")}}));
            add(out, Bundle.PDP_Certificates(), rows(c, "SELECT training_name, skill_code, issuer, certificate_number, issued_on, expires_on "
                    + "FROM ros_certificate WHERE member_id = ? ORDER BY issued_on", memberId,
                    new String[][] {{"training_name", label("training_name")}, {"skill_code", label("skill_code")}, {"issuer", label("issuer")},
                        {"certificate_number", label("certificate_number")}, {"issued_on", label("issued_on")}, {"expires_on", label("expires_on")}}));
            add(out, Bundle.PDP_Deployments(), rows(c, "SELECT d.title, d.kind, s.shift_date, t.check_in, t.check_out, t.minutes, t.source "
                    + "FROM ros_assignment a JOIN ros_shift s ON s.id = a.shift_id JOIN ros_duty d ON d.id = s.duty_id "
                    + "LEFT JOIN ros_attendance t ON t.assignment_id = a.id WHERE a.member_id = ? ORDER BY s.shift_date", memberId,
                    new String[][] {{"title", label("title")}, {"kind", label("kind")}, {"shift_date", label("shift_date")}, {"check_in", label("check_in")},
                        {"check_out", label("check_out")}, {"minutes", label("minutes")}, {"source", label("source")}}));
            add(out, Bundle.PDP_Corrections(), rows(c, "SELECT work_date, kind, delta_minutes, reason, created_by FROM ros_hours_correction "
                    + "WHERE member_id = ? ORDER BY work_date", memberId,
                    new String[][] {{"work_date", label("work_date")}, {"kind", label("kind")}, {"delta_minutes", label("delta_minutes")},
                        {"reason", label("reason")}, {"created_by", label("created_by")}}));
        }
        return out;
    }

    @Override
    public void anonymise(String personId, Connection c) throws SQLException {
        for (String memberId : memberIds(personId, c)) {
            for (String table : List.of("ros_member", "ros_member_aud")) {
                // The NIK column is required and unique: a placeholder per member keeps both.
                update(c, "UPDATE " + table + " SET nik = ?, full_name = ?, birth_date = NULL, phone = NULL, tagana_number = NULL, "
                        + "tksk_sk_number = NULL WHERE id = ?", "dihapus-" + memberId, Bundle.PDP_Erased(), memberId);
            }
            update(c, "UPDATE ros_member SET name_key = 'dihapus' WHERE id = ?", memberId);
            for (String table : List.of("ros_certificate", "ros_certificate_aud")) {
                update(c, "UPDATE " + table + " SET certificate_number = NULL WHERE member_id = ?", memberId);
            }
            for (String table : List.of("ros_hours_correction", "ros_hours_correction_aud")) {
                update(c, "UPDATE " + table + " SET reason = ? WHERE member_id = ?", Bundle.PDP_Erased(), memberId);
            }
        }
    }

    /** The members that are this person: by the registry person's NIK, or the member's own id. */
    static List<String> memberIds(String personId, Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        String sql = hasTable(c, "reg_person")
                ? "SELECT id FROM ros_member WHERE id = ? OR nik = (SELECT p.nik FROM reg_person p WHERE p.id = ? AND p.nik IS NOT NULL)"
                : "SELECT id FROM ros_member WHERE id = ? OR id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, personId);
            ps.setString(2, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private static void add(List<PersonalDataSection> out, String title, List<Map<String, String>> rows) {
        if (!rows.isEmpty()) {
            out.add(new PersonalDataSection(title, rows));
        }
    }

    private static List<Map<String, String>> rows(Connection c, String sql, String id, String[][] fields) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < fields.length; i++) {
                        String v = rs.getString(i + 1);
                        row.put(fields[i][1], v == null ? "" : v);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static void update(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
