package id.pilar.registry.impl.pdp;

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
 * The registry's part of a UU PDP request: what it holds about a person (subject access) and how
 * that person is made unidentifiable (erasure) while the counts by kelurahan, sex, birth year and
 * category stay right.
 */
@ServiceProvider(service = PersonalDataSource.class)
@Messages({
    "PDP_Person=Registri: data pribadi",
    "PDP_Categories=Registri: kategori PPKS",
    "PDP_NikHistory=Registri: riwayat NIK",
    "PDP_Households=Registri: keanggotaan KK",
    "PDP_Dtsen=Registri: tautan DTSEN",
    "PDP_Erased=[dihapus]"
})
public final class RegistryPersonalData implements PersonalDataSource {

    private static final String[][] PERSON_FIELDS = {
        {"nomor_registri", "No. registri"}, {"nik", "NIK"}, {"nama", "Nama"}, {"alias", "Alias"},
        {"jenis_kelamin", "Jenis kelamin"}, {"tempat_lahir", "Tempat lahir"}, {"tanggal_lahir", "Tanggal lahir"},
        {"tahun_lahir_perkiraan", "Perkiraan tahun lahir"}, {"nama_ibu", "Nama ibu kandung"},
        {"alamat_jalan", "Alamat"}, {"rt", "RT"}, {"rw", "RW"}, {"kode_kelurahan", "Kode kelurahan"},
        {"lokasi_terakhir", "Lokasi terakhir"}, {"telepon", "Telepon"}, {"disabilitas", "Disabilitas"},
        {"catatan", "Catatan"}, {"status", "Status"}, {"created_at", "Dicatat"}, {"updated_at", "Diubah"}
    };

    @Override
    public String moduleId() {
        return "registry";
    }

    @Override
    public List<PersonalDataSection> collect(String personId, Connection c) throws SQLException {
        List<PersonalDataSection> out = new ArrayList<>();
        StringBuilder cols = new StringBuilder();
        for (String[] f : PERSON_FIELDS) {
            cols.append(cols.length() == 0 ? "" : ", ").append(f[0]);
        }
        List<Map<String, String>> person = rows(c, "SELECT " + cols + " FROM reg_person WHERE id = ?", personId, PERSON_FIELDS);
        if (person.isEmpty()) {
            return out;
        }
        out.add(new PersonalDataSection(Bundle.PDP_Person(), person));
        add(out, Bundle.PDP_Categories(), rows(c, "SELECT kode_kategori, mulai, selesai FROM reg_person_kategori WHERE person_id = ?",
                personId, new String[][] {{"kode_kategori", "Kategori"}, {"mulai", "Mulai"}, {"selesai", "Selesai"}}));
        add(out, Bundle.PDP_NikHistory(), rows(c, "SELECT nik_lama, nik_baru, alasan, created_at FROM reg_nik_riwayat WHERE person_id = ?",
                personId, new String[][] {{"nik_lama", "NIK lama"}, {"nik_baru", "NIK baru"}, {"alasan", "Alasan"}, {"created_at", "Waktu"}}));
        add(out, Bundle.PDP_Households(), rows(c, "SELECT h.nomor_kk, m.shdk, m.mulai, m.selesai FROM reg_household_anggota m "
                + "JOIN reg_household h ON h.id = m.household_id WHERE m.person_id = ?",
                personId, new String[][] {{"nomor_kk", "Nomor KK"}, {"shdk", "Hubungan (SHDK)"}, {"mulai", "Mulai"}, {"selesai", "Selesai"}}));
        add(out, Bundle.PDP_Dtsen(), rows(c, "SELECT iddtks, skor FROM reg_dtsen_tautan WHERE person_id = ?",
                personId, new String[][] {{"iddtks", "ID DTSEN"}, {"skor", "Skor kecocokan"}}));
        return out;
    }

    @Override
    public void anonymise(String personId, Connection c) throws SQLException {
        // Keep kelurahan, sex, birth year (moved to the estimated-year column), categories,
        // disability and status: the statistics. Everything that identifies goes.
        update(c, "UPDATE reg_person SET tahun_lahir_perkiraan = COALESCE(CAST(substr(tanggal_lahir, 1, 4) AS INTEGER), "
                + "tahun_lahir_perkiraan) WHERE id = ?", personId);
        update(c, "UPDATE reg_person SET nik = NULL, nama = ?, nama_kanonik = 'dihapus', alias = NULL, alias_kanonik = NULL, "
                + "tempat_lahir = NULL, tanggal_lahir = NULL, nama_ibu = NULL, alamat_jalan = NULL, rt = NULL, rw = NULL, "
                + "lokasi_terakhir = NULL, telepon = NULL, catatan = NULL WHERE id = ?", Bundle.PDP_Erased(), personId);
        update(c, "UPDATE reg_nik_riwayat SET nik_lama = NULL, nik_baru = NULL WHERE person_id = ?", personId);
        update(c, "UPDATE reg_penggabungan SET survivor_sebelum = '' WHERE survivor_id = ? OR merged_id = ?", personId, personId);
        // The change history holds the same values: erase them there too (the revisions stay, so
        // who changed the record and when is still known).
        update(c, "UPDATE reg_person_aud SET nik = NULL, nama = ?, alias = NULL, tempat_lahir = NULL, tanggal_lahir = NULL, "
                + "nama_ibu = NULL, alamat_jalan = NULL, rt = NULL, rw = NULL, lokasi_terakhir = NULL, telepon = NULL, "
                + "catatan = NULL WHERE id = ?", Bundle.PDP_Erased(), personId);
        update(c, "UPDATE reg_nik_riwayat_aud SET nik_lama = NULL, nik_baru = NULL WHERE person_id = ?", personId);
        update(c, "UPDATE reg_penggabungan_aud SET survivor_sebelum = '' WHERE survivor_id = ? OR merged_id = ?", personId, personId);
        update(c, "UPDATE reg_dtsen_tautan_aud SET iddtks = '' WHERE person_id = ?", personId);
        update(c, "DELETE FROM reg_person_token WHERE person_id = ?", personId);
        update(c, "DELETE FROM reg_person_foto WHERE person_id = ?", personId);
        update(c, "DELETE FROM reg_dtsen_tautan WHERE person_id = ?", personId);
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
