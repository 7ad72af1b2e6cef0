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
    "PDP_Erased=[dihapus]",
    "PDPF_RegistryNumber=No. registri",
    "PDPF_Nik=NIK",
    "PDPF_Name=Nama",
    "PDPF_Alias=Alias",
    "PDPF_Sex=Jenis kelamin",
    "PDPF_BirthPlace=Tempat lahir",
    "PDPF_BirthDate=Tanggal lahir",
    "PDPF_BirthYear=Perkiraan tahun lahir",
    "PDPF_MotherName=Nama ibu kandung",
    "PDPF_Address=Alamat",
    "PDPF_Rt=RT",
    "PDPF_Rw=RW",
    "PDPF_KelurahanCode=Kode kelurahan",
    "PDPF_LastLocation=Lokasi terakhir",
    "PDPF_NoFixedAddress=Tanpa alamat tetap (1 = ya)",
    "PDPF_Phone=Telepon",
    "PDPF_Disability=Disabilitas",
    "PDPF_Notes=Catatan",
    "PDPF_Status=Status",
    "PDPF_Recorded=Dicatat",
    "PDPF_Changed=Diubah",
    "PDPF_Category=Kategori",
    "PDPF_From=Mulai",
    "PDPF_Until=Selesai",
    "PDPF_OldNik=NIK lama",
    "PDPF_NewNik=NIK baru",
    "PDPF_Reason=Alasan",
    "PDPF_Time=Waktu",
    "PDPF_KkNumber=Nomor KK",
    "PDPF_Relationship=Hubungan (SHDK)",
    "PDPF_DtsenId=ID DTSEN",
    "PDPF_MatchScore=Skor kecocokan"
})
public final class RegistryPersonalData implements PersonalDataSource {

    /** A method, not a constant: the labels follow the locale of the moment. */
    private static String[][] personFields() {
        return new String[][] {
            {"nomor_registri", Bundle.PDPF_RegistryNumber()}, {"nik", Bundle.PDPF_Nik()}, {"nama", Bundle.PDPF_Name()}, {"alias", Bundle.PDPF_Alias()},
            {"jenis_kelamin", Bundle.PDPF_Sex()}, {"tempat_lahir", Bundle.PDPF_BirthPlace()}, {"tanggal_lahir", Bundle.PDPF_BirthDate()},
            {"tahun_lahir_perkiraan", Bundle.PDPF_BirthYear()}, {"nama_ibu", Bundle.PDPF_MotherName()},
            {"alamat_jalan", Bundle.PDPF_Address()}, {"rt", Bundle.PDPF_Rt()}, {"rw", Bundle.PDPF_Rw()}, {"kode_kelurahan", Bundle.PDPF_KelurahanCode()},
            {"lokasi_terakhir", Bundle.PDPF_LastLocation()}, {"telepon", Bundle.PDPF_Phone()}, {"disabilitas", Bundle.PDPF_Disability()},
            {"catatan", Bundle.PDPF_Notes()}, {"status", Bundle.PDPF_Status()}, {"created_at", Bundle.PDPF_Recorded()}, {"updated_at", Bundle.PDPF_Changed()}
        };
    }

    @Override
    public String moduleId() {
        return "registry";
    }

    @Override
    public List<PersonalDataSection> collect(String personId, Connection c) throws SQLException {
        List<PersonalDataSection> out = new ArrayList<>();
        StringBuilder cols = new StringBuilder();
        for (String[] f : personFields()) {
            cols.append(cols.length() == 0 ? "" : ", ").append(f[0]);
        }
        List<Map<String, String>> person = rows(c, "SELECT " + cols + " FROM reg_person WHERE id = ?", personId, personFields());
        if (person.isEmpty()) {
            return out;
        }
        out.add(new PersonalDataSection(Bundle.PDP_Person(), person));
        add(out, Bundle.PDP_Categories(), rows(c, "SELECT kode_kategori, mulai, selesai FROM reg_person_kategori WHERE person_id = ?",
                personId, new String[][] {{"kode_kategori", Bundle.PDPF_Category()}, {"mulai", Bundle.PDPF_From()}, {"selesai", Bundle.PDPF_Until()}}));
        add(out, Bundle.PDP_NikHistory(), rows(c, "SELECT nik_lama, nik_baru, alasan, created_at FROM reg_nik_riwayat WHERE person_id = ?",
                personId, new String[][] {{"nik_lama", Bundle.PDPF_OldNik()}, {"nik_baru", Bundle.PDPF_NewNik()}, {"alasan", Bundle.PDPF_Reason()}, {"created_at", Bundle.PDPF_Time()}}));
        // The KK's address too (V5: a KK may have no fixed address and a last place seen).
        add(out, Bundle.PDP_Households(), rows(c, "SELECT h.nomor_kk, m.shdk, m.mulai, m.selesai, h.alamat_jalan, h.rt, h.rw,"
                + " h.kode_kelurahan, h.tanpa_alamat, h.lokasi_terakhir FROM reg_household_anggota m "
                + "JOIN reg_household h ON h.id = m.household_id WHERE m.person_id = ?",
                personId, new String[][] {{"nomor_kk", Bundle.PDPF_KkNumber()}, {"shdk", Bundle.PDPF_Relationship()}, {"mulai", Bundle.PDPF_From()}, {"selesai", Bundle.PDPF_Until()},
                    {"alamat_jalan", Bundle.PDPF_Address()}, {"rt", Bundle.PDPF_Rt()}, {"rw", Bundle.PDPF_Rw()},
                    {"kode_kelurahan", Bundle.PDPF_KelurahanCode()}, {"tanpa_alamat", Bundle.PDPF_NoFixedAddress()},
                    {"lokasi_terakhir", Bundle.PDPF_LastLocation()}}));
        add(out, Bundle.PDP_Dtsen(), rows(c, "SELECT iddtks, skor FROM reg_dtsen_tautan WHERE person_id = ?",
                personId, new String[][] {{"iddtks", Bundle.PDPF_DtsenId()}, {"skor", Bundle.PDPF_MatchScore()}}));
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
        update(c, "DELETE FROM reg_person_pair WHERE person_id = ?", personId);
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
