package id.pilar.intake.impl;

import id.pilar.core.spi.PersonalDataSection;
import id.pilar.core.spi.PersonalDataSource;
import java.sql.Connection;
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
 * UU PDP: the social reports triaged to a registry person (with their reporter, who may be the
 * person themselves or a relative) and the outreach records of the person found. Erasure removes
 * names, phone, NIK, address and free text, here and in the audit tables, and keeps kelurahan,
 * category, counts and dates, which the statistics and the early warning count.
 */
@ServiceProvider(service = PersonalDataSource.class)
@Messages({
    "PDP_Reports=Laporan sosial tentang orang ini",
    "PDP_Found=Ditemukan dalam operasi penjangkauan",
    "PDP_Attachments=Lampiran laporan tentang orang ini",
    "PDP_FileName=Nama berkas", "PDP_FileType=Jenis", "PDP_FileSize=Ukuran (byte)", "PDP_FileAdded=Dilampirkan",
    "PDP_Erased=(dihapus)"
})
public final class IntakePersonalData implements PersonalDataSource {

    private static final String[][] REPORT = {
        {"nomor", "Nomor laporan"}, {"diterima_at", "Diterima"}, {"kanal", "Kanal"}, {"pelapor_nama", "Pelapor"},
        {"pelapor_telepon", "Telepon pelapor"}, {"kode_kelurahan", "Kode kelurahan"}, {"alamat", "Alamat"},
        {"kategori_kode", "Kategori"}, {"uraian", "Uraian"}, {"status", "Status"}, {"case_id", "Kasus"}
    };
    private static final String[][] FOUND = {
        {"nama", "Nama/panggilan"}, {"jenis_kelamin", "Jenis kelamin"}, {"usia_perkiraan", "Perkiraan usia"},
        {"kategori_kode", "Kategori"}, {"nik", "NIK"}, {"kondisi", "Kondisi"}, {"created_at", "Dicatat"}
    };

    @Override
    public String moduleId() {
        return IntakeSchema.MODULE_ID;
    }

    @Override
    public List<PersonalDataSection> collect(String personId, Connection c) throws SQLException {
        List<PersonalDataSection> out = new ArrayList<>();
        List<Map<String, String>> reports = rows(c, "intake_report", REPORT, personId);
        if (!reports.isEmpty()) {
            out.add(new PersonalDataSection(Bundle.PDP_Reports(), reports));
        }
        List<Map<String, String>> found = rows(c, "intake_found_person", FOUND, personId);
        if (!found.isEmpty()) {
            out.add(new PersonalDataSection(Bundle.PDP_Found(), found));
        }
        List<Map<String, String>> files = attachments(c, personId);
        if (!files.isEmpty()) {
            out.add(new PersonalDataSection(Bundle.PDP_Attachments(), files));
        }
        return out;
    }

    private static final String ATTACHMENTS_OF_PERSON = "SELECT a.id FROM intake_report_attachment a JOIN intake_report r ON r.id = a.report_id"
            + " WHERE r.person_id = ?";

    private static List<Map<String, String>> attachments(Connection c, String personId) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT nama_file, mime, ukuran, created_at FROM intake_report_attachment WHERE id IN ("
                + ATTACHMENTS_OF_PERSON + ") ORDER BY created_at")) {
            ps.setString(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put(Bundle.PDP_FileName(), rs.getString(1));
                    m.put(Bundle.PDP_FileType(), rs.getString(2));
                    m.put(Bundle.PDP_FileSize(), rs.getString(3));
                    m.put(Bundle.PDP_FileAdded(), rs.getString(4));
                    out.add(m);
                }
            }
        }
        return out;
    }

    @Override
    public void anonymise(String personId, Connection c) throws SQLException {
        for (String table : List.of("intake_report", "intake_report_aud")) {
            update(c, "UPDATE " + table + " SET pelapor_nama = NULL, pelapor_telepon = NULL, alamat = NULL, uraian = NULL,"
                    + " lintang_e6 = NULL, bujur_e6 = NULL WHERE " + (table.endsWith("_aud")
                            ? "id IN (SELECT id FROM intake_report WHERE person_id = ?)" : "person_id = ?"), personId);
        }
        // photos and letters of the person's reports identify them: the bytes go, the row says a file was there
        update(c, "DELETE FROM intake_report_attachment_isi WHERE attachment_id IN (" + ATTACHMENTS_OF_PERSON + ")", personId);
        for (String table : List.of("intake_report_attachment", "intake_report_attachment_aud")) {
            update(c, "UPDATE " + table + " SET nama_file = '" + Bundle.PDP_Erased().replace("'", "") + "' WHERE id IN ("
                    + ATTACHMENTS_OF_PERSON + ")", personId);
        }
        for (String table : List.of("intake_found_person", "intake_found_person_aud")) {
            update(c, "UPDATE " + table + " SET nama = '" + Bundle.PDP_Erased().replace("'", "") + "', nik = NULL, kondisi = NULL WHERE person_id = ?", personId);
        }
    }

    private static List<Map<String, String>> rows(Connection c, String table, String[][] fields, String personId) throws SQLException {
        StringBuilder cols = new StringBuilder();
        for (String[] f : fields) {
            cols.append(cols.length() == 0 ? "" : ", ").append(f[0]);
        }
        List<Map<String, String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + cols + " FROM " + table + " WHERE person_id = ?")) {
            ps.setString(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 0; i < fields.length; i++) {
                        String v = rs.getString(i + 1);
                        m.put(fields[i][1], v == null ? "" : v);
                    }
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static void update(Connection c, String sql, String personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, personId);
            ps.executeUpdate();
        }
    }
}
